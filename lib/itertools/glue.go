package itertools

import "iter"

// Map yields f(v) for each element v of seq, like Python's built-in map with
// one iterable.
func Map[T, R any](f func(T) R, seq iter.Seq[T]) iter.Seq[R] {
	if f == nil || seq == nil {
		panic("itertools.Map: nil function or sequence")
	}
	return func(yield func(R) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

// Enumerate yields (index, element) pairs counting from 0, like Python's
// enumerate(seq).
func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	if seq == nil {
		panic("itertools.Enumerate: nil sequence")
	}
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// Any yields the elements of seq as values of type any, so sequences of
// different element types can be mixed: Chain(Any(Chars("ABC")),
// Any(Range(3))) is Python's chain("ABC", range(3)).
func Any[T any](seq iter.Seq[T]) iter.Seq[any] {
	if seq == nil {
		panic("itertools.Any: nil sequence")
	}
	return func(yield func(any) bool) {
		for v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}
