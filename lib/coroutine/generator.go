package coroutine

import (
	"errors"
	"iter"
	"reflect"
	"runtime"
	"sync/atomic"
)

// Generator is a Python-style generator: a body that yields values of type Y,
// receives values of type S each time it is resumed, and returns a value of
// type R when it finishes. Make one with [New].
//
// A Generator is not meant to be resumed from two goroutines at once; if that
// happens, the second caller gets ErrAlreadyRunning instead of a data race.
type Generator[Y, S, R any] struct {
	c *core[Y, S, R]
}

// core is everything the body's coroutine touches. It never points back to
// the Generator handle, so an abandoned handle becomes garbage and its
// cleanup can stop the coroutine (see New).
type core[Y, S, R any] struct {
	state   int32 // a State, only through sync/atomic functions (intrinsics even in generic code, where atomic.Int32 methods were calls)
	next    func() (Y, bool)
	stop    func()
	body    func(*Yielder[Y, S]) (R, error)
	y       Yielder[Y, S]
	result  R
	err     error // what the body returned or raised
	iterErr error // the error that ended the last All loop
}

// New returns a generator that will run body when it is first resumed. The
// body yields with the *Yielder it is given and finishes by returning a
// result (reported as a *StopIteration carrying it) or an error (reported as
// is, like an exception propagating out of a Python generator).
//
// A generator that is dropped while suspended is closed when it is garbage
// collected: Yield unwinds with ErrGeneratorExit on the coroutine and the
// body's deferred calls run, so no goroutine is left behind.
func New[Y, S, R any](body func(y *Yielder[Y, S]) (R, error)) *Generator[Y, S, R] {
	c := &core[Y, S, R]{body: body}
	c.next, c.stop = iter.Pull(c.run)
	g := &Generator[Y, S, R]{c: c}
	runtime.AddCleanup(g, (*core[Y, S, R]).abandon, c)
	return g
}

// run is the body's coroutine: the iter.Seq handed to iter.Pull.
func (c *core[Y, S, R]) run(yield func(Y) bool) {
	c.y.yield = yield
	// However the body ends, even by panicking (which next then
	// propagates), the generator is over.
	defer atomic.StoreInt32(&c.state, int32(GenClosed))
	defer c.y.recoverUnwind(&c.err)
	if c.body == nil {
		c.err = ErrNilBody
		return
	}
	c.result, c.err = c.body(&c.y)
}

// abandon runs as the cleanup of a garbage Generator. It stops the coroutine
// on a fresh goroutine so that a body's deferred calls never block the
// runtime's cleanup goroutine, and swallows whatever they panic with, since
// nobody is left to report it to.
func (c *core[Y, S, R]) abandon() {
	switch State(atomic.LoadInt32(&c.state)) {
	case GenCreated, GenSuspended:
		go func() {
			defer func() { _ = recover() }()
			// The suspended Yield or YieldErr unwinds or returns
			// with ErrGeneratorExit.
			c.y.thrown = ErrGeneratorExit
			c.stop()
		}()
	}
}

// resume runs the body until its next yield or its end.
func (c *core[Y, S, R]) resume(st State, s S, thrown error) (Y, error) {
	var zero Y
	switch st {
	case GenRunning:
		return zero, ErrAlreadyRunning
	case GenClosed:
		if thrown != nil {
			return zero, thrown
		}
		return zero, ErrStopIteration
	}
	if !atomic.CompareAndSwapInt32(&c.state, int32(st), int32(GenRunning)) {
		return zero, ErrAlreadyRunning
	}
	c.y.sent, c.y.thrown = s, thrown
	v, ok := c.next()
	var zeroS S
	c.y.sent = zeroS
	if ok {
		atomic.StoreInt32(&c.state, int32(GenSuspended))
		return v, nil
	}
	return c.ended()
}

// ended marks the generator closed after its body has finished and reports
// how it ended.
func (c *core[Y, S, R]) ended() (Y, error) {
	atomic.StoreInt32(&c.state, int32(GenClosed))
	var zero Y
	return zero, c.finished()
}

// finished reports how the body ended, as the resuming call sees it.
func (c *core[Y, S, R]) finished() error {
	switch {
	case c.err == nil:
		return &StopIteration{Value: any(c.result)}
	case errors.Is(c.err, ErrStopIteration):
		return ErrRaisedStop
	}
	return c.err
}

// Next resumes the generator and returns the next value it yields; it is
// Send with the zero value of S (Python's next(g), which sends None).
// When the body returns, Next reports a *StopIteration carrying the result;
// after that it reports ErrStopIteration. An error the body returns or
// raises is reported once, and the generator is then closed.
func (g *Generator[Y, S, R]) Next() (Y, error) {
	var s S
	if g != nil {
		c := g.c
		if atomic.CompareAndSwapInt32(&c.state, int32(GenSuspended), int32(GenRunning)) {
			c.y.sent = s
			if c.y.thrown != nil {
				c.y.thrown = nil
			}
			if y, ok := c.next(); ok {
				atomic.StoreInt32(&c.state, int32(GenSuspended))
				return y, nil
			}
			return c.ended()
		}
		return c.resume(State(atomic.LoadInt32(&c.state)), s, nil)
	}
	var zero Y
	return zero, ErrNilGenerator
}

// Send resumes the generator so that the suspended Yield returns v, and
// returns the next value it yields (Python's g.send(v)). A generator that has
// not started accepts only the zero value (ErrJustStarted otherwise).
//
// A Send to a suspended generator is one runtime coroutine switch into the
// body and one back, guarded by one compare-and-swap and one store of the
// state; everything else is on sendSlow.
func (g *Generator[Y, S, R]) Send(v S) (Y, error) {
	if g != nil {
		c := g.c
		if atomic.CompareAndSwapInt32(&c.state, int32(GenSuspended), int32(GenRunning)) {
			c.y.sent = v
			if c.y.thrown != nil {
				c.y.thrown = nil
			}
			y, ok := c.next()
			var zeroS S
			c.y.sent = zeroS // do not keep it alive
			if ok {
				atomic.StoreInt32(&c.state, int32(GenSuspended))
				return y, nil
			}
			return c.ended()
		}
	}
	return g.sendSlow(v)
}

// sendSlow is Send to a nil, new, running or closed generator.
func (g *Generator[Y, S, R]) sendSlow(v S) (Y, error) {
	var zero Y
	if g == nil {
		return zero, ErrNilGenerator
	}
	st := State(atomic.LoadInt32(&g.c.state))
	if st == GenCreated && !isZero(v) {
		return zero, ErrJustStarted
	}
	return g.c.resume(st, v, nil)
}

// Throw raises err inside the body at the suspended yield (Python's
// g.throw(err)) and returns the next value the body yields if it handles
// err. If the body lets err propagate, Throw returns it. A generator that
// has not started is closed without running its body, and Throw returns err.
func (g *Generator[Y, S, R]) Throw(err error) (Y, error) {
	var zero Y
	if g == nil {
		return zero, ErrNilGenerator
	}
	if err == nil {
		return zero, ErrNilThrow
	}
	c := g.c
	if atomic.CompareAndSwapInt32(&c.state, int32(GenCreated), int32(GenClosed)) {
		c.stop()
		return zero, err
	}
	var s S
	return c.resume(State(atomic.LoadInt32(&c.state)), s, err)
}

// Close raises ErrGeneratorExit inside the body at the suspended yield
// (Python's g.close()). It returns nil if the body lets it propagate or
// returns; ErrIgnoredExit if the body yields again (the generator stays
// suspended there); any other error the body returns. Closing a generator
// that has not started or has finished does nothing.
func (g *Generator[Y, S, R]) Close() error {
	if g == nil {
		return ErrNilGenerator
	}
	c := g.c
	if atomic.CompareAndSwapInt32(&c.state, int32(GenCreated), int32(GenClosed)) {
		c.stop()
		return nil
	}
	if State(atomic.LoadInt32(&c.state)) == GenClosed {
		return nil
	}
	var s S
	_, err := c.resume(State(atomic.LoadInt32(&c.state)), s, ErrGeneratorExit)
	switch {
	case err == nil:
		return ErrIgnoredExit
	case errors.Is(err, ErrGeneratorExit):
		return nil
	case errors.Is(err, ErrStopIteration) && err != ErrRaisedStop:
		return nil
	}
	return err
}

// State returns the generator's state (inspect.getgeneratorstate).
func (g *Generator[Y, S, R]) State() State {
	if g == nil {
		return GenClosed
	}
	return State(atomic.LoadInt32(&g.c.state))
}

// Result returns what the body returned, once it has finished (the value of
// the StopIteration that ended it); until then, and if the body ended with an
// error, it returns the zero value.
func (g *Generator[Y, S, R]) Result() R {
	var zero R
	if g == nil || State(atomic.LoadInt32(&g.c.state)) != GenClosed || g.c.err != nil {
		return zero
	}
	return g.c.result
}

// All returns the generator as an iterator: each step is a Next. Breaking
// out of the loop closes the generator. An error other than StopIteration
// ends the loop and is then available from Err.
func (g *Generator[Y, S, R]) All() iter.Seq[Y] {
	return func(yield func(Y) bool) {
		if g == nil {
			return
		}
		g.c.iterErr = nil
		for {
			v, err := g.Next()
			if err != nil {
				if !errors.Is(err, ErrStopIteration) || err == ErrRaisedStop {
					g.c.iterErr = err
				}
				return
			}
			if !yield(v) {
				if err := g.Close(); err != nil {
					g.c.iterErr = err
				}
				return
			}
		}
	}
}

// Err returns the error that ended the last loop over All, or nil if it ended
// by exhaustion or by break.
func (g *Generator[Y, S, R]) Err() error {
	if g == nil {
		return ErrNilGenerator
	}
	return g.c.iterErr
}

// isZero reports whether v is its type's zero value, for any type (even one
// that == cannot compare).
func isZero[T any](v T) bool {
	if a := any(v); a == nil {
		return true
	}
	return reflect.ValueOf(&v).Elem().IsZero()
}
