package coroutine

import (
	"errors"
	"iter"
)

// Yielder is what a generator's body uses to yield values of type Y and
// receive values of type S. It is valid only inside the body it was given to,
// on the body's own coroutine.
type Yielder[Y, S any] struct {
	yield     func(Y) bool
	sent      S
	thrown    error
	exit      error // what the unwinding Yield raises (see errYieldUnwind)
	unwinding bool
}

var errYieldOutside = errors.New("coroutine: Yield called outside a generator body")

// unwind is the panic value Raise uses to end the body with an error; the
// body's coroutine recovers it (recoverUnwind), so it never escapes to the
// caller.
type unwind struct{ err error }

// errYieldUnwind is the panic value Yield uses to end the body with what was
// thrown in (ErrGeneratorExit for Close and for an abandoned generator),
// which it leaves in Yielder.exit; a non-nil exit also tells recoverUnwind
// that the panic is ours. Only a Yielder used after its body ended, or a
// body that recovers panics itself, ever sees it.
var errYieldUnwind any = errors.New("coroutine: Yield unwinding a generator body after Throw or Close (or called outside a generator body)")

// Yield suspends the body, handing v to whoever resumed the generator, and
// returns the value sent when it is resumed (the zero value for Next).
// If the generator is resumed with Throw or Close, Yield does not return:
// the body ends with that error, running its deferred calls, like a Python
// exception that the body does not catch. Use YieldErr to catch it.
func (y *Yielder[Y, S]) Yield(v Y) S {
	// Yield is kept within the inlining budget, so that it is inlined
	// into the body: a call frame between the body and the coroutine
	// switch costs a mispredicted return on every round trip (the switch
	// changes stacks under the CPU's return predictor).
	if y.yield(v) && y.thrown == nil {
		return y.sent
	}
	y.exit = y.thrown
	panic(errYieldUnwind)
}

// YieldErr is Yield for a body that handles what is thrown at it: it returns
// the sent value, or the error given to Throw (ErrGeneratorExit for Close).
// A body that keeps yielding after ErrGeneratorExit makes Close fail with
// ErrIgnoredExit.
func (y *Yielder[Y, S]) YieldErr(v Y) (S, error) {
	var zero S
	if y == nil || y.yield == nil {
		return zero, errYieldOutside
	}
	if !y.yield(v) {
		// The generator was abandoned and is being stopped.
		return zero, ErrGeneratorExit
	}
	if err := y.thrown; err != nil {
		return zero, err
	}
	return y.sent, nil
}

// Raise ends the body with err, as if the body had returned err; deferred
// calls run on the way out. It is how a helper deep inside the body raises.
// Raise(nil) ends the body as if it had returned its zero result.
func (y *Yielder[Y, S]) Raise(err error) {
	y.unwinding = true
	panic(unwind{err})
}

// recoverUnwind turns an unwinding Yield or Raise into the body's error. It
// recovers only when an unwind is known to be in flight, so a genuine panic
// keeps going to the caller of Next.
func (y *Yielder[Y, S]) recoverUnwind(errp *error) {
	if !y.unwinding && y.exit == nil {
		return
	}
	y.unwinding = false
	p := recover()
	if p == errYieldUnwind {
		*errp, y.exit = y.exit, nil
		return
	}
	if u, ok := p.(unwind); ok {
		*errp = u.err
		return
	}
	if p != nil {
		panic(p)
	}
}

// YieldSeq yields every value of seq (Python's `yield from iterable` for an
// iterable that is not a generator). Sent values are discarded; a Throw or
// Close stops seq and then raises in the body as Yield does.
func (y *Yielder[Y, S]) YieldSeq(seq iter.Seq[Y]) {
	if err := y.YieldSeqErr(seq); err != nil {
		y.Raise(err)
	}
}

// YieldSeqErr is YieldSeq that returns what was thrown (ErrGeneratorExit for
// Close) instead of raising it; seq has been stopped by then.
func (y *Yielder[Y, S]) YieldSeqErr(seq iter.Seq[Y]) error {
	if seq == nil {
		return nil
	}
	var err error
	for v := range seq {
		if _, err = y.YieldErr(v); err != nil {
			break
		}
	}
	return err
}

// YieldFrom delegates to sub (PEP 380, `r = yield from sub`): the values sub
// yields pass out through y, values sent and errors thrown into the outer
// generator pass into sub, closing the outer generator closes sub, and the
// value sub returns is YieldFrom's result. An error sub raises is raised in
// the body, as Yield does; use YieldFromErr to handle it.
func YieldFrom[Y, S, R any](y *Yielder[Y, S], sub *Generator[Y, S, R]) R {
	r, err := YieldFromErr(y, sub)
	if err != nil {
		y.Raise(err)
	}
	return r
}

// YieldFromErr is YieldFrom that returns the error sub raised (or the
// ErrGeneratorExit of closing the outer generator) instead of raising it.
func YieldFromErr[Y, S, R any](y *Yielder[Y, S], sub *Generator[Y, S, R]) (R, error) {
	var zero R
	if sub == nil {
		return zero, ErrNilGenerator
	}
	v, err := sub.Next()
	for {
		if err != nil {
			var stop *StopIteration
			if errors.As(err, &stop) && err != ErrRaisedStop {
				r, _ := stop.Value.(R)
				return r, nil
			}
			if err == ErrStopIteration {
				// sub was already exhausted: Python's value is None.
				return zero, nil
			}
			return zero, err
		}
		s, yerr := y.YieldErr(v)
		if yerr != nil {
			if errors.Is(yerr, ErrGeneratorExit) {
				if cerr := sub.Close(); cerr != nil {
					return zero, cerr
				}
				return zero, yerr
			}
			v, err = sub.Throw(yerr)
			continue
		}
		v, err = sub.Send(s)
	}
}

// FromSeq returns a generator that yields the values of seq, so an ordinary
// iterator can be used where a generator is expected (for example with
// YieldFrom). Sent values are discarded; Close and Throw stop seq.
func FromSeq[Y any](seq iter.Seq[Y]) *Generator[Y, any, any] {
	return New(func(y *Yielder[Y, any]) (any, error) {
		return nil, y.YieldSeqErr(seq)
	})
}
