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
		st := &groupState[T, K]{key: key}
		next, stop := iter.Pull(st.producer(seq))
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
				if !st.pull(discard[T], st.tgtKey) {
					return
				}
			}
			if !st.hasKey && !st.step() {
				return
			}
			st.tgtKey, st.hasTgt = st.curKey, true
			if !yield(st.tgtKey, st.group(st.gen, st.tgtKey)) {
				return
			}
		}
	}
}

// Group yields (value, group) for each run of equal consecutive elements of
// seq, like Python's itertools.groupby(seq) without a key function. The
// groups share one pass over seq exactly as GroupBy's do.
func Group[T comparable](seq iter.Seq[T]) iter.Seq2[T, iter.Seq[T]] {
	return GroupBy(identity[T], seq)
}

func identity[T any](v T) T { return v }

func discard[T any](T) bool { return true }

// groupState mirrors CPython's groupby object: the element read ahead (cur),
// the key of the group being handed out (tgt) and which group is current.
type groupState[T any, K comparable] struct {
	next   func() (struct{}, bool)
	key    func(T) K
	curVal T
	curKey K
	tgtKey K
	hasVal bool // curVal is read but not yet yielded
	hasKey bool
	hasTgt bool
	gen    int
	done   bool

	// While sink is set, the producer hands elements whose key is sinkKey
	// straight to sink on seq's goroutine instead of switching back.
	sink    func(T) bool
	sinkKey K
	broke   bool // sink returned false
	pulling bool // a pull is in progress
}

// producer wraps seq so that each switch back to the consumer means "cur has
// a new look-ahead element" or "the sink stopped".
func (st *groupState[T, K]) producer(seq iter.Seq[T]) iter.Seq[struct{}] {
	return func(yield func(struct{}) bool) {
		for v := range seq {
			k := st.key(v)
			if st.sink != nil && k == st.sinkKey {
				if st.sink(v) {
					continue
				}
				st.sink, st.broke = nil, true
				if !yield(struct{}{}) {
					return
				}
				continue
			}
			st.sink = nil
			st.curVal, st.hasVal = v, true
			st.curKey, st.hasKey = k, true
			if !yield(struct{}{}) {
				return
			}
		}
	}
}

// step reads one look-ahead element; false when seq is exhausted.
func (st *groupState[T, K]) step() bool {
	return st.pull(nil, st.curKey)
}

// pull resumes seq until it yields an element that sink does not take (now
// in cur) or sink stops; false when seq is exhausted.
func (st *groupState[T, K]) pull(sink func(T) bool, key K) bool {
	if st.pulling {
		panic("itertools.GroupBy: a group cannot be ranged over inside its own loop body")
	}
	st.pulling = true
	st.sink, st.sinkKey, st.broke = sink, key, false
	defer func() { st.sink, st.pulling = nil, false }() // also when sink panics
	_, ok := st.next()
	if !ok {
		st.hasVal, st.hasKey = false, false
		st.done = true
	}
	return ok
}

// drop forgets the look-ahead element (it has been consumed).
func (st *groupState[T, K]) drop() {
	var zero T
	st.curVal, st.hasVal = zero, false
}

func (st *groupState[T, K]) group(gen int, tgt K) iter.Seq[T] {
	return func(yield func(T) bool) {
		for !st.done && st.gen == gen {
			if st.hasVal {
				if st.curKey != tgt {
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
			if !st.pull(yield, tgt) || st.broke {
				return
			}
		}
	}
}
