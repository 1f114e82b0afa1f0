package itertools

import (
	"fmt"
	"iter"
	"math"
)

// ToEnd is the stop argument of ISlice meaning "no stop", Python's None.
const ToEnd = math.MaxInt

// ISlice yields selected elements of seq, like Python's itertools.islice:
// ISlice(seq, stop), ISlice(seq, start, stop) or ISlice(seq, start, stop,
// step), with ToEnd as stop for Python's None. Elements before start are
// read and dropped; nothing at or after index stop is read. It panics where
// Python raises ValueError: a negative index, a step below 1, or a count of
// arguments other than 1 to 3.
func ISlice[T any](seq iter.Seq[T], args ...int) iter.Seq[T] {
	if seq == nil {
		panic("itertools.ISlice: nil sequence")
	}
	start, stop, step := 0, 0, 1
	switch len(args) {
	case 1:
		stop = args[0]
	case 2:
		start, stop = args[0], args[1]
	case 3:
		start, stop, step = args[0], args[1], args[2]
	default:
		panic(fmt.Sprintf("itertools.ISlice: expected 1 to 3 bounds (stop | start, stop | start, stop, step), got %d", len(args)))
	}
	if start < 0 || stop < 0 {
		panic("itertools.ISlice: indices must be ToEnd or an integer: 0 <= x <= math.MaxInt")
	}
	if step < 1 {
		panic("itertools.ISlice: step must be a positive integer")
	}
	if step == 1 {
		return islice1(seq, start, stop)
	}
	return func(yield func(T) bool) {
		// cnt counts the elements read, next is the index of the next one to
		// yield; like CPython, read up to start even when start > stop, and
		// never read an element once both start and stop are reached.
		cnt, next := 0, start
		if cnt >= next && cnt >= stop {
			return
		}
		for v := range seq {
			if cnt == next {
				if !yield(v) {
					return
				}
				if next > stop-step {
					next = stop
				} else {
					next += step
				}
			}
			cnt++
			if cnt >= next && cnt >= stop {
				return
			}
		}
	}
}

// islice1 is ISlice with step 1: skip start elements, then yield until
// index stop, with the same reads as the general case.
func islice1[T any](seq iter.Seq[T], start, stop int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if start == 0 && stop == 0 {
			return
		}
		cnt := 0
		for v := range seq {
			if cnt >= start && !yield(v) {
				return
			}
			cnt++
			if cnt >= start && cnt >= stop {
				return
			}
		}
	}
}
