// BenchmarkX/lib uses the library, BenchmarkX/hand is the hand-written loop
// over the slice, BenchmarkX/seq (where present) the same loop over the
// standard library's slices.Values (the floor for any iter.Seq pipeline) and
// BenchmarkX/pull a loop reading through iter.Pull. run.py prints the ratios.
//
// Each measured pipeline is its own function, called from the b.Loop body.
// The compiler does not inline calls written directly in a b.Loop body (so
// that their results are kept), which would leave every iterator call of an
// inline pipeline as an indirect call while the plain slice loop, having no
// calls, ran at full speed: measured in Go 1.26, a range over slices.Values
// took 2.2 ms inside b.Loop and 0.3-0.5 ms in a function. Inside these
// functions the compiler inlines as it does in any user's code. The functions
// are marked noinline only so that no compiler version folds them back into
// the loop body.

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
	pool  = data[:1415] // Combinations: C(1415, 2) = 1000405 pairs
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

// run measures f, checking that it returns want every time.
func run(b *testing.B, name string, want int, f func() int) {
	b.Helper()
	b.Run(name, func(b *testing.B) {
		for b.Loop() {
			if got := f(); got != want {
				b.Fatalf("got %d, want %d", got, want)
			}
		}
	})
}

// ---- Chain ----

//go:noinline
func chainSeq(x, y []int) int {
	s := 0
	for v := range slices.Values(x) {
		s += v
	}
	for v := range slices.Values(y) {
		s += v
	}
	return s
}

//go:noinline
func chainLib(x, y []int) int {
	s := 0
	for v := range it.Chain(it.Of(x...), it.Of(y...)) {
		s += v
	}
	return s
}

//go:noinline
func chainHand(x, y []int) int {
	s := 0
	for _, v := range x {
		s += v
	}
	for _, v := range y {
		s += v
	}
	return s
}

func BenchmarkChain(b *testing.B) {
	x, y := data[:size/2], data[size/2:]
	want := chainHand(x, y)
	run(b, "seq", want, func() int { return chainSeq(x, y) })
	run(b, "lib", want, func() int { return chainLib(x, y) })
	run(b, "hand", want, func() int { return chainHand(x, y) })
}

// ---- TakeWhile ----

//go:noinline
func takeWhileSeq(xs []int, limit int) int {
	s := 0
	for v := range slices.Values(xs) {
		if !(v < limit) {
			break
		}
		s += v
	}
	return s
}

//go:noinline
func takeWhileLib(xs []int, limit int) int {
	s := 0
	for v := range it.TakeWhile(func(x int) bool { return x < limit }, it.Of(xs...)) {
		s += v
	}
	return s
}

//go:noinline
func takeWhileHand(xs []int, limit int) int {
	s := 0
	for _, v := range xs {
		if !(v < limit) {
			break
		}
		s += v
	}
	return s
}

func BenchmarkTakeWhile(b *testing.B) {
	limit := size // every element passes: the whole input is walked
	want := takeWhileHand(data, limit)
	run(b, "seq", want, func() int { return takeWhileSeq(data, limit) })
	run(b, "lib", want, func() int { return takeWhileLib(data, limit) })
	run(b, "hand", want, func() int { return takeWhileHand(data, limit) })
}

// ---- FilterFalse ----

func odd(x int) bool { return x%2 != 0 }

//go:noinline
func filterFalseSeq(xs []int) int {
	s := 0
	for v := range slices.Values(xs) {
		if !odd(v) {
			s += v
		}
	}
	return s
}

//go:noinline
func filterFalseLib(xs []int) int {
	s := 0
	for v := range it.FilterFalse(odd, it.Of(xs...)) {
		s += v
	}
	return s
}

//go:noinline
func filterFalseHand(xs []int) int {
	s := 0
	for _, v := range xs {
		if !odd(v) {
			s += v
		}
	}
	return s
}

func BenchmarkFilterFalse(b *testing.B) {
	want := filterFalseHand(data)
	run(b, "seq", want, func() int { return filterFalseSeq(data) })
	run(b, "lib", want, func() int { return filterFalseLib(data) })
	run(b, "hand", want, func() int { return filterFalseHand(data) })
}

// ---- Product ----
// Counts and touches the 10^6 pairs of small × small. The hand loop needs no
// tuple memory; the library hands out a fresh []int per tuple, as documented.

//go:noinline
func productLib(xs []int) int {
	n, s := 0, 0
	for t := range it.ProductRepeat(2, it.Of(xs...)) {
		n++
		s += t[1]
	}
	return n + s
}

//go:noinline
func productHand(xs []int) int {
	n, s := 0, 0
	for _, x := range xs {
		for _, y := range xs {
			t := []int{x, y} // stays on the stack
			n++
			s += t[1]
		}
	}
	return n + s
}

// productHandKeep makes each tuple a heap slice the caller could keep, which
// is what the library's contract (a fresh []T per tuple) promises.
//
//go:noinline
func productHandKeep(xs []int) int {
	n, s := 0, 0
	for _, x := range xs {
		for _, y := range xs {
			t := []int{x, y}
			kept = t
			n++
			s += t[1]
		}
	}
	return n + s
}

func BenchmarkProduct(b *testing.B) {
	want := productHand(small)
	run(b, "lib", want, func() int { return productLib(small) })
	run(b, "hand", want, func() int { return productHand(small) })
	run(b, "hand-keep", want, func() int { return productHandKeep(small) })
}

// ---- GroupBy ----
// Counts the groups of 10^6 ints in runs of 10 and sums each group's length.

// groupByPull is the floor for a GroupBy that reads its input through
// iter.Pull one element at a time.
//
//go:noinline
func groupByPull(xs []int) int {
	next, stop := iter.Pull(slices.Values(xs))
	defer stop()
	groups, total := 0, 0
	first, prev := true, 0
	for v, ok := next(); ok; v, ok = next() {
		if first || v != prev {
			groups++
			first, prev = false, v
		}
		total++
	}
	return groups + total
}

// groupBySeq walks slices.Values once, pushing: the same counts, but no
// group can be handed out as an iterator while the walk goes on.
//
//go:noinline
func groupBySeq(xs []int) int {
	groups, total := 0, 0
	first, prev := true, 0
	for v := range slices.Values(xs) {
		if first || v != prev {
			groups++
			first, prev = false, v
		}
		total++
	}
	return groups + total
}

//go:noinline
func groupByLib(xs []int) int {
	groups, total := 0, 0
	for _, g := range it.Group(it.Of(xs...)) {
		groups++
		for range g {
			total++
		}
	}
	return groups + total
}

//go:noinline
func groupByHand(xs []int) int {
	groups, total := 0, 0
	for i := 0; i < len(xs); {
		k := xs[i]
		groups++
		for i < len(xs) && xs[i] == k {
			total++
			i++
		}
	}
	return groups + total
}

func BenchmarkGroupBy(b *testing.B) {
	want := groupByHand(runs)
	run(b, "pull", want, func() int { return groupByPull(runs) })
	run(b, "seq", want, func() int { return groupBySeq(runs) })
	run(b, "lib", want, func() int { return groupByLib(runs) })
	run(b, "hand", want, func() int { return groupByHand(runs) })
}

// ---- Count + ISlice ----

//go:noinline
func countISliceLib(n int) int {
	s := 0
	for v := range it.ISlice(it.Count(0, 1), n) {
		s += v
	}
	return s
}

//go:noinline
func countISliceHand(n int) int {
	s := 0
	for v := 0; v < n; v++ {
		s += v
	}
	return s
}

func BenchmarkCountISlice(b *testing.B) {
	want := countISliceHand(size)
	run(b, "lib", want, func() int { return countISliceLib(size) })
	run(b, "hand", want, func() int { return countISliceHand(size) })
}

// ---- Accumulate ----

//go:noinline
func accumulateLib(xs []int) int {
	last := 0
	for v := range it.Accumulate(it.Add, it.Of(xs...)) {
		last = v
	}
	return last
}

//go:noinline
func accumulateHand(xs []int) int {
	acc := 0
	for i, v := range xs {
		if i == 0 {
			acc = v
		} else {
			acc += v
		}
	}
	return acc
}

func BenchmarkAccumulate(b *testing.B) {
	want := accumulateHand(data)
	run(b, "lib", want, func() int { return accumulateLib(data) })
	run(b, "hand", want, func() int { return accumulateHand(data) })
}

// ---- Combinations ----

//go:noinline
func combinationsLib(xs []int) int {
	n := 0
	for t := range it.Combinations(it.Of(xs...), 2) {
		n += t[1]
	}
	return n
}

//go:noinline
func combinationsHand(xs []int) int {
	n := 0
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			t := []int{xs[i], xs[j]}
			n += t[1]
		}
	}
	return n
}

func BenchmarkCombinations(b *testing.B) {
	want := combinationsHand(pool)
	run(b, "lib", want, func() int { return combinationsLib(pool) })
	run(b, "hand", want, func() int { return combinationsHand(pool) })
}

// ---- Zip ----

// zipPull is the floor for zipping two push iterators: one iter.Pull step
// per element of the second.
//
//go:noinline
func zipPull(xs, ys []int) int {
	next, stop := iter.Pull(slices.Values(ys))
	defer stop()
	s := 0
	for _, x := range xs {
		y, _ := next()
		s += x ^ y
	}
	return s
}

//go:noinline
func zipLib(xs, ys []int) int {
	s := 0
	for x, y := range it.Zip(it.Of(xs...), it.Of(ys...)) {
		s += x ^ y
	}
	return s
}

//go:noinline
func zipHand(xs, ys []int) int {
	s := 0
	for i, x := range xs {
		s += x ^ ys[i]
	}
	return s
}

func BenchmarkZip(b *testing.B) {
	ys := slices.Clone(data)
	want := zipHand(data, ys)
	run(b, "pull", want, func() int { return zipPull(data, ys) })
	run(b, "lib", want, func() int { return zipLib(data, ys) })
	run(b, "hand", want, func() int { return zipHand(data, ys) })
}

// ---- Collect(Chain) ----

//go:noinline
func collectChainLib(x, y []int) int {
	return len(it.Collect(it.Chain(it.Of(x...), it.Of(y...))))
}

//go:noinline
func collectChainHand(x, y []int) int {
	out := []int{}
	//lint:ignore S1011 element by element, as the library's Collect appends
	for _, v := range x {
		out = append(out, v)
	}
	//lint:ignore S1011 element by element, as the library's Collect appends
	for _, v := range y {
		out = append(out, v)
	}
	return len(out)
}

func BenchmarkCollectChain(b *testing.B) {
	x, y := data[:size/2], data[size/2:]
	run(b, "lib", size, func() int { return collectChainLib(x, y) })
	run(b, "hand", size, func() int { return collectChainHand(x, y) })
}
