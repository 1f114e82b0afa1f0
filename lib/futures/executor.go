package futures

import (
	"errors"
	"fmt"
)

// Executor is what Submit and Map schedule work on: a *ThreadPoolExecutor
// or a *ProcessPoolExecutor.
type Executor interface {
	// Shutdown stops accepting work; with wait it blocks until the queued
	// and running tasks are done. cancelFutures (optional, default false,
	// as Python's keyword) cancels the tasks that have not started.
	Shutdown(wait bool, cancelFutures ...bool)
	// MaxWorkers yields the number of goroutines or processes that run tasks.
	MaxWorkers() int

	push(t task) error
}

// task is what an executor queues: a future and, for thread pools, how to
// run it in place. Process pools queue *procTask.
type task interface {
	future() canceller
	run()
}

// canceller is the untyped view of a Future an executor needs.
type canceller interface {
	Cancel() bool
	SetRunningOrNotifyCancel() bool
	fail(err error)
}

func (f *Future[T]) fail(err error) {
	var zero T
	f.finish(zero, err)
}

// schedule queues t on a thread pool, or on a process pool the call that
// proc describes (proc is only called for process pools, so thread pools
// pay nothing for the encoding machinery).
func schedule(ex Executor, t task, proc func() *procTask) error {
	switch ex := ex.(type) {
	case nil:
		return errNilExecutor
	case *ProcessPoolExecutor:
		if ex == nil {
			return errNilExecutor
		}
		return ex.submitProc(proc())
	default:
		return ex.push(t)
	}
}

// Submit schedules fn(arg) on ex and yields its future. It fails with
// ErrShutdown after Shutdown, with a *BrokenPoolError on a broken thread
// pool, and on a process pool when fn is not registered or arg cannot be
// gob-encoded; the future is never nil: on failure it is finished with the
// same error.
func Submit[A, R any](ex Executor, fn func(A) R, arg A) (*Future[R], error) {
	// One allocation holds the future and the call (the hot path of a
	// thread pool); the call's fields are dropped once it ran.
	c := &call1[A, R]{fn: fn, arg: arg}
	c.f.id = futureIDs.Add(1)
	f := &c.f
	if fn == nil {
		return failed(f, errNilFunc)
	}
	err := schedule(ex, c, func() *procTask {
		return &procTask{fut: f, fn: fn, args: [][]any{{arg}}, deliver: deliverOne(f)}
	})
	return failed(f, err)
}

// SubmitNamed is Submit with fn's name for a process pool, whose workers
// look the function up by it, instead of finding it in the Register table
// (on a thread pool the name is unused). A notebook front-end rewrites
// Submit(ex, f, x) to SubmitNamed(ex, "f", f, x) for a function f declared
// in a cell: interpreted functions cannot be told apart by their value.
func SubmitNamed[A, R any](ex Executor, name string, fn func(A) R, arg A) (*Future[R], error) {
	c := &call1[A, R]{fn: fn, arg: arg}
	c.f.id = futureIDs.Add(1)
	f := &c.f
	if fn == nil {
		return failed(f, errNilFunc)
	}
	if name == "" {
		return failed(f, errors.New("futures: SubmitNamed: empty name"))
	}
	err := schedule(ex, c, func() *procTask {
		return &procTask{fut: f, fn: fn, name: name, args: [][]any{{arg}}, deliver: deliverOne(f)}
	})
	return failed(f, err)
}

// SubmitErr is Submit for a function that also returns an error, which
// becomes the future's error.
func SubmitErr[A, R any](ex Executor, fn func(A) (R, error), arg A) (*Future[R], error) {
	f := NewFuture[R]()
	if fn == nil {
		return failed(f, errNilFunc)
	}
	err := schedule(ex, &callErr[A, R]{f, fn, arg}, func() *procTask {
		return &procTask{fut: f, fn: fn, args: [][]any{{arg}}, deliver: deliverOne(f)}
	})
	return failed(f, err)
}

// SubmitFunc schedules fn() on ex and yields its future. On a thread pool
// fn may be any closure; on a process pool it must be registered.
func SubmitFunc[R any](ex Executor, fn func() R) (*Future[R], error) {
	f := NewFuture[R]()
	if fn == nil {
		return failed(f, errNilFunc)
	}
	err := schedule(ex, &call0[R]{f, fn}, func() *procTask {
		return &procTask{fut: f, fn: fn, args: [][]any{{}}, deliver: deliverOne(f)}
	})
	return failed(f, err)
}

// failed yields f and err; if err is not nil, f is finished with it, so
// code that drops the error still finds it in the future, never a nil one.
func failed[R any](f *Future[R], err error) (*Future[R], error) {
	if err != nil {
		f.fail(err)
	}
	return f, err
}

type call1[A, R any] struct {
	f   Future[R]
	fn  func(A) R
	arg A
}

func (c *call1[A, R]) future() canceller { return &c.f }
func (c *call1[A, R]) run() {
	c.f.runTask(func() (R, error) { return c.fn(c.arg), nil })
	// The future outlives the call: let go of what the call held.
	var zero A
	c.fn, c.arg = nil, zero
}

type callErr[A, R any] struct {
	f   *Future[R]
	fn  func(A) (R, error)
	arg A
}

func (c *callErr[A, R]) future() canceller { return c.f }
func (c *callErr[A, R]) run()              { c.f.runTask(func() (R, error) { return c.fn(c.arg) }) }

type call0[R any] struct {
	f  *Future[R]
	fn func() R
}

func (c *call0[R]) future() canceller { return c.f }
func (c *call0[R]) run()              { c.f.runTask(func() (R, error) { return c.fn(), nil }) }

// deliverOne finishes f with the single outcome of a process pool call.
func deliverOne[R any](f *Future[R]) func(outs []outcome, err error) {
	return func(outs []outcome, err error) {
		if err == nil && len(outs) != 1 {
			err = fmt.Errorf("futures: worker answered %d results for one call", len(outs))
		}
		if err == nil {
			var v R
			if v, err = decodeOne[R](outs[0]); err == nil {
				f.finish(v, nil)
				return
			}
		}
		f.fail(err)
	}
}
