package frontend

import (
	"fmt"
	"strings"
	"testing"
)

// lowered compiles one cell in a fresh session and returns the source of
// its steps of the given kind, joined.
func loweredSource(t *testing.T, cell string, kind StepKind) string {
	t.Helper()
	p, err := NewSession().Compile(cell)
	if err != nil {
		t.Fatalf("%q: %v", cell, err)
	}
	var out []string
	for _, s := range p.Steps {
		if s.Kind == kind {
			out = append(out, s.Source)
		}
	}
	return strings.Join(out, "\n")
}

// Each lowering, source in → source out. (The same lowerings run for real
// on yaegi in the harness tests and the corpus.)
func TestLoweringsSourceToSource(t *testing.T) {
	cases := []struct {
		name, in string
		kind     StepKind
		want     string
	}{
		{"range over int", "for i := range 3 { fmt.Print(i) }", Stmt,
			";func() { for __gki1, __gkn1 := int(0), int(3); __gki1 < __gkn1; __gki1++ { i := __gki1;  fmt.Print(i) } }()"},
		{"range over int, no key", "n := 2\nfor range n { fmt.Print(1) }", Stmt,
			";n := 2\nfunc() { for __gki1, __gkn1 := int(0), int(n); __gki1 < __gkn1; __gki1++ {  fmt.Print(1) } }()"},
		{"loop var captured", "var fs []func() int\nfor i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }", Stmt,
			";func() { for i := 0; i < 3; i++ { i := i; fs = append(fs, func(i int) func() int { return func() int { return i } }(i)) } }()"},
		{"loop var not captured", "for i := 0; i < 3; i++ { fmt.Print(i) }", Stmt,
			";func() { for i := 0; i < 3; i++ { fmt.Print(i) } }()"},
		{"range-over-func break", "func seq(y func(int) bool) { y(1) }\nfor v := range seq { if v > 0 { break }; fmt.Print(v) }", Stmt,
			`;func() { { __gks1 := true; seq(func(v int) bool { if !__gks1 { panic("range function continued iteration after function for loop body returned false") };  if v > 0 { { __gks1 = false; return false } }; fmt.Print(v) ; return true }); __gks1 = false } }()`},
		{"range-over-func return", "func seq(y func(int) bool) { y(1) }\nfunc f() int { for v := range seq { return v }; return 0 }", Decl,
			"func seq(y func(int) bool) { y(1) }\n" + `func f() int { { var __gknext1 int; var __gkr1_0 int; __gks1 := true; seq(func(v int) bool { if !__gks1 { panic("range function continued iteration after function for loop body returned false") };  { __gkr1_0 = v; __gknext1 = -1; __gks1 = false; return false } ; return true }); __gks1 = false; if __gknext1 == -1 { return __gkr1_0 } }; return 0 }`},
		{"min constant", "const c = min(3, 1)", Decl, "const c = 1"},
		{"max variable", "a := 1.5\nb := max(a, 2)", Stmt, ";a := 1.5\nb := __gkmax[float64](a, 2)"},
		{"clear map", "m := map[int]int{}\nclear(m)", Stmt, ";m := map[int]int{}\nfor __gkc1 := range m { delete(m, __gkc1) }"},
		{"explicit type args", "func Map[T, U any](xs []T, f func(T) U) []U { return nil }\nys := Map([]int{1}, func(i int) string { return \"\" })", Stmt,
			";var ys []string; ys = Map[int, string]([]int{1}, func(i int) string { return \"\" })"},
		{"generic func value", "func Id[T any](v T) T { return v }\nf := Id[int]", Stmt,
			";var f func(v int) int; f = func(__gkf0 int) int { return Id[int](__gkf0) }"},
		{"return receive", "func get(ch chan int) int { return <-ch }", Decl,
			"func get(ch chan int) int { { __gkrv1_0 := <-ch; return __gkrv1_0 } }"},
		{"main renamed", "func main() { fmt.Println(1) }", Decl, "func __gk_main() { fmt.Println(1) }"},
		{"main runs once", "func main() {}", Main, ";__gk_main()"},
		{"defer args now", "func f(x int) { defer fmt.Println(x); x++ }", Decl,
			"func f(x int) { { __gkt1_0 := x; defer fmt.Println(__gkt1_0) }; x++ }"},
		{"error value wrapped", "type E struct{}\nfunc (E) Error() string { return \"e\" }\nvar err error = E{}", Decl,
			"type E struct{ gkt string `json:\"-\" xml:\"-\" gk:\"E\"`}\nfunc (E) Error() string { return \"e\" }\nvar err error = func(__gkv E) error { return __gkrt.Error(__gkv, __gkv.Error, nil) }(E{})"},
		{"interface equality", "func same(a, b error) bool { return a == b || a != nil && a != b }", Decl,
			"func same(a, b error) bool { return __gkrt.Equal(a , b) || a != nil && !__gkrt.Equal(a , b) }"},
		{"cell error compared with an interface", "type E struct{}\nfunc (E) Error() string { return \"e\" }\nfunc is(err error) bool { return err == E{} }", Decl,
			"type E struct{ gkt string `json:\"-\" xml:\"-\" gk:\"E\"`}\nfunc (E) Error() string { return \"e\" }\nfunc is(err error) bool { return __gkrt.Equal(err , func(__gkv E) error { return __gkrt.Error(__gkv, __gkv.Error, nil) }(E{})) }"},
		{"generic equality untouched", "func eq[T comparable](a, b T) bool { return a == b }", Decl,
			"func eq[T comparable](a, b T) bool { return a == b }"},
		{"slices stand-in for a cell type", "type T struct{ N int }\ntype Ts []T\nfunc f(xs Ts) Ts { slices.SortFunc(xs, func(a, b T) int { return a.N - b.N }); return slices.Clone(xs) }", Decl,
			"type T struct{ N int }\ntype Ts []T\nfunc f(xs Ts) Ts { __gkfb_slices_SortFunc[T](xs, func(a, b T) int { return a.N - b.N }); return (Ts)(__gkfb_slices_Clone[T](xs)) }\n" +
				"func __gkfb_slices_SortFunc[E any](x []E, cmp func(a, b E) int) {\n\t__gki_sort.Slice(x, func(i, j int) bool { return cmp(x[i], x[j]) < 0 })\n}\n" +
				"func __gkfb_slices_Clone[E any](s []E) []E {\n\tif s == nil {\n\t\treturn nil\n\t}\n\treturn append([]E{}, s...)\n}"},
		{"slice of Stringers printed", "type C int\nfunc (c C) String() string { return \"c\" }\nfunc show(cs []C) { fmt.Println(cs) }", Decl,
			"type C int\nfunc (c C) String() string { return \"c\" }\nfunc show(cs []C) { fmt.Println(func(__gks []C) []any { __gkso := make([]any, len(__gks)); for __gksk, __gkse := range __gks { __gkso[__gksk] = func(__gkv C) any { return __gkrt.Stringer(__gkv, __gkv.String) }(__gkse) }; return __gkso }(cs)) }"},
		{"unexported fields hidden from encoders", "type R struct {\n\tName string `json:\"name\"`\n\tnote string\n\tid int `db:\"id\"`\n\tx int `json:\"x\"`\n}", Decl,
			"type R struct {\n\tName string `json:\"name\"`\n\tnote string `json:\"-\" xml:\"-\"`\n\tid int `db:\"id\" json:\"-\" xml:\"-\"`\n\tx int `json:\"-\" xml:\"-\"`\n}"},
		{"%T and %+v of a cell type", "type P struct{ X int; y string }\nfunc show(p P) { fmt.Printf(\"%T %+v %d\\n\", p, p, 1) }", Decl,
			"type P struct{ X int; y string `json:\"-\" xml:\"-\"` }\nfunc show(p P) { fmt.Printf(\"%s %+v %d\\n\", func(_ P) string { return \"main.P\" }(p), __gkrt.Struct(p, \"main.P\", []string{\"X\", \"y\"}), 1) }"},
		{"type switch gets a variable", "type P struct{ A int }\nfunc kind(x any) string { switch x.(type) { case P: return \"P\" }; return \"?\" }", Decl,
			"type P struct{ A int }\nfunc kind(x any) string { switch __gkts := __gkrt.Value(x).(type) { case P: _ = __gkts; return \"P\" }; return \"?\" }"},
		{"println to stderr", "println(\"x\", 1.5)\nprint()", Stmt,
			";__gkrt.Println(__gki_os.Stderr, \"x\", 1.5)\n__gkrt.Print(__gki_os.Stderr, )"},
		{"interruptible waits", "func f(wg *sync.WaitGroup, v sync.WaitGroup) { time.Sleep(1); wg.Wait(); v.Wait(); defer wg.Wait() }", Decl,
			"func f(wg *sync.WaitGroup, v sync.WaitGroup) { __gkrt.Sleep(1); __gkrt.WaitGroupWait(wg); __gkrt.WaitGroupWait(&v); defer wg.Wait() }"},
		{"recover unwrapped", "func f() { defer func() { recover() }() }", Decl,
			"func f() { defer func() { __gkrt.Recovered(recover()) }() }"},
		{"top-level comma-ok", "m := map[string]int{}\nv, ok := m[\"a\"]", Stmt,
			";m := map[string]int{}\nvar v int; var ok bool; v, ok = m[\"a\"]"},
		{"result", "1 + 2", Result, ";__gkrt.Result(1 + 2)"},
		{"multi-value result", "strings.Cut(\"a=b\", \"=\")", Result,
			";__gkr0, __gkr1, __gkr2 := strings.Cut(\"a=b\", \"=\"); __gkrt.Result(__gkr0, __gkr1, __gkr2)"},
		{"no result for Println", "fmt.Println(1)", Stmt, ";fmt.Println(1)"},
		{"pointer-receiver Stringer printed", "type Q struct{}\nfunc (q *Q) String() string { return \"q\" }\nfunc show(q *Q) { fmt.Printf(\"%v %d\", q, 1) }", Decl,
			"type Q struct{ gkt string `json:\"-\" xml:\"-\" gk:\"Q\"`}\nfunc (q *Q) String() string { return \"q\" }\nfunc show(q *Q) { fmt.Printf(\"%v %d\", func(__gks *Q) any { return __gkrt.Stringer(__gks, __gks.String) }(q), 1) }"},
	}
	for _, c := range cases {
		got := loweredSource(t, c.in, c.kind)
		if got != c.want {
			t.Errorf("%s:\n in: %s\ngot: %s\nwant: %s", c.name, c.in, got, c.want)
		}
	}
}

func TestLoweringErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"import \"sync/atomic\"\nvar p atomic.Pointer[int]", "2:14: atomic.Pointer[T] is not supported in cells"},
		{"func seq(y func(int) bool) {}\nfunc f() {\nL:\n\tfor v := range seq {\n\t\t_ = v\n\t\tgoto L\n\t}\n}", "6:3: goto inside a range-over-func loop is not supported"},
		{"func seq(y func(int) bool) {}\nfor v := range seq { defer fmt.Println(v) }", "defer inside a range-over-func loop at the top level of a cell"},
	}
	for _, c := range cases {
		_, err := NewSession().Compile(c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.in, err, c.want)
		}
	}
}

func TestDropTagKeys(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`json:"x" db:"id"`, `db:"id"`},
		{`db:"id" xml:"a,attr" yaml:"q\"x"`, `db:"id" yaml:"q\"x"`},
		{``, ``},
		{`weird`, `weird`},
	} {
		if got := dropTagKeys(c.in, "json", "xml"); got != c.want {
			t.Errorf("dropTagKeys(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParsePrintf(t *testing.T) {
	verbs, ok := parsePrintf("%d%% %+v %*d %-8.3f %#v %T", 1)
	if !ok {
		t.Fatal("not parsed")
	}
	var got []string
	for _, v := range verbs {
		got = append(got, fmt.Sprintf("%d:%s%c", v.arg, v.flags, v.verb))
	}
	// %*d takes the width from argument 3 and formats argument 4.
	want := "1:d 2:+v 4:d 5:-f 6:#v 7:T"
	if strings.Join(got, " ") != want {
		t.Errorf("parsePrintf = %s, want %s", strings.Join(got, " "), want)
	}
	if _, ok := parsePrintf("%[2]d %[1]d", 0); ok {
		t.Error("explicit argument indexes are not followed, yet parsed")
	}
}
