package itertools

import "iter"

// Zip yields pairs of corresponding elements of a and b and stops when
// either ends, like Python's zip(a, b). a is read first, so when b ends one
// more element of a has been consumed, as in Python.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	if a == nil || b == nil {
		panic("itertools.Zip: nil sequence")
	}
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := next()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

// ZipLongest yields tuples of corresponding elements of seqs, filling in
// fill for sequences that have ended, until all have ended, like Python's
// itertools.zip_longest(*seqs, fillvalue=fill). Each tuple is a fresh slice.
// An ended sequence is not read again.
func ZipLongest[T any](fill T, seqs ...iter.Seq[T]) iter.Seq[[]T] {
	for _, s := range seqs {
		if s == nil {
			panic("itertools.ZipLongest: nil sequence")
		}
	}
	return func(yield func([]T) bool) {
		n := len(seqs)
		if n == 0 {
			return
		}
		nexts := make([]func() (T, bool), n)
		for i, s := range seqs {
			next, stop := iter.Pull(s)
			defer stop()
			nexts[i] = next
		}
		active := n
		var alloc tuples[T]
		for {
			t := alloc.next(n)
			for i, next := range nexts {
				if next == nil {
					t[i] = fill
					continue
				}
				v, ok := next()
				if !ok {
					nexts[i] = nil
					active--
					if active == 0 {
						return
					}
					v = fill
				}
				t[i] = v
			}
			if !yield(t) {
				return
			}
		}
	}
}
