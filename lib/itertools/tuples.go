package itertools

// tuples hands out fresh, non-overlapping slices of one length, cut from
// shared blocks so that yielding a tuple costs an allocation only once per
// block rather than once per tuple.
type tuples[T any] struct {
	block []T
}

// tupleBlock is the number of elements allocated at once.
const tupleBlock = 256

func (a *tuples[T]) next(r int) []T {
	if r == 0 {
		return []T{}
	}
	if len(a.block) < r {
		a.block = make([]T, r*max(1, tupleBlock/r))
	}
	t := a.block[:r:r]
	a.block = a.block[r:]
	return t
}
