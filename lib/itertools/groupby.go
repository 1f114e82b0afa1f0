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
func GroupBy[T any, K comparable](key func(T) K, seq iter.Seq[T]) iter.Seq2[K, iter.Seq[T]] {
	if key == nil {
		panic("itertools.GroupBy: nil key function")
	}
	return func(yield func(K, iter.Seq[T]) bool) {
		next, stop := iter.Pull(seq)
		st := &groupState[T, K]{next: next, key: key}
		defer func() {
			st.done = true
			stop()
		}()
		for {
			// A new outer step invalidates the group handed out before it.
			st.gen++
			for {
				if st.hasKey && (!st.hasTgt || st.curKey != st.tgtKey) {
					break
				}
				if !st.step() {
					return
				}
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

// groupState mirrors CPython's groupby object: the element read ahead (cur),
// the key of the group being handed out (tgt) and which group is current.
type groupState[T any, K comparable] struct {
	next   func() (T, bool)
	key    func(T) K
	curVal T
	curKey K
	tgtKey K
	hasVal bool // curVal is read but not yet yielded
	hasKey bool
	hasTgt bool
	gen    int
	done   bool
}

func (st *groupState[T, K]) step() bool {
	v, ok := st.next()
	if !ok {
		return false
	}
	st.curVal, st.hasVal = v, true
	st.curKey, st.hasKey = st.key(v), true
	return true
}

func (st *groupState[T, K]) group(gen int, tgt K) iter.Seq[T] {
	return func(yield func(T) bool) {
		for !st.done && st.gen == gen {
			if !st.hasVal && !st.step() {
				return
			}
			if st.curKey != tgt {
				return
			}
			v := st.curVal
			var zero T
			st.curVal, st.hasVal = zero, false
			if !yield(v) {
				return
			}
		}
	}
}
