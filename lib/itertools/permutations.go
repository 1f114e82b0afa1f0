package itertools

import (
	"fmt"
	"iter"
	"slices"
)

// Permutations yields the r-length permutations of pool's elements as
// tuples, in lexicographic order of positions, like Python's
// itertools.permutations(pool, r). Without r, r is the pool's length.
// Elements are told apart by position, not value, so repeated values give
// repeated tuples. r > len(pool) yields nothing; r = 0 yields one empty
// tuple. The pool is read when Permutations is called, as in Python, so the
// result can be ranged over again. Each tuple is a fresh slice. It panics if
// r < 0 or more than one r is given, where Python raises.
func Permutations[T any](pool iter.Seq[T], r ...int) iter.Seq[[]T] {
	if pool == nil {
		panic("itertools.Permutations: nil sequence")
	}
	if len(r) > 1 {
		panic(fmt.Sprintf("itertools.Permutations: expected at most 1 length, got %d", len(r)))
	}
	items := slices.Collect(pool)
	n := len(items)
	k := n
	if len(r) == 1 {
		k = r[0]
	}
	if k < 0 {
		panic(fmt.Sprintf("itertools.Permutations: r must be non-negative, got %d", k))
	}
	return func(yield func([]T) bool) {
		if k > n {
			return
		}
		indices := make([]int, n)
		for i := range indices {
			indices[i] = i
		}
		cycles := make([]int, k)
		for i := range cycles {
			cycles[i] = n - i
		}
		var alloc tuples[T]
		emit := func() bool {
			t := alloc.next(k)
			for i := range t {
				t[i] = items[indices[i]]
			}
			return yield(t)
		}
		if !emit() || n == 0 {
			return
		}
		for {
			i := k - 1
			for ; i >= 0; i-- {
				cycles[i]--
				if cycles[i] == 0 {
					// Rotate indices[i:] left by one.
					first := indices[i]
					copy(indices[i:], indices[i+1:])
					indices[n-1] = first
					cycles[i] = n - i
					continue
				}
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				if !emit() {
					return
				}
				break
			}
			if i < 0 {
				return
			}
		}
	}
}
