package itertools

import "iter"

// StarMap yields f(a, b) for each pair (a, b) of seq, like Python's
// itertools.starmap(f, pairs). Pairs come from a Seq2 such as Zip,
// Enumerate, Pairwise or maps.All.
func StarMap[A, B, R any](f func(A, B) R, seq iter.Seq2[A, B]) iter.Seq[R] {
	if f == nil || seq == nil {
		panic("itertools.StarMap: nil function or sequence")
	}
	return func(yield func(R) bool) {
		for a, b := range seq {
			if !yield(f(a, b)) {
				return
			}
		}
	}
}
