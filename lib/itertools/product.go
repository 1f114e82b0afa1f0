package itertools

import (
	"fmt"
	"iter"
	"slices"
)

// Product yields the Cartesian product of pools as tuples, like Python's
// itertools.product(*pools): in lexicographic order of positions, the last
// pool varying fastest. The pools are read when Product is called, as in
// Python, so the result can be ranged over again. No pools yields one empty
// tuple; an empty pool yields nothing. Each tuple is a fresh slice.
func Product[T any](pools ...iter.Seq[T]) iter.Seq[[]T] {
	return product(collectPools(pools, 1))
}

// ProductRepeat yields the Cartesian product of pools repeated repeat times,
// like Python's itertools.product(*pools, repeat=repeat):
// ProductRepeat(2, Chars("ABC")) yields [A A] [A B] … [C C]. It panics if
// repeat < 0, where Python raises ValueError.
func ProductRepeat[T any](repeat int, pools ...iter.Seq[T]) iter.Seq[[]T] {
	if repeat < 0 {
		panic(fmt.Sprintf("itertools.ProductRepeat: repeat argument cannot be negative, got %d", repeat))
	}
	return product(collectPools(pools, repeat))
}

func collectPools[T any](pools []iter.Seq[T], repeat int) [][]T {
	read := make([][]T, len(pools))
	for i, p := range pools {
		if p == nil {
			panic("itertools.Product: nil sequence")
		}
		read[i] = slices.Collect(p)
	}
	all := make([][]T, 0, len(read)*repeat)
	for range repeat {
		all = append(all, read...)
	}
	return all
}

func product[T any](pools [][]T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		n := len(pools)
		for _, p := range pools {
			if len(p) == 0 {
				return
			}
		}
		if n == 0 {
			yield([]T{})
			return
		}
		// cur holds the tuple's leading n-1 elements; the last pool, which
		// varies fastest, is walked by the inner loop.
		idx := make([]int, n-1)
		cur := make([]T, n-1)
		for i := range cur {
			cur[i] = pools[i][0]
		}
		last := pools[n-1]
		var block []T
		off := 0
		for {
			if n == 2 {
				// Pairs, the common case: no copy loop per tuple.
				c := cur[0]
				for _, v := range last {
					if off+2 > len(block) {
						block = make([]T, 2*tupleBlock)
						off = 0
					}
					t := block[off : off+2 : off+2]
					off += 2
					t[0], t[1] = c, v
					if !yield(t) {
						return
					}
				}
			} else {
				for _, v := range last {
					if off+n > len(block) {
						block = make([]T, n*max(1, tupleBlock/n))
						off = 0
					}
					t := block[off : off+n : off+n]
					off += n
					copy(t, cur)
					t[n-1] = v
					if !yield(t) {
						return
					}
				}
			}
			// Advance the odometer over the leading positions.
			i := n - 2
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(pools[i]) {
					cur[i] = pools[i][idx[i]]
					break
				}
				idx[i] = 0
				cur[i] = pools[i][0]
			}
			if i < 0 {
				return
			}
		}
	}
}
