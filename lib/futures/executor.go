package futures

import "fmt"

// Executor is what Submit and Map schedule work on: a *ThreadPoolExecutor
// or a *ProcessPoolExecutor.
type Executor interface {
	// Shutdown stops accepting work; with wait it blocks until the queued
	// and running tasks are done. cancelFutures (optional, default false,
	// as Python's keyword) cancels the tasks that have not started.
	Shutdown(wait bool, cancelFutures ...bool)
	// MaxWorkers yields the number of goroutines or processes that run tasks.
	MaxWorkers() int

	schedule(j *job, fn any, args [][]any) error
}

// Submit schedules fn(arg) on ex and yields its future. It fails with
// ErrShutdown after Shutdown, with a *BrokenPoolError on a broken thread
// pool, and on a process pool when fn is not registered or arg cannot be
// gob-encoded.
func Submit[A, R any](ex Executor, fn func(A) R, arg A) (*Future[R], error) {
	if fn == nil {
		return nil, errNilFunc
	}
	return submit(ex, fn, [][]any{{arg}}, func() (R, error) { return fn(arg), nil })
}

// SubmitErr is Submit for a function that also returns an error, which
// becomes the future's error.
func SubmitErr[A, R any](ex Executor, fn func(A) (R, error), arg A) (*Future[R], error) {
	if fn == nil {
		return nil, errNilFunc
	}
	return submit(ex, fn, [][]any{{arg}}, func() (R, error) { return fn(arg) })
}

// SubmitFunc schedules fn() on ex and yields its future. On a thread pool
// fn may be any closure; on a process pool it must be registered.
func SubmitFunc[R any](ex Executor, fn func() R) (*Future[R], error) {
	if fn == nil {
		return nil, errNilFunc
	}
	return submit(ex, fn, [][]any{{}}, func() (R, error) { return fn(), nil })
}

func submit[R any](ex Executor, fn any, args [][]any, run func() (R, error)) (*Future[R], error) {
	if ex == nil {
		return nil, errNilExecutor
	}
	f := NewFuture[R]()
	j := &job{fut: f, run: func() { f.run(run) }}
	j.deliver = func(outs []outcome, err error) {
		if err == nil && len(outs) != 1 {
			err = fmt.Errorf("futures: worker answered %d results for one call", len(outs))
		}
		if err == nil {
			var v R
			v, err = decodeOne[R](outs[0])
			if err == nil {
				f.finish(v, nil)
				return
			}
		}
		f.fail(err)
	}
	if err := ex.schedule(j, fn, args); err != nil {
		return nil, err
	}
	return f, nil
}
