package itertools

// tuples hands out fresh, non-overlapping slices of one length, cut from
// shared blocks so that yielding a tuple costs an allocation only once per
// block rather than once per tuple.
type tuples[T any] struct {
	block []T
	off   int // advancing an index, not re-slicing block, avoids a write barrier per tuple
}

// tupleBlock is the number of elements allocated at once.
const tupleBlock = 256

func (a *tuples[T]) next(r int) []T {
	if r == 0 {
		return []T{}
	}
	if a.off+r > len(a.block) {
		a.block = make([]T, r*max(1, tupleBlock/r))
		a.off = 0
	}
	t := a.block[a.off : a.off+r : a.off+r]
	a.off += r
	return t
}
