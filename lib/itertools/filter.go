package itertools

import "iter"

// TakeWhile yields the elements of seq while pred is true and stops at the
// first element for which it is false (which is consumed but not yielded),
// like Python's itertools.takewhile.
func TakeWhile[T any](pred func(T) bool, seq iter.Seq[T]) iter.Seq[T] {
	if pred == nil || seq == nil {
		panic("itertools.TakeWhile: nil predicate or sequence")
	}
	return func(yield func(T) bool) {
		for v := range seq {
			if !pred(v) || !yield(v) {
				return
			}
		}
	}
}

// DropWhile skips the elements of seq while pred is true, then yields every
// remaining element without calling pred again, like Python's
// itertools.dropwhile.
func DropWhile[T any](pred func(T) bool, seq iter.Seq[T]) iter.Seq[T] {
	if pred == nil || seq == nil {
		panic("itertools.DropWhile: nil predicate or sequence")
	}
	return func(yield func(T) bool) {
		dropping := true
		for v := range seq {
			if dropping {
				if pred(v) {
					continue
				}
				dropping = false
			}
			if !yield(v) {
				return
			}
		}
	}
}

// FilterFalse yields the elements of seq for which pred is false, like
// Python's itertools.filterfalse.
func FilterFalse[T any](pred func(T) bool, seq iter.Seq[T]) iter.Seq[T] {
	if pred == nil || seq == nil {
		panic("itertools.FilterFalse: nil predicate or sequence")
	}
	return func(yield func(T) bool) {
		for v := range seq {
			if !pred(v) && !yield(v) {
				return
			}
		}
	}
}

// Filter yields the elements of seq for which pred is true, like Python's
// built-in filter.
func Filter[T any](pred func(T) bool, seq iter.Seq[T]) iter.Seq[T] {
	if pred == nil || seq == nil {
		panic("itertools.Filter: nil predicate or sequence")
	}
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

// Compress yields the elements of data whose corresponding selector is true,
// like Python's itertools.compress. It stops when either sequence ends; data
// is read first, so an element of data is consumed before the selectors are
// found to be exhausted, as in Python.
func Compress[T any](data iter.Seq[T], selectors iter.Seq[bool]) iter.Seq[T] {
	if data == nil || selectors == nil {
		panic("itertools.Compress: nil sequence")
	}
	return func(yield func(T) bool) {
		next, stop := iter.Pull(selectors)
		defer stop()
		for v := range data {
			sel, ok := next()
			if !ok {
				return
			}
			if sel && !yield(v) {
				return
			}
		}
	}
}
