// Package frontend_bench measures what the front-end adds to a cell.
package frontend_bench

import (
	"io"
	"reflect"
	"testing"
	"time"

	"github.com/gokernel/gokernel/kernel/frontend"
	"github.com/gokernel/gokernel/kernel/frontend/rt"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// cell20 is a typical 20-line cell: a type, a method, a generic helper, a
// range-over-func loop, a closure in a loop, and a result.
const cell20 = `type Item struct {
	Name  string
	Price float64
}

func (it Item) Discounted(p float64) float64 { return it.Price * (1 - p) }

func filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

items := []Item{{"a", 10}, {"b", 25}, {"c", 40}}
cheap := filter(items, func(it Item) bool { return it.Price < 30 })
total := 0.0
for i := range len(cheap) { total += cheap[i].Discounted(0.1) }
fmt.Sprintf("%d items, %.2f", len(cheap), total)`

func warmSession(b *testing.B) *frontend.Session {
	s := frontend.NewSession()
	for _, c := range []string{`x := 1`, `import "strings"`, `func f(n int) int { return n * 2 }`} {
		p, err := s.Compile(c)
		if err != nil {
			b.Fatal(err)
		}
		s.Commit(p)
	}
	if _, err := s.Compile(cell20); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkCompile20 is Compile of cell20 against a warm session (type
// information for fmt/strings already loaded).
func BenchmarkCompile20(b *testing.B) {
	s := warmSession(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Compile(cell20); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileSmall is a one-line cell, the floor per cell.
func BenchmarkCompileSmall(b *testing.B) {
	s := warmSession(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Compile(`x + 1`); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkComplete is completion after "strings.To" and after "x." style.
func BenchmarkComplete(b *testing.B) {
	s := warmSession(b)
	b.ResetTimer()
	for b.Loop() {
		s.Complete("strings.To", 10)
	}
}

// TestFirstCell reports the cold cost: NewSession and the first Compile of a
// cell using fmt (loads the export-data index and fmt's types).
func TestFirstCell(t *testing.T) {
	t0 := time.Now()
	s := frontend.NewSession()
	t1 := time.Now()
	if _, err := s.Compile(`fmt.Println("hello")`); err != nil {
		t.Fatal(err)
	}
	t2 := time.Now()
	if _, err := s.Compile(cell20); err != nil {
		t.Fatal(err)
	}
	t3 := time.Now()
	t.Logf("NewSession %v; first cell (fmt) %v; then cell20 %v", t1.Sub(t0), t2.Sub(t1), t3.Sub(t2))
}

// BenchmarkYaegiEval20 is the reference: yaegi evaluating the lowered steps
// of cell20 (what the worker does with the plan), in one interpreter.
func BenchmarkYaegiEval20(b *testing.B) {
	s := warmSession(b)
	p, err := s.Compile(cell20)
	if err != nil {
		b.Fatal(err)
	}
	i := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
	i.Use(stdlib.Symbols)
	syms := map[string]reflect.Value{"Result": reflect.ValueOf(func([]any) {})}
	for k, v := range rt.Symbols {
		syms[k] = v
	}
	i.Use(interp.Exports{frontend.RuntimePath + "/rt": syms})
	for _, src := range []string{frontend.RuntimeImport, `import "strings"`, `;x := 1`, `func f(n int) int { return n * 2 }`} {
		if _, err := i.Eval(src); err != nil {
			b.Fatal(err)
		}
	}
	for _, st := range p.Steps {
		if _, err := i.Eval(st.Source); err != nil {
			b.Fatalf("%s step %q: %v", st.Kind, st.Source, err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, st := range p.Steps {
			if st.Kind == frontend.Import {
				continue // imports cannot be repeated; they ran above
			}
			if _, err := i.Eval(st.Source); err != nil {
				b.Fatalf("%s step %q: %v", st.Kind, st.Source, err)
			}
		}
	}
}
