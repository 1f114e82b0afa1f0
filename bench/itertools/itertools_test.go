// BenchmarkX/lib uses the library, BenchmarkX/hand is the hand-written loop
// over the slice, BenchmarkX/seq (where present) the same loop over the
// standard library's slices.Values (the floor for any iter.Seq pipeline) and
// BenchmarkX/pull a loop reading through iter.Pull. run.py prints the ratios.

package itertools_bench

import (
	"iter"
	"slices"
	"testing"

	it "github.com/gokernel/gokernel/lib/itertools"
)

const size = 1_000_000

var (
	data  = makeData()
	runs  = makeRuns()
	small = data[:1000] // Product: 1000 × 1000 = 10^6 tuples
	sink  int
	kept  []int
)

func makeData() []int {
	xs := make([]int, size)
	for i := range xs {
		xs[i] = i
	}
	return xs
}

// makeRuns gives runs of 10 equal ints: 10^5 groups for GroupBy.
func makeRuns() []int {
	xs := make([]int, size)
	for i := range xs {
		xs[i] = i / 10
	}
	return xs
}

func BenchmarkChain(b *testing.B) {
	x, y := data[:size/2], data[size/2:]
	b.Run("seq", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := range slices.Values(x) {
				s += v
			}
			for v := range slices.Values(y) {
				s += v
			}
			sink = s
		}
	})
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := range it.Chain(it.Of(x...), it.Of(y...)) {
				s += v
			}
			sink = s
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for _, v := range x {
				s += v
			}
			for _, v := range y {
				s += v
			}
			sink = s
		}
	})
}

func BenchmarkTakeWhile(b *testing.B) {
	limit := size // every element passes: the whole input is walked
	b.Run("seq", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := range slices.Values(data) {
				if !(v < limit) {
					break
				}
				s += v
			}
			sink = s
		}
	})
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := range it.TakeWhile(func(x int) bool { return x < limit }, it.Of(data...)) {
				s += v
			}
			sink = s
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for _, v := range data {
				if !(v < limit) {
					break
				}
				s += v
			}
			sink = s
		}
	})
}

func BenchmarkFilterFalse(b *testing.B) {
	odd := func(x int) bool { return x%2 != 0 }
	b.Run("seq", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := range slices.Values(data) {
				if !odd(v) {
					s += v
				}
			}
			sink = s
		}
	})
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := range it.FilterFalse(odd, it.Of(data...)) {
				s += v
			}
			sink = s
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for _, v := range data {
				if !odd(v) {
					s += v
				}
			}
			sink = s
		}
	})
}

// BenchmarkProduct counts and touches the 10^6 pairs of small × small.
// The hand loop needs no tuple memory; the library hands out a fresh []int
// per tuple, as documented.
func BenchmarkProduct(b *testing.B) {
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			n, s := 0, 0
			for t := range it.ProductRepeat(2, it.Of(small...)) {
				n++
				s += t[1]
			}
			sink = n + s
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			n, s := 0, 0
			for _, x := range small {
				for _, y := range small {
					t := []int{x, y} // stays on the stack
					n++
					s += t[1]
				}
			}
			sink = n + s
		}
	})
	// hand-keep makes each tuple a heap slice the caller could keep, which
	// is what the library's contract (a fresh []T per tuple) promises.
	b.Run("hand-keep", func(b *testing.B) {
		for b.Loop() {
			n, s := 0, 0
			for _, x := range small {
				for _, y := range small {
					t := []int{x, y}
					kept = t
					n++
					s += t[1]
				}
			}
			sink = n + s
		}
	})
}

// BenchmarkGroupBy counts the groups of 10^6 ints in runs of 10 and sums
// each group's length.
func BenchmarkGroupBy(b *testing.B) {
	// pull is the floor for a lazy GroupBy: one iter.Pull step per element
	// (the groups are handed out while the source is suspended).
	b.Run("pull", func(b *testing.B) {
		for b.Loop() {
			next, stop := iter.Pull(slices.Values(runs))
			groups, total := 0, 0
			first, prev := true, 0
			for v, ok := next(); ok; v, ok = next() {
				if first || v != prev {
					groups++
					first, prev = false, v
				}
				total++
			}
			stop()
			sink = groups + total
		}
	})
	// seq walks slices.Values once, pushing: the same counts, but no
	// group can be handed out as an iterator while the walk goes on.
	b.Run("seq", func(b *testing.B) {
		for b.Loop() {
			groups, total := 0, 0
			first, prev := true, 0
			for v := range slices.Values(runs) {
				if first || v != prev {
					groups++
					first, prev = false, v
				}
				total++
			}
			sink = groups + total
		}
	})
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			groups, total := 0, 0
			for _, g := range it.Group(it.Of(runs...)) {
				groups++
				for range g {
					total++
				}
			}
			sink = groups + total
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			groups, total := 0, 0
			for i := 0; i < len(runs); {
				k := runs[i]
				groups++
				for i < len(runs) && runs[i] == k {
					total++
					i++
				}
			}
			sink = groups + total
		}
	})
}

func BenchmarkCountISlice(b *testing.B) {
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := range it.ISlice(it.Count(0, 1), size) {
				s += v
			}
			sink = s
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for v := 0; v < size; v++ {
				s += v
			}
			sink = s
		}
	})
}

func BenchmarkAccumulate(b *testing.B) {
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			last := 0
			for v := range it.Accumulate(it.Add, it.Of(data...)) {
				last = v
			}
			sink = last
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			acc := 0
			for i, v := range data {
				if i == 0 {
					acc = v
				} else {
					acc += v
				}
			}
			sink = acc
		}
	})
}

func BenchmarkCombinations(b *testing.B) {
	pool := data[:1415] // C(1415, 2) = 1000405 pairs
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for t := range it.Combinations(it.Of(pool...), 2) {
				n += t[1]
			}
			sink = n
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			n := 0
			for i := range pool {
				for j := i + 1; j < len(pool); j++ {
					t := []int{pool[i], pool[j]}
					n += t[1]
				}
			}
			sink = n
		}
	})
}

func BenchmarkZip(b *testing.B) {
	// pull is the floor for zipping two push iterators: one iter.Pull step
	// per element of the second.
	b.Run("pull", func(b *testing.B) {
		for b.Loop() {
			next, stop := iter.Pull(slices.Values(data))
			s := 0
			for _, x := range data {
				y, _ := next()
				s += x ^ y
			}
			stop()
			sink = s
		}
	})
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for x, y := range it.Zip(it.Of(data...), it.Of(data...)) {
				s += x ^ y
			}
			sink = s
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			s := 0
			for i, x := range data {
				s += x ^ data[i]
			}
			sink = s
		}
	})
}

func BenchmarkCollectChain(b *testing.B) {
	x, y := data[:size/2], data[size/2:]
	b.Run("lib", func(b *testing.B) {
		for b.Loop() {
			sink = len(it.Collect(it.Chain(it.Of(x...), it.Of(y...))))
		}
	})
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			out := []int{}
			for _, v := range x {
				out = append(out, v)
			}
			for _, v := range y {
				out = append(out, v)
			}
			sink = len(out)
		}
	})
}
