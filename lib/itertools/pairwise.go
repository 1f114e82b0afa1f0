package itertools

import "iter"

// Pairwise yields each pair of successive elements of seq, (s0, s1), (s1,
// s2), …, like Python's itertools.pairwise. A seq with fewer than two
// elements yields nothing.
func Pairwise[T any](seq iter.Seq[T]) iter.Seq2[T, T] {
	if seq == nil {
		panic("itertools.Pairwise: nil sequence")
	}
	return func(yield func(T, T) bool) {
		var prev T
		first := true
		for v := range seq {
			if first {
				prev, first = v, false
				continue
			}
			if !yield(prev, v) {
				return
			}
			prev = v
		}
	}
}
