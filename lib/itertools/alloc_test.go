package itertools_test

import (
	"iter"
	"testing"

	it "github.com/gokernel/gokernel/lib/itertools"
)

func drain[T any](seq iter.Seq[T]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

func drain2[K, V any](seq iter.Seq2[K, V]) int {
	n := 0
	for range seq {
		n++
	}
	return n
}

// TestAllocsDoNotGrowWithLength checks the hot paths allocate a fixed
// amount per pipeline, never per element.
func TestAllocsDoNotGrowWithLength(t *testing.T) {
	small, large := make([]int, 10), make([]int, 100_000)
	for i := range large {
		large[i] = i % 7
	}
	copy(small, large)
	lt := func(x int) bool { return x < 1_000_000 }
	pipelines := map[string]func(xs []int) int{
		"Chain":       func(xs []int) int { return drain(it.Chain(it.Of(xs...), it.Of(xs...))) },
		"TakeWhile":   func(xs []int) int { return drain(it.TakeWhile(lt, it.Of(xs...))) },
		"DropWhile":   func(xs []int) int { return drain(it.DropWhile(lt, it.Of(xs...))) },
		"FilterFalse": func(xs []int) int { return drain(it.FilterFalse(lt, it.Of(xs...))) },
		"Filter":      func(xs []int) int { return drain(it.Filter(lt, it.Of(xs...))) },
		"Map":         func(xs []int) int { return drain(it.Map(func(x int) int { return x * 2 }, it.Of(xs...))) },
		"Accumulate":  func(xs []int) int { return drain(it.Accumulate(it.Add, it.Of(xs...))) },
		"ISlice":      func(xs []int) int { return drain(it.ISlice(it.Count(0, 1), 1, len(xs), 2)) },
		"Range":       func(xs []int) int { return drain(it.Range(len(xs))) },
		"Repeat":      func(xs []int) int { return drain(it.Repeat(1, len(xs))) },
		"Pairwise":    func(xs []int) int { return drain2(it.Pairwise(it.Of(xs...))) },
		"Enumerate":   func(xs []int) int { return drain2(it.Enumerate(it.Of(xs...))) },
		"StarMap":     func(xs []int) int { return drain(it.StarMap(it.Add, it.Pairwise(it.Of(xs...)))) },
		"Reduce":      func(xs []int) int { return it.Reduce(it.Add, 0, it.Of(xs...)) },
		"Zip":         func(xs []int) int { return drain2(it.Zip(it.Of(xs...), it.Of(xs...))) },
		"Compress":    func(xs []int) int { return drain(it.Compress(it.Of(xs...), it.Repeat(true))) },
		"Chars":       func(xs []int) int { return drain(it.Chars(string(make([]byte, len(xs))))) - len(xs) },
	}
	for name, p := range pipelines {
		s := testing.AllocsPerRun(20, func() { p(small) })
		l := testing.AllocsPerRun(5, func() { p(large) })
		if l > s+1 { // +1: Chars' string conversion grows with its input
			t.Errorf("%s: %.0f allocations for 10 elements, %.0f for 100000", name, s, l)
		}
	}
}

// TestTupleAllocsAmortized checks that combinatoric tuples, fresh slices,
// cost far less than one allocation each.
func TestTupleAllocsAmortized(t *testing.T) {
	xs := it.Collect(it.Range(1000))
	cases := map[string]func() int{
		"Product":                     func() int { return drain(it.ProductRepeat(2, it.Of(xs[:300]...))) },
		"Permutations":                func() int { return drain(it.Permutations(it.Of(xs[:300]...), 2)) },
		"Combinations":                func() int { return drain(it.Combinations(it.Of(xs[:300]...), 2)) },
		"CombinationsWithReplacement": func() int { return drain(it.CombinationsWithReplacement(it.Of(xs[:300]...), 2)) },
		"ZipLongest":                  func() int { return drain(it.ZipLongest(0, it.Of(xs...), it.Of(xs...))) },
		"Batched":                     func() int { return drain(it.Batched(it.Of(xs...), 1)) },
	}
	for name, run := range cases {
		tuples := run()
		allocs := testing.AllocsPerRun(5, func() { run() })
		perTuple := allocs / float64(tuples)
		limit := 0.1
		if name == "Batched" { // a batch is its own slice, by contract
			limit = 1.1
		}
		if perTuple > limit {
			t.Errorf("%s: %.0f allocations for %d tuples (%.3f each)", name, allocs, tuples, perTuple)
		}
	}
}

// TestGroupByAllocsPerGroup checks GroupBy allocates per group (the group
// iterator, as Python allocates a _grouper), not per element.
func TestGroupByAllocsPerGroup(t *testing.T) {
	xs := make([]int, 100_000)
	for i := range xs {
		xs[i] = i / 1000 // 100 groups
	}
	allocs := testing.AllocsPerRun(5, func() {
		for _, g := range it.Group(it.Of(xs...)) {
			drain(g)
		}
	})
	if allocs > 100*4+20 { // the group closure, the loop body closure, one spare
		t.Errorf("GroupBy: %.0f allocations for 100 groups of 1000", allocs)
	}
}
