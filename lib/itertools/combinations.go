package itertools

import (
	"fmt"
	"iter"
	"slices"
)

// Combinations yields the r-length subsequences of pool's elements as
// tuples, in lexicographic order of positions, like Python's
// itertools.combinations(pool, r). Elements are told apart by position, not
// value. r > len(pool) yields nothing; r = 0 yields one empty tuple. The pool
// is read when Combinations is called, as in Python, so the result can be
// ranged over again. Each tuple is a fresh slice. It panics if r < 0, where
// Python raises ValueError.
func Combinations[T any](pool iter.Seq[T], r int) iter.Seq[[]T] {
	if pool == nil {
		panic("itertools.Combinations: nil sequence")
	}
	if r < 0 {
		panic(fmt.Sprintf("itertools.Combinations: r must be non-negative, got %d", r))
	}
	items := slices.Collect(pool)
	n := len(items)
	return func(yield func([]T) bool) {
		if r > n {
			return
		}
		indices := make([]int, r)
		for i := range indices {
			indices[i] = i
		}
		var alloc tuples[T]
		for {
			t := alloc.next(r)
			for i, j := range indices {
				t[i] = items[j]
			}
			if !yield(t) {
				return
			}
			i := r - 1
			for i >= 0 && indices[i] == i+n-r {
				i--
			}
			if i < 0 {
				return
			}
			indices[i]++
			for j := i + 1; j < r; j++ {
				indices[j] = indices[j-1] + 1
			}
		}
	}
}

// CombinationsWithReplacement yields the r-length sequences of pool's
// elements in which each element may repeat, as tuples in lexicographic
// order of positions, like Python's
// itertools.combinations_with_replacement(pool, r). An empty pool yields
// nothing unless r = 0, which yields one empty tuple. The pool is read when
// the function is called, as in Python. Each tuple is a fresh slice. It
// panics if r < 0, where Python raises ValueError.
func CombinationsWithReplacement[T any](pool iter.Seq[T], r int) iter.Seq[[]T] {
	if pool == nil {
		panic("itertools.CombinationsWithReplacement: nil sequence")
	}
	if r < 0 {
		panic(fmt.Sprintf("itertools.CombinationsWithReplacement: r must be non-negative, got %d", r))
	}
	items := slices.Collect(pool)
	n := len(items)
	return func(yield func([]T) bool) {
		if n == 0 && r > 0 {
			return
		}
		indices := make([]int, r)
		var alloc tuples[T]
		for {
			t := alloc.next(r)
			for i, j := range indices {
				t[i] = items[j]
			}
			if !yield(t) {
				return
			}
			i := r - 1
			for i >= 0 && indices[i] == n-1 {
				i--
			}
			if i < 0 {
				return
			}
			v := indices[i] + 1
			for j := i; j < r; j++ {
				indices[j] = v
			}
		}
	}
}
