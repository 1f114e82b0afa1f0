package exports_test

import (
	"strings"
	"testing"
)

// A panic in an interpreted callback called by compiled instance code on the
// cell's goroutine (sort comparator, iter.Pull sequence, itertools
// predicate, generator body) comes back as the Eval error, and the
// interpreter keeps working. (Under go run each of these ends the program
// with exit code 2; in the kernel the cell fails and the session lives on.)
func TestCallbackPanicsComeBackAsErrors(t *testing.T) {
	for _, c := range []struct {
		name    string
		setup   []string
		panicky string
		msg     string
	}{
		{"slices.SortFunc", []string{`import __gki_slices "gokernel/inst/slices"`, `xs := []int{3, 1, 2}`},
			`__gki_slices.SortFunc____int__int(xs, func(a, b int) int { panic("cmp boom") })`, "cmp boom"},
		{"iter.Pull", []string{`import __gki_iter "gokernel/inst/iter"`, `next, stop := __gki_iter.Pull__int(func(yield func(int) bool) { panic("seq boom") })`},
			`next()`, "seq boom"},
		{"itertools.TakeWhile", []string{`import __gki_it "gokernel/inst/github.com/gokernel/gokernel/lib/itertools"`, `import __gki_slices "gokernel/inst/slices"`},
			`__gki_slices.Collect__int(__gki_it.TakeWhile__int(func(x int) bool { panic("pred boom") }, __gki_it.Count__int(0, 1)))`, "pred boom"},
		{"coroutine body", []string{`import __gki_co "gokernel/inst/github.com/gokernel/gokernel/lib/coroutine"`,
			`g := __gki_co.New__int__any__string(func(y *__gki_co.Yielder__int__any) (string, error) { panic("gen boom") })`},
			`g.Next()`, "gen boom"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if strings.Contains(c.setup[0], "/lib/") {
				needLib(t, strings.TrimSuffix(strings.Split(c.setup[0], "/lib/")[1], `"`))
			}
			i, out, _ := newInterp(t)
			for _, s := range append([]string{`import "fmt"`}, c.setup...) {
				if _, err := i.Eval(s); err != nil {
					t.Fatalf("%s: %v", s, err)
				}
			}
			if _, err := i.Eval(c.panicky); err == nil || !strings.Contains(err.Error(), c.msg) {
				t.Fatalf("Eval error = %v, want %q", err, c.msg)
			}
			if _, err := i.Eval(`fmt.Println("alive")`); err != nil || !strings.HasSuffix(out.String(), "alive\n") {
				t.Errorf("after the panic: err=%v out=%q", err, out.String())
			}
		})
	}
}
