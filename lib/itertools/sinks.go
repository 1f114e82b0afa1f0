package itertools

import "iter"

// Collect returns the elements of seq in a new slice, like Python's
// list(seq). An empty seq gives an empty, non-nil slice.
func Collect[T any](seq iter.Seq[T]) []T {
	out := []T{}
	for v := range seq {
		out = append(out, v)
	}
	return out
}

// ForEach calls f on each element of seq in order.
func ForEach[T any](f func(T), seq iter.Seq[T]) {
	for v := range seq {
		f(v)
	}
}

// Reduce folds seq into one value from the left, like Python's
// functools.reduce(f, seq, initial): f(f(f(initial, s0), s1), s2)…; an
// empty seq gives initial.
func Reduce[A, T any](f func(A, T) A, initial A, seq iter.Seq[T]) A {
	acc := initial
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}
