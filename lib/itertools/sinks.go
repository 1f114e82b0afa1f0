package itertools

import "iter"

// Collect returns the elements of seq in a new slice, like Python's
// list(seq). An empty seq gives an empty, non-nil slice.
func Collect[T any](seq iter.Seq[T]) []T {
	if seq == nil {
		panic("itertools.Collect: nil sequence")
	}
	// Fill chunks of doubling size, then copy once into an exact-size
	// slice: each element is copied once, where append's regrowth copies
	// large slices several times over.
	var full [][]T
	cur := make([]T, 0, 64)
	n := 0
	for v := range seq {
		if len(cur) == cap(cur) {
			full = append(full, cur)
			cur = make([]T, 0, 2*cap(cur))
		}
		cur = append(cur, v)
		n++
	}
	if full == nil {
		return cur
	}
	out := make([]T, 0, n)
	for _, c := range full {
		out = append(out, c...)
	}
	return append(out, cur...)
}

// ForEach calls f on each element of seq in order.
func ForEach[T any](f func(T), seq iter.Seq[T]) {
	if f == nil || seq == nil {
		panic("itertools.ForEach: nil function or sequence")
	}
	for v := range seq {
		f(v)
	}
}

// Reduce folds seq into one value from the left, like Python's
// functools.reduce(f, seq, initial): f(f(f(initial, s0), s1), s2)…; an
// empty seq gives initial.
func Reduce[A, T any](f func(A, T) A, initial A, seq iter.Seq[T]) A {
	if f == nil || seq == nil {
		panic("itertools.Reduce: nil function or sequence")
	}
	acc := initial
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

// Len counts the elements of seq by ranging over it, like Python's
// sum(1 for _ in seq).
func Len[T any](seq iter.Seq[T]) int {
	if seq == nil {
		panic("itertools.Len: nil sequence")
	}
	n := 0
	for range seq {
		n++
	}
	return n
}
