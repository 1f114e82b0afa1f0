package itertools

import "iter"

// GroupBy yields (key, group) for each run of consecutive elements of seq
// that have equal key(element), like Python's itertools.groupby(seq, key).
//
// As in Python, all groups share one pass over seq: advancing the outer
// sequence moves past whatever remains of the current group, and the previous
// group then yields nothing more. To keep a group, collect it before the next
// outer step. Ranging over a group twice continues where the first range
// stopped. Unlike Python, once the outer loop has ended (including by
// break) every group is empty: GroupBy then stops pulling from seq, so no
// goroutine is left behind.
//
// seq runs under iter.Pull. So that an element costs a function call rather
// than a coroutine switch, the loop body ranging over a group is called
// directly from seq's goroutine; panics in it reach the caller as usual. A
// group may not be ranged over inside its own loop body (that panics).
func GroupBy[T any, K comparable](key func(T) K, seq iter.Seq[T]) iter.Seq2[K, iter.Seq[T]] {
	if key == nil || seq == nil {
		panic("itertools.GroupBy: nil key function or sequence")
	}
	return func(yield func(K, iter.Seq[T]) bool) {
		st := &groupState[T, K]{}
		st.run(keyedProducer(st, key, seq), yield)
	}
}

// Group yields (value, group) for each run of equal consecutive elements of
// seq, like Python's itertools.groupby(seq) without a key function. The
// groups share one pass over seq exactly as GroupBy's do.
func Group[T comparable](seq iter.Seq[T]) iter.Seq2[T, iter.Seq[T]] {
	if seq == nil {
		panic("itertools.GroupBy: nil key function or sequence")
	}
	return func(yield func(T, iter.Seq[T]) bool) {
		st := &groupState[T, T]{}
		st.run(identityProducer(st, seq), yield)
	}
}

// groupState mirrors CPython's groupby object: the element read ahead (cur),
// the key of the group being handed out (tgt) and which group is current.
//
// seq runs in a coroutine (iter.Pull of a producer). Each switch back from
// it means "cur holds a new look-ahead element", "the sink stopped" or "seq
// is exhausted". While sink is set, the producer hands the elements whose
// key is tgtKey to sink on seq's goroutine instead of switching back; while
// skip is set, it drops them.
type groupState[T any, K comparable] struct {
	sink   func(T) bool
	tgtKey K
	skip   bool
	broke  bool // sink returned false

	curVal T
	curKey K
	hasVal bool // curVal is read but not yet yielded
	hasKey bool
	hasTgt bool
	done   bool
	gen    int

	next    func() (struct{}, bool)
	pulling bool // a pull is in progress
}

func (st *groupState[T, K]) run(producer iter.Seq[struct{}], yield func(K, iter.Seq[T]) bool) {
	next, stop := iter.Pull(producer)
	st.next = next
	defer func() {
		st.done = true
		stop()
	}()
	for {
		// A new outer step invalidates the group handed out before it.
		st.gen++
		if st.hasKey && st.hasTgt && st.curKey == st.tgtKey {
			// Skip the rest of the current group inside seq's goroutine.
			if st.hasVal {
				st.drop()
			}
			if !st.pull(nil, true) {
				return
			}
		}
		if !st.hasKey && !st.pull(nil, false) {
			return
		}
		st.tgtKey, st.hasTgt = st.curKey, true
		if !yield(st.tgtKey, st.group(st.gen)) {
			return
		}
	}
}

// keyedProducer and identityProducer run seq for the coroutine; the second
// is the first with the identity as key, saving a call per element.
func keyedProducer[T any, K comparable](st *groupState[T, K], key func(T) K, seq iter.Seq[T]) iter.Seq[struct{}] {
	return func(yield func(struct{}) bool) {
		for v := range seq {
			k := key(v)
			if (st.sink != nil || st.skip) && k == st.tgtKey {
				if st.skip || st.sink(v) {
					continue
				}
				st.broke = true
			} else {
				st.curVal, st.hasVal = v, true
				st.curKey, st.hasKey = k, true
			}
			st.sink, st.skip = nil, false
			if !yield(struct{}{}) {
				return
			}
		}
	}
}

func identityProducer[T comparable](st *groupState[T, T], seq iter.Seq[T]) iter.Seq[struct{}] {
	return func(yield func(struct{}) bool) {
		for v := range seq {
			if (st.sink != nil || st.skip) && v == st.tgtKey {
				if st.skip || st.sink(v) {
					continue
				}
				st.broke = true
			} else {
				st.curVal, st.hasVal = v, true
				st.curKey, st.hasKey = v, true
			}
			st.sink, st.skip = nil, false
			if !yield(struct{}{}) {
				return
			}
		}
	}
}

// pull resumes seq until it yields an element that is neither handed to
// sink nor skipped (now in cur), or sink stops; false when seq is exhausted.
func (st *groupState[T, K]) pull(sink func(T) bool, skip bool) bool {
	if st.pulling {
		panic("itertools.GroupBy: a group cannot be ranged over inside its own loop body")
	}
	st.pulling = true
	st.sink, st.skip, st.broke = sink, skip, false
	defer st.endPull() // also when sink panics
	_, ok := st.next()
	if !ok {
		st.hasVal, st.hasKey = false, false
		st.done = true
	}
	return ok
}

func (st *groupState[T, K]) endPull() {
	st.sink, st.skip, st.pulling = nil, false, false
}

// drop forgets the look-ahead element (it has been consumed).
func (st *groupState[T, K]) drop() {
	var zero T
	st.curVal, st.hasVal = zero, false
}

func (st *groupState[T, K]) group(gen int) iter.Seq[T] {
	return func(yield func(T) bool) {
		for !st.done && st.gen == gen {
			if st.hasVal {
				if st.curKey != st.tgtKey {
					return
				}
				v := st.curVal
				st.drop()
				if !yield(v) {
					return
				}
				continue
			}
			// Deliver the rest of the group from inside seq's goroutine.
			if !st.pull(yield, false) || st.broke {
				return
			}
		}
	}
}
