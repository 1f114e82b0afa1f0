package itertools

import (
	"fmt"
	"iter"
)

// Count yields start, start+step, start+2*step, … forever, like Python's
// itertools.count(start, step). Each value is the previous one plus step
// (repeated addition, as CPython does), so Count(1, 2.5) yields 1, 3.5, 6,
// 8.5, … Each iteration starts again at start. Integers wrap around at the
// limits of N as Go arithmetic does (Python's integers do not).
func Count[N Number](start, step N) iter.Seq[N] {
	return func(yield func(N) bool) {
		for n := start; yield(n); n += step {
		}
	}
}

// Cycle yields the elements of seq, then yields them again and again
// forever, like Python's itertools.cycle. It reads seq once, saving each
// element for the later rounds; an empty seq yields nothing.
func Cycle[T any](seq iter.Seq[T]) iter.Seq[T] {
	if seq == nil {
		panic("itertools.Cycle: nil sequence")
	}
	return func(yield func(T) bool) {
		var saved []T
		for v := range seq {
			if !yield(v) {
				return
			}
			saved = append(saved, v)
		}
		if len(saved) == 0 {
			return
		}
		for {
			for _, v := range saved {
				if !yield(v) {
					return
				}
			}
		}
	}
}

// Repeat yields v forever, or times[0] times, like Python's
// itertools.repeat(v, times). A negative count yields nothing, as in Python.
// More than one count panics.
func Repeat[T any](v T, times ...int) iter.Seq[T] {
	if len(times) > 1 {
		panic(fmt.Sprintf("itertools.Repeat: expected at most 1 count, got %d", len(times)))
	}
	if len(times) == 0 {
		return func(yield func(T) bool) {
			for yield(v) {
			}
		}
	}
	n := times[0]
	return func(yield func(T) bool) {
		for i := 0; i < n; i++ {
			if !yield(v) {
				return
			}
		}
	}
}
