package futures

import (
	"errors"
	"fmt"
	"runtime"
)

var (
	errNilFunc     = errors.New("futures: nil function")
	errNilExecutor = errors.New("futures: nil executor")
)

// ThreadPoolExecutor runs tasks on up to MaxWorkers goroutines, started on
// demand. Go has no GIL: CPU-bound tasks run in parallel on all cores.
type ThreadPoolExecutor struct {
	q           queue
	initializer func() error
}

// Option configures an executor.
type Option func(*options)

type options struct {
	initializer func() error
	launcher    Launcher
	resolve     func(fn any) (string, bool)
	maxTasks    int
}

// WithInitializer runs fn at the start of every worker: every goroutine of a
// ThreadPoolExecutor, every process of a ProcessPoolExecutor (there fn must
// be registered, and runs in the worker process). If it returns an error or
// panics, the pool is broken: queued tasks and later submissions fail with
// a *BrokenPoolError (Python's BrokenThreadPool / BrokenProcessPool).
func WithInitializer(fn func() error) Option {
	return func(o *options) { o.initializer = fn }
}

// DefaultThreadWorkers yields Python's default max_workers for threads:
// min(32, NumCPU+4).
func DefaultThreadWorkers() int { return min(32, runtime.NumCPU()+4) }

// NewThreadPoolExecutor yields a thread (goroutine) pool of maxWorkers
// workers; 0 means DefaultThreadWorkers. A negative maxWorkers is an error,
// as in Python.
func NewThreadPoolExecutor(maxWorkers int, opts ...Option) (*ThreadPoolExecutor, error) {
	if maxWorkers < 0 {
		return nil, fmt.Errorf("futures: max_workers must be greater than 0, got %d", maxWorkers)
	}
	if maxWorkers == 0 {
		maxWorkers = DefaultThreadWorkers()
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	ex := &ThreadPoolExecutor{initializer: o.initializer}
	ex.q.init(maxWorkers, ex.work)
	return ex, nil
}

// MaxWorkers yields the pool's size.
func (ex *ThreadPoolExecutor) MaxWorkers() int { return ex.q.max }

// Shutdown stops accepting work; with wait it blocks until every queued and
// running task is done. The optional cancelFutures cancels queued tasks.
// `defer ex.Shutdown(true)` is Python's `with ThreadPoolExecutor() as ex:`.
// Calling it again is harmless.
func (ex *ThreadPoolExecutor) Shutdown(wait bool, cancelFutures ...bool) {
	ex.q.close(wait, len(cancelFutures) > 0 && cancelFutures[0])
}

func (ex *ThreadPoolExecutor) push(t task) error {
	if ex == nil {
		return errNilExecutor
	}
	return ex.q.push(t)
}

// work is the body of one worker goroutine.
func (ex *ThreadPoolExecutor) work() {
	if ex.initializer != nil {
		if _, err := protect(func() (struct{}, error) { return struct{}{}, ex.initializer() }); err != nil {
			ex.q.breakPool(&BrokenPoolError{Pool: "thread", Cause: err})
			// Still drain so that Shutdown's wait and next() accounting end.
		}
	}
	for {
		j := ex.q.next()
		if j == nil {
			return
		}
		if err := ex.q.brokenErr(); err != nil {
			j.future().fail(err)
			continue
		}
		j.run()
	}
}
