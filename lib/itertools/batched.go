package itertools

import (
	"fmt"
	"iter"
)

// Batched yields the elements of seq in slices of n, the last one possibly
// shorter, like Python's itertools.batched(seq, n). Each batch is a fresh
// slice. It panics if n < 1, where Python raises ValueError.
func Batched[T any](seq iter.Seq[T], n int) iter.Seq[[]T] {
	if seq == nil {
		panic("itertools.Batched: nil sequence")
	}
	if n < 1 {
		panic(fmt.Sprintf("itertools.Batched: n must be at least one, got %d", n))
	}
	return func(yield func([]T) bool) {
		var batch []T
		for v := range seq {
			if batch == nil {
				batch = make([]T, 0, n)
			}
			batch = append(batch, v)
			if len(batch) == n {
				if !yield(batch) {
					return
				}
				batch = nil
			}
		}
		if len(batch) > 0 {
			yield(batch)
		}
	}
}
