package itertools

import "iter"

// Accumulate yields running results of f, like Python's
// itertools.accumulate(seq, f): the first element as is, then
// f(previous result, next element) for each following element. Pass Add for
// running sums, Mul for running products.
func Accumulate[T any](f func(T, T) T, seq iter.Seq[T]) iter.Seq[T] {
	if f == nil || seq == nil {
		panic("itertools.Accumulate: nil function or sequence")
	}
	return func(yield func(T) bool) {
		var acc T
		first := true
		for v := range seq {
			if first {
				acc, first = v, false
			} else {
				acc = f(acc, v)
			}
			if !yield(acc) {
				return
			}
		}
	}
}

// AccumulateInitial yields initial, then f(previous result, next element) for
// each element of seq, like Python's itertools.accumulate(seq, f,
// initial=initial). The result type may differ from the element type.
func AccumulateInitial[A, T any](f func(A, T) A, initial A, seq iter.Seq[T]) iter.Seq[A] {
	if f == nil || seq == nil {
		panic("itertools.AccumulateInitial: nil function or sequence")
	}
	return func(yield func(A) bool) {
		acc := initial
		if !yield(acc) {
			return
		}
		for v := range seq {
			acc = f(acc, v)
			if !yield(acc) {
				return
			}
		}
	}
}
