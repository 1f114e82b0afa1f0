package futures

import (
	"context"
	"fmt"
	"log"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// State is where a Future is in its life: Pending → Running → Finished, or
// Pending → Cancelled.
type State int32

// The states of a Future, as Python names them.
const (
	Pending State = iota
	Running
	Cancelled
	Finished
)

// String yields Python's lower-case state name.
func (s State) String() string {
	switch s {
	case Pending:
		return "pending"
	case Running:
		return "running"
	case Cancelled:
		return "cancelled"
	case Finished:
		return "finished"
	}
	return fmt.Sprintf("State(%d)", int32(s))
}

// NoTimeout, or any negative duration, makes a wait unbounded (Python's
// timeout=None). A zero timeout only polls.
const NoTimeout time.Duration = -1

var futureIDs atomic.Uint64

// Future is the eventual result of one task: a value of type T or an error.
// It is safe for concurrent use. Executors create futures; NewFuture and the
// Set methods are for code that implements its own executor (and for tests).
type Future[T any] struct {
	id    uint64
	state atomic.Int32 // a State; written under mu, read without it

	mu        sync.Mutex
	done      chan struct{} // made on first wait, closed on completion
	value     T
	err       error
	callbacks []func(*Future[T])
	waiters   []chan<- *Future[T] // Wait / AsCompleted; buffered, never block
}

// NewFuture yields a pending future with a fresh id.
func NewFuture[T any]() *Future[T] {
	return &Future[T]{id: futureIDs.Add(1)}
}

// ID yields the future's process-wide sequence number, which String shows
// where Python shows the object's address.
func (f *Future[T]) ID() uint64 { return f.id }

// State yields the current state.
func (f *Future[T]) State() State { return State(f.state.Load()) }

func (f *Future[T]) final() bool {
	s := f.State()
	return s == Cancelled || s == Finished
}

// closed is the done channel of futures completed before anyone waited.
var closed = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// doneChan yields a channel closed at completion, made on demand so that
// futures nobody waits on before they finish cost no channel.
func (f *Future[T]) doneChan() chan struct{} {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done == nil {
		if f.final() {
			return closed
		}
		f.done = make(chan struct{})
	}
	return f.done
}

// String yields Python's repr with the id for the address:
// "<Future at #7 state=pending>", "<Future at #7 state=finished returned int>",
// "<Future at #7 state=finished raised *futures.PanicError>".
func (f *Future[T]) String() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.State() == Finished {
		if f.err != nil {
			return fmt.Sprintf("<Future at #%d state=finished raised %T>", f.id, f.err)
		}
		return fmt.Sprintf("<Future at #%d state=finished returned %T>", f.id, any(f.value))
	}
	return fmt.Sprintf("<Future at #%d state=%s>", f.id, f.State())
}

// Cancel cancels the future if it is still pending and yields true; it yields
// false once the task is running or finished. Cancelling an already
// cancelled future yields true.
func (f *Future[T]) Cancel() bool {
	f.mu.Lock()
	switch f.State() {
	case Running, Finished:
		f.mu.Unlock()
		return false
	case Cancelled:
		f.mu.Unlock()
		return true
	}
	f.state.Store(int32(Cancelled))
	f.complete() // unlocks
	return true
}

// Cancelled reports whether the future was cancelled.
func (f *Future[T]) Cancelled() bool { return f.State() == Cancelled }

// Running reports whether the task is running now.
func (f *Future[T]) Running() bool { return f.State() == Running }

// Done reports whether the future was cancelled or finished.
func (f *Future[T]) Done() bool { return f.final() }

// Wait blocks until the future is done or the timeout passes, and reports
// whether it is done.
func (f *Future[T]) Wait(timeout time.Duration) bool {
	return f.wait(timeout) == nil
}

// wait is Wait that says why it gave up: ErrTimeout, or ErrInterrupted.
func (f *Future[T]) wait(timeout time.Duration) error {
	if f.final() {
		return nil
	}
	if timeout == 0 {
		return ErrTimeout
	}
	done := f.doneChan()
	var expired <-chan time.Time
	if timeout > 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	intr, mine := interruption()
	for {
		select {
		case <-done:
			return nil
		case <-expired:
			return ErrTimeout
		case <-intr:
			if mine() {
				return ErrInterrupted
			}
			intr = nil // not the interrupted cell's goroutine: wait on
		}
	}
}

// DoneChan yields a channel closed when the future is done, for select.
func (f *Future[T]) DoneChan() <-chan struct{} { return f.doneChan() }

// Result waits and yields the task's value, or its error, ErrCancelled,
// or ErrTimeout. The timeout is optional, as Python's keyword: Result()
// waits as long as it takes, Result(time.Second) at most a second (only the
// first timeout counts).
func (f *Future[T]) Result(timeout ...time.Duration) (T, error) {
	if err := f.wait(optTimeout(timeout)); err != nil {
		var zero T
		return zero, err
	}
	return f.outcome()
}

// ResultContext is Result bounded by a context instead of a timeout; it
// yields ctx.Err() if the context ends first.
func (f *Future[T]) ResultContext(ctx context.Context) (T, error) {
	select {
	case <-f.doneChan():
		return f.outcome()
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// Exception waits and yields the task's error (nil if it returned
// normally) as taskErr; err is ErrCancelled or ErrTimeout when there is no
// outcome to report, like Python's exception() raising. The timeout is
// optional, as for Result.
func (f *Future[T]) Exception(timeout ...time.Duration) (taskErr error, err error) {
	if err := f.wait(optTimeout(timeout)); err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.State() == Cancelled {
		return nil, ErrCancelled
	}
	return f.err, nil
}

func optTimeout(timeout []time.Duration) time.Duration {
	if len(timeout) == 0 {
		return NoTimeout
	}
	return timeout[0]
}

func (f *Future[T]) outcome() (T, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.State() == Cancelled {
		var zero T
		return zero, ErrCancelled
	}
	return f.value, f.err
}

// AddDoneCallback arranges for fn(f) to run when the future is done; if it
// is done already, fn runs now, in the caller's goroutine. Otherwise it runs
// in the goroutine that completes the future, in the order added. A panic in
// fn is logged and ignored, as Python does with a raising callback.
func (f *Future[T]) AddDoneCallback(fn func(*Future[T])) {
	f.mu.Lock()
	if !f.final() {
		f.callbacks = append(f.callbacks, fn)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	f.invoke(fn)
}

func (f *Future[T]) invoke(fn func(*Future[T])) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("futures: exception calling callback for %v: %v\n%s", f, r, debug.Stack())
		}
	}()
	fn(f)
}

// SetRunningOrNotifyCancel moves a pending future to Running and yields
// true, or yields false if it was cancelled (the executor then skips the
// task). It is for executors; on a future that is already running or
// finished it yields false too.
func (f *Future[T]) SetRunningOrNotifyCancel() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.State() == Pending {
		f.state.Store(int32(Running))
		return true
	}
	return false
}

// SetResult finishes the future with a value; it yields ErrInvalidState if
// the future is already done.
func (f *Future[T]) SetResult(v T) error { return f.finish(v, nil) }

// SetException finishes the future with an error (a nil err is recorded as
// a normal zero result); it yields ErrInvalidState if the future is done.
func (f *Future[T]) SetException(err error) error {
	var zero T
	return f.finish(zero, err)
}

func (f *Future[T]) finish(v T, err error) error {
	f.mu.Lock()
	if f.final() {
		f.mu.Unlock()
		return fmt.Errorf("%w: %v", ErrInvalidState, f)
	}
	f.value, f.err = v, err
	f.state.Store(int32(Finished))
	f.complete()
	return nil
}

// complete is called with f.mu held once the state became final: it wakes
// waiters, unlocks, and runs the callbacks.
func (f *Future[T]) complete() {
	if f.done != nil {
		close(f.done)
	}
	for _, w := range f.waiters {
		w <- f
	}
	f.waiters = nil
	cbs := f.callbacks
	f.callbacks = nil
	f.mu.Unlock()
	for _, cb := range cbs {
		f.invoke(cb)
	}
}

// addWaiter registers w to receive f when it completes and reports false;
// if f is done already it reports true and registers nothing.
func (f *Future[T]) addWaiter(w chan<- *Future[T]) (done bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.final() {
		return true
	}
	f.waiters = append(f.waiters, w)
	return false
}

func (f *Future[T]) removeWaiter(w chan<- *Future[T]) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, x := range f.waiters {
		if x == w {
			f.waiters = append(f.waiters[:i], f.waiters[i+1:]...)
			return
		}
	}
}

// failed reports whether f finished with an error (not cancelled).
func (f *Future[T]) failed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.State() == Finished && f.err != nil
}

// runTask executes fn as f's task if f was not cancelled, turning a panic into a
// *PanicError carrying the stack.
func (f *Future[T]) runTask(fn func() (T, error)) {
	if !f.SetRunningOrNotifyCancel() {
		return
	}
	v, err := protect(fn)
	f.finish(v, err)
}

func protect[T any](fn func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	return fn()
}
