package itertools

import (
	"fmt"
	"iter"
	"runtime"
)

// Tee returns n independent iterators over seq, like Python's
// itertools.tee(seq, n). seq is read once, lazily, as the copies need its
// elements; an element is buffered only while some copy has not yet reached
// it. Each copy is a single iterator, as in Python: ranging over it again
// continues where the previous range stopped. It panics if n < 0, where
// Python raises ValueError.
//
// seq is read through iter.Pull. Its goroutine ends when seq is exhausted,
// or, if the copies are abandoned before that, once they are all
// unreachable and the garbage collector has run.
func Tee[T any](seq iter.Seq[T], n int) []iter.Seq[T] {
	st := newTee(seq, n)
	copies := make([]iter.Seq[T], n)
	for i := range copies {
		copies[i] = st.copy(i)
	}
	return copies
}

type teeState[T any] struct {
	src  iter.Seq[T]
	pull *teePull[T]
	buf  []T   // buf[k] is the element at absolute index base+k
	base int   // absolute index of buf[0]
	pos  []int // absolute index of each copy's next element
	done bool  // src is exhausted
}

// teePull holds the puller apart from teeState so the cleanup that stops it
// does not keep teeState reachable.
type teePull[T any] struct {
	next func() (T, bool)
	stop func()
}

func newTee[T any](seq iter.Seq[T], n int) *teeState[T] {
	if seq == nil {
		panic("itertools.Tee: nil sequence")
	}
	if n < 0 {
		panic(fmt.Sprintf("itertools.Tee: n must be >= 0, got %d", n))
	}
	return &teeState[T]{src: seq, pos: make([]int, n)}
}

func (st *teeState[T]) copy(i int) iter.Seq[T] {
	return func(yield func(T) bool) {
		for {
			k := st.pos[i] - st.base
			if k < len(st.buf) {
				v := st.buf[k]
				st.pos[i]++
				st.trim()
				if !yield(v) {
					return
				}
				continue
			}
			if st.done {
				return
			}
			if st.pull == nil {
				next, stop := iter.Pull(st.src)
				st.pull = &teePull[T]{next, stop}
				runtime.AddCleanup(st, func(p *teePull[T]) { p.stop() }, st.pull)
			}
			v, ok := st.pull.next()
			if !ok {
				st.done = true
				st.pull.stop()
				return
			}
			st.buf = append(st.buf, v)
		}
	}
}

// trim drops the buffered elements every copy has passed.
func (st *teeState[T]) trim() {
	low := st.pos[0]
	for _, p := range st.pos[1:] {
		low = min(low, p)
	}
	k := low - st.base
	if k <= 0 {
		return
	}
	var zero T
	for j := range k {
		st.buf[j] = zero // let the garbage collector have them
	}
	st.buf = st.buf[k:]
	st.base = low
	if len(st.buf) == 0 {
		st.buf = st.buf[:0:0]
	}
}
