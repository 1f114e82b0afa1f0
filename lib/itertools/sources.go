package itertools

import (
	"fmt"
	"iter"
	"unicode/utf8"
)

// Range yields integers like Python's range: Range(stop) yields 0, 1, …,
// stop-1; Range(start, stop) starts at start; Range(start, stop, step) steps
// by step, counting down when step is negative. It panics if step is zero or
// the number of arguments is not 1 to 3, where Python raises.
func Range[N Integer](args ...N) iter.Seq[N] {
	var start, stop, step N = 0, 0, 1
	switch len(args) {
	case 1:
		stop = args[0]
	case 2:
		start, stop = args[0], args[1]
	case 3:
		start, stop, step = args[0], args[1], args[2]
	default:
		panic(fmt.Sprintf("itertools.Range: expected 1 to 3 arguments (stop | start, stop | start, stop, step), got %d", len(args)))
	}
	if step == 0 {
		panic("itertools.Range: step must not be zero")
	}
	if step > 0 {
		return func(yield func(N) bool) {
			// Compare the distance left with the step before adding, so
			// stepping past the type's maximum cannot wrap around; the
			// distance is taken in uint64, where it cannot overflow.
			for v := start; v < stop; {
				if !yield(v) || uint64(stop)-uint64(v) <= uint64(step) {
					return
				}
				v += step
			}
		}
	}
	return func(yield func(N) bool) {
		for v := start; v > stop; {
			if !yield(v) || uint64(v)-uint64(stop) <= -uint64(step) {
				return
			}
			v += step
		}
	}
}

// Chars yields the characters of s, one string per Unicode code point, as
// iterating over a Python str does. A byte that is not valid UTF-8 is yielded
// on its own.
func Chars(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			_, size := utf8.DecodeRuneInString(s[i:])
			if !yield(s[i : i+size]) {
				return
			}
			i += size
		}
	}
}

// Runes yields the code points of s; invalid UTF-8 yields utf8.RuneError per
// bad byte, as ranging over a string does.
func Runes(s string) iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for _, r := range s {
			if !yield(r) {
				return
			}
		}
	}
}

// Of yields its arguments in order: Of(1, 2, 3), or Of(xs...) for a slice.
// It is slices.Values in a form that also reads well for literals.
func Of[T any](xs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

// FromChan yields the values received from ch until it is closed. It stops
// receiving as soon as the consumer stops, leaving the rest in the channel.
// Like the channel, the sequence is single-use: ranging again continues
// receiving where the previous range stopped.
func FromChan[T any](ch <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}
