package frontend

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/gokernel/gokernel/kernel/frontend/rt"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// runner runs cells the way the worker does: compile, Eval each step in
// order, commit. The runtime's Result prints the values on a line.
type runner struct {
	t   testing.TB
	i   *interp.Interpreter
	out *bytes.Buffer
	s   *Session
}

func newRunner(t testing.TB) *runner {
	r := &runner{t: t, out: &bytes.Buffer{}, s: NewSession()}
	r.i = interp.New(interp.Options{Stdout: r.out, Stderr: io.Discard})
	// The worker's tables (Go 1.26 stdlib, lib/..., compiled generic
	// instances) when generated; yaegi's own Go 1.22 stdlib otherwise.
	tables := stdlib.Symbols
	if _, ok := workerTables["fmt/fmt"]; ok {
		tables = workerTables
	}
	if err := r.i.Use(tables); err != nil {
		t.Fatal(err)
	}
	syms := map[string]reflect.Value{
		"Result": reflect.ValueOf(func(vals ...any) {
			fmt.Fprintln(r.out, vals...)
		}),
	}
	for k, v := range rt.Symbols {
		syms[k] = v
	}
	err := r.i.Use(interp.Exports{RuntimePath + "/rt": syms})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.i.Eval(RuntimeImport); err != nil {
		t.Fatal(err)
	}
	return r
}

// cell runs one cell and returns what it printed, or the first error.
func (r *runner) cell(src string) (string, error) {
	r.out.Reset()
	p, err := r.s.Compile(src)
	if err != nil {
		return "", err
	}
	defer r.s.Commit(p)
	for _, st := range p.Steps {
		if _, err := r.i.Eval(st.Source); err != nil {
			return r.out.String(), fmt.Errorf("%s step %q: %w", st.Kind, st.Source, err)
		}
	}
	return r.out.String(), nil
}

// must runs a cell and fails the test on error.
func (r *runner) must(src string) string {
	r.t.Helper()
	out, err := r.cell(src)
	if err != nil {
		r.t.Fatalf("cell %q: %v", src, err)
	}
	return out
}

func TestCellsBasic(t *testing.T) {
	r := newRunner(t)
	steps := []struct{ in, want string }{
		{`x := 21`, ""},
		{`x * 2`, "42\n"},
		{`fmt.Println("hi", x)`, "hi 21\n"},
		{`func double(n int) int { return 2 * n }
y := double(x)
y`, "42\n"},
		{`strings.Cut("k=v", "=")`, "k v true\n"},
		{`import "strings"
strings.Repeat("a", 3)`, "aaa\n"},
		{`func double(n int) int { return 3 * n }
double(1)`, "3\n"},
		{`type P struct{ X, Y int }
func (p P) Sum() int { return p.X + p.Y }
P{1, 2}.Sum()`, "3\n"},
		{`package main

import "fmt"

func helper() string { return "from main" }

func main() {
	fmt.Println(helper())
}`, "from main\n"},
		{`fmt.Println("no rerun")`, "no rerun\n"},
		{`main()`, "from main\n"},
	}
	for _, st := range steps {
		got := r.must(st.in)
		if got != st.want {
			t.Errorf("cell %q: got %q, want %q", st.in, got, st.want)
		}
	}
}

func TestRebindCallers(t *testing.T) {
	r := newRunner(t)
	r.must(`func g() int { return 1 }`)
	r.must(`func h() int { return g() * 10 }`)
	if got := r.must(`h()`); got != "10\n" {
		t.Fatalf("got %q", got)
	}
	r.must(`func g() int { return 2 }`)
	if got := r.must(`h()`); got != "20\n" {
		t.Fatalf("after redefining g: got %q, want 20", got)
	}
}

func TestCompileErrors(t *testing.T) {
	s := NewSession()
	cases := []struct{ in, want string }{
		{"x := 1\ny := \"a\" + x", "2:6: invalid operation: \"a\" + x (mismatched types untyped string and int)"},
		{"func f() {\n\tv := 1\n}", "2:2: declared and not used: v"},
		{"fmt.Println(undefinedThing)", "1:13: undefined: undefinedThing"},
		{"for {\n", "expected '}', found 'EOF'"},
		{"package foo\n", "1:1: a cell can only be package main (got package foo)"},
	}
	for _, c := range cases {
		_, err := s.Compile(c.in)
		if err == nil {
			t.Errorf("%q: no error, want %q", c.in, c.want)
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %q, want %q", c.in, err.Error(), c.want)
		}
	}
}

func TestTopLevelCommaOk(t *testing.T) {
	r := newRunner(t)
	got := r.must(`m := map[string]int{"a": 1}
v, ok := m["a"]
var i any = "s"
s, isStr := i.(string)
ch := make(chan int, 1)
ch <- 5
close(ch)
w, open := <-ch
fmt.Println(v, ok, s, isStr, w, open)`)
	if got != "1 true s true 5 true\n" {
		t.Fatalf("got %q", got)
	}
	if got := r.must(`fmt.Sprint(v, ok)`); got != "1 true\n" {
		t.Fatalf("session vars: got %q", got)
	}
}

func TestRedefineType(t *testing.T) {
	r := newRunner(t)
	r.must("type P struct{ X int }")
	r.must("type P struct{ X int }") // re-running the same cell is fine
	_, err := r.cell("type P struct{ X, Y int }")
	if err == nil || !strings.Contains(err.Error(), "type P is already defined in this session") {
		t.Fatalf("redefining a type: got %v", err)
	}
	if got := r.must("P{3}.X"); got != "3\n" {
		t.Fatalf("after refused redefinition: got %q", got)
	}
}

func TestRelaxations(t *testing.T) {
	s := NewSession()
	// Unused top-level variables and imports are fine in a notebook...
	for _, cell := range []string{"import \"strings\"\nx := 1", "y, z := 1, 2"} {
		if _, err := s.Compile(cell); err != nil {
			t.Errorf("%q: %v", cell, err)
		}
	}
	// ...but not inside functions, where Go refuses them.
	_, err := s.Compile("func f() {\n\tfor i := 0; i < 3; i++ {\n\t\tunused := i\n\t}\n}")
	if err == nil || !strings.Contains(err.Error(), "3:3: declared and not used: unused") {
		t.Errorf("unused in a function: got %v", err)
	}
	_, err = s.Compile("if true {\n\tw := 1\n}")
	if err == nil || !strings.Contains(err.Error(), "2:2: declared and not used: w") {
		t.Errorf("unused in a block at top level: got %v", err)
	}
}

func TestCompileExpressionAndReplay(t *testing.T) {
	r := newRunner(t)
	r.must("import \"strings\"\ntype T struct{ N int }\nfunc (t T) Twice() int { return 2 * t.N }\nv := T{4}\nvar g = 10")
	p, err := r.s.CompileExpression("v.Twice() + g")
	if err != nil {
		t.Fatal(err)
	}
	if last := p.Steps[len(p.Steps)-1]; last.Kind != Result {
		t.Fatalf("last step is %v", last.Kind)
	}
	if _, err := r.s.CompileExpression("x :="); err == nil {
		t.Fatal("bad expression compiled")
	}
	// Replay into a fresh interpreter recreates imports and declarations;
	// v's value is lost but the variable exists again.
	steps, lost := r.s.Replay()
	r2 := newRunner(t)
	for _, st := range steps {
		if _, err := r2.i.Eval(st.Source); err != nil {
			t.Fatalf("replay %s step %q: %v", st.Kind, st.Source, err)
		}
	}
	r2.s = r.s
	if got := r2.must("T{5}.Twice() + g"); got != "20\n" {
		t.Fatalf("after replay: %q", got)
	}
	if strings.Join(lost, ",") != "g,v" {
		t.Fatalf("lost vars %v", lost)
	}
}
