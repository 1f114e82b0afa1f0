package itertools_test

import (
	"slices"
	"testing"

	it "github.com/gokernel/gokernel/lib/itertools"
)

func binom(n, k int) int {
	if k < 0 || k > n {
		return 0
	}
	r := 1
	for i := 1; i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return r
}

func perm(n, r int) int {
	if r > n {
		return 0
	}
	p := 1
	for i := 0; i < r; i++ {
		p *= n - i
	}
	return p
}

func pow(n, r int) int {
	p := 1
	for range r {
		p *= n
	}
	return p
}

// FuzzCombinatorics checks counts against the closed formulas and, with the
// pool 0..n-1 so values are positions, that tuples come in strictly
// increasing lexicographic order (so none repeats) and obey each function's
// shape: distinct positions for Permutations, increasing for Combinations,
// non-decreasing for CombinationsWithReplacement.
func FuzzCombinatorics(f *testing.F) {
	for n := range 6 {
		for r := range 7 {
			f.Add(uint8(n), uint8(r))
		}
	}
	f.Fuzz(func(t *testing.T, n8, r8 uint8) {
		n, r := int(n8%8), int(r8%9)
		pool := it.Range(n)
		check := func(name string, seq func(yield func([]int) bool), want int, shape func([]int) bool) {
			var prev []int
			got := 0
			for tu := range seq {
				got++
				if len(tu) != r {
					t.Fatalf("%s(%d, %d): tuple %v has length %d", name, n, r, tu, len(tu))
				}
				if prev != nil && slices.Compare(prev, tu) >= 0 {
					t.Fatalf("%s(%d, %d): %v after %v is not in lexicographic order", name, n, r, tu, prev)
				}
				if !shape(tu) {
					t.Fatalf("%s(%d, %d): bad tuple %v", name, n, r, tu)
				}
				prev = slices.Clone(tu)
			}
			if got != want {
				t.Fatalf("%s(%d, %d): %d tuples, want %d", name, n, r, got, want)
			}
		}
		distinct := func(tu []int) bool {
			s := slices.Sorted(slices.Values(tu))
			return len(slices.Compact(s)) == len(tu)
		}
		increasing := func(tu []int) bool {
			for i := 1; i < len(tu); i++ {
				if tu[i-1] >= tu[i] {
					return false
				}
			}
			return true
		}
		nondecreasing := func(tu []int) bool { return slices.IsSorted(tu) }
		anyTuple := func([]int) bool { return true }
		check("Permutations", it.Permutations(pool, r), perm(n, r), distinct)
		check("Combinations", it.Combinations(pool, r), binom(n, r), increasing)
		cwr := binom(n+r-1, r)
		if n == 0 {
			cwr = 0
			if r == 0 {
				cwr = 1
			}
		}
		check("CombinationsWithReplacement", it.CombinationsWithReplacement(pool, r), cwr, nondecreasing)
		check("ProductRepeat", it.ProductRepeat(r, pool), pow(n, r), anyTuple)
	})
}
