package itertools_bench

import (
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// TestCellPanicInGroupBody checks that an interpreted loop body that panics
// while GroupBy calls it from the pulled sequence's goroutine comes back as
// an Eval error, not a crash of the interpreter's process.
func TestCellPanicInGroupBody(t *testing.T) {
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	if err := i.Use(cellExports()); err != nil {
		t.Fatal(err)
	}
	src := cellHeader + `
func run() int {
	n := 0
	it.GroupBy__int32__int32(unicode.ToLower, it.Runes("aAbBcC"))(func(k rune, g iter.Seq__int32) bool {
		g(func(r rune) bool {
			n++
			if n == 2 {
				panic("cell boom")
			}
			return true
		})
		return true
	})
	return n
}
`
	if _, err := i.Eval(src); err != nil {
		t.Fatal(err)
	}
	_, err := i.Eval("run()")
	if err == nil || !strings.Contains(err.Error(), "cell boom") {
		t.Fatalf("Eval error %v, want the cell's panic", err)
	}
	// The interpreter is still usable.
	v, err := i.Eval("1 + 1")
	if err != nil || v.Int() != 2 {
		t.Fatalf("after the panic: %v %v", v, err)
	}
}
