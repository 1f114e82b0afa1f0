package itertools_bench

import (
	"iter"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	it "github.com/gokernel/gokernel/lib/itertools"
)

// The cell benchmarks run the same pipelines three ways:
//   compiled     - plain Go, the reference;
//   cell         - a yaegi cell calling the library's compiled instantiations,
//                  exported by hand here under the names symbols.Mangle gives
//                  them (what the worker ships);
//   interpreted  - a yaegi cell that carries the library's code as source
//                  (written without range-over-func, which yaegi lacks), i.e.
//                  what a cell would cost if the library were interpreted.

const libPath = "github.com/gokernel/gokernel/lib/itertools/itertools"

func cellExports() interp.Exports {
	return interp.Exports{
		libPath: {
			"Range__int":            reflect.ValueOf(it.Range[int]),
			"Chain__int":            reflect.ValueOf(it.Chain[int]),
			"Collect__int":          reflect.ValueOf(it.Collect[int]),
			"Len____int":            reflect.ValueOf(it.Len[[]int]),
			"ProductRepeat__int":    reflect.ValueOf(it.ProductRepeat[int]),
			"TakeWhile__int":        reflect.ValueOf(it.TakeWhile[int]),
			"Count__int":            reflect.ValueOf(it.Count[int]),
			"GroupBy__int32__int32": reflect.ValueOf(it.GroupBy[rune, rune]),
			"Runes":                 reflect.ValueOf(it.Runes),
			"Collect__int32":        reflect.ValueOf(it.Collect[rune]),
		},
		"benchdata/benchdata": {
			"Text": reflect.ValueOf(&groupText).Elem(),
		},
		"iter/iter": {
			"Seq__int":   reflect.ValueOf((*iter.Seq[int])(nil)),
			"Seq__int32": reflect.ValueOf((*iter.Seq[rune])(nil)),
		},
	}
}

// groupText is 10^6 letters in runs of 10 with mixed case, so that
// GroupBy(unicode.ToLower, …) sees 10^5 groups.
var groupText = func() string {
	var b strings.Builder
	for i := range size / 10 {
		c := rune('a' + i%26)
		for j := range 10 {
			if j%2 == 0 {
				b.WriteRune(unicode.ToUpper(c))
			} else {
				b.WriteRune(c)
			}
		}
	}
	return b.String()
}()

// cellFunc evaluates src in a fresh interpreter and returns its run().
func cellFunc(b *testing.B, src string) func() int {
	b.Helper()
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		b.Fatal(err)
	}
	if err := i.Use(cellExports()); err != nil {
		b.Fatal(err)
	}
	if _, err := i.Eval(src); err != nil {
		b.Fatalf("cell: %v\n%s", err, src)
	}
	v, err := i.Eval("run")
	if err != nil {
		b.Fatal(err)
	}
	return v.Interface().(func() int)
}

const cellHeader = `
import (
	"iter"
	"unicode"

	"benchdata"
	it "github.com/gokernel/gokernel/lib/itertools"
)

var _ = unicode.ToLower
var _ iter.Seq__int
var text = benchdata.Text
`

type cellCase struct {
	name     string
	compiled func() int
	cell     string // body of run() using the compiled library
	interp   string // body of run() with the library as interpreted source; "" if not measured
	want     int
}

// interpretedLib is the part of the library the interpreted variants need,
// as yaegi-runnable source.
const interpretedLib = `
type seq func(yield func(int) bool)

func rng(a, b int) seq {
	return func(yield func(int) bool) {
		for i := a; i < b; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func chain(seqs ...seq) seq {
	return func(yield func(int) bool) {
		for _, s := range seqs {
			stop := false
			s(func(v int) bool {
				if !yield(v) {
					stop = true
					return false
				}
				return true
			})
			if stop {
				return
			}
		}
	}
}

func collect(s seq) []int {
	out := []int{}
	s(func(v int) bool { out = append(out, v); return true })
	return out
}

func product2(pool []int) func(yield func([]int) bool) {
	return func(yield func([]int) bool) {
		for _, a := range pool {
			for _, b := range pool {
				if !yield([]int{a, b}) {
					return
				}
			}
		}
	}
}
`

var cellCases = []cellCase{
	{
		name: "CollectChain",
		compiled: func() int {
			return len(it.Collect(it.Chain(it.Range(0, size/2), it.Range(size/2, size))))
		},
		cell:   `return len(it.Collect__int(it.Chain__int(it.Range__int(0, 500000), it.Range__int(500000, 1000000))))`,
		interp: `return len(collect(chain(rng(0, 500000), rng(500000, 1000000))))`,
		want:   size,
	},
	{
		name: "ProductCount",
		compiled: func() int {
			return it.Len(it.ProductRepeat(2, it.Range(1000)))
		},
		cell: `return it.Len____int(it.ProductRepeat__int(2, it.Range__int(1000)))`,
		interp: `pool := collect(rng(0, 1000))
	n := 0
	product2(pool)(func(t []int) bool { n++; return true })
	return n`,
		want: size,
	},
	{
		// The cell supplies one callback per group (10^5 groups); the key
		// (unicode.ToLower) and the group's collection stay compiled.
		name: "GroupByLibraryKey",
		compiled: func() int {
			n := 0
			for _, g := range it.GroupBy(unicode.ToLower, it.Runes(groupText)) {
				n += len(it.Collect(g))
			}
			return n
		},
		cell: `n := 0
	it.GroupBy__int32__int32(unicode.ToLower, it.Runes(text))(func(k rune, g iter.Seq__int32) bool {
		n += len(it.Collect__int32(g))
		return true
	})
	return n`,
		want: size,
	},
	{
		// The cell supplies the predicate: one interpreted call per element.
		name: "TakeWhileCellPredicate",
		compiled: func() int {
			return len(it.Collect(it.TakeWhile(func(x int) bool { return x < size }, it.Count(0, 1))))
		},
		cell: `return len(it.Collect__int(it.TakeWhile__int(func(x int) bool { return x < 1000000 }, it.Count__int(0, 1))))`,
		want: size,
	},
}

func BenchmarkCell(b *testing.B) {
	for _, c := range cellCases {
		b.Run(c.name+"/compiled", func(b *testing.B) {
			for b.Loop() {
				if got := c.compiled(); got != c.want {
					b.Fatalf("got %d, want %d", got, c.want)
				}
			}
		})
		b.Run(c.name+"/cell", func(b *testing.B) {
			run := cellFunc(b, cellHeader+"\nfunc run() int {\n\t"+c.cell+"\n}\n")
			for b.Loop() {
				if got := run(); got != c.want {
					b.Fatalf("got %d, want %d", got, c.want)
				}
			}
		})
		if c.interp == "" {
			continue
		}
		b.Run(c.name+"/interpreted", func(b *testing.B) {
			run := cellFunc(b, cellHeader+interpretedLib+"\nfunc run() int {\n\t"+c.interp+"\n}\n")
			for b.Loop() {
				if got := run(); got != c.want {
					b.Fatalf("got %d, want %d", got, c.want)
				}
			}
		})
	}
}
