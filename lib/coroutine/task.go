package coroutine

import (
	"errors"
	"time"
)

// task drives one coroutine on the loop. Its coroutine is a Generator that
// yields nothing but control: it suspends in Await and is resumed by a
// callback, with ErrCancelled thrown in when the task is cancelled.
type task struct {
	loop       *Loop
	gen        interface{ Close() error }
	next       func() error // resumes the coroutine
	throw      func(error) error
	y          *Yielder[struct{}, struct{}]
	done       bool
	mustCancel bool
	waitingOn  interface{ cancel() bool }
	wakeGen    uint64 // invalidates wake-ups meant for an earlier suspension
	finish     func(error)
}

// CreateTask starts fn as a new task on l and returns its future
// (asyncio.create_task). The task first runs when the current one awaits.
// Its result is what fn returns; a task whose fn returns ErrCancelled (or
// lets the cancellation propagate) ends up cancelled.
func CreateTask[T any](l *Loop, fn func(l *Loop) (T, error)) *Future[T] {
	f := NewFuture[T](l)
	if l == nil || fn == nil {
		f.done, f.err = true, ErrNoLoop
		return f
	}
	t := &task{loop: l}
	g := New(func(y *Yielder[struct{}, struct{}]) (T, error) {
		t.y = y
		return fn(l)
	})
	t.gen = g
	t.next = func() error { _, err := g.Next(); return err }
	t.throw = func(e error) error { _, err := g.Throw(e); return err }
	t.finish = func(err error) {
		switch {
		case errors.Is(err, ErrStopIteration) && err != ErrRaisedStop:
			f.finish(g.Result(), nil)
		case errors.Is(err, ErrCancelled):
			f.markCancelled()
		default:
			f.finish(*new(T), err)
		}
	}
	f.task = t
	l.tasks[t] = struct{}{}
	l.CallSoon(t.waker())
	return f
}

// waker returns the callback that resumes the task from its current
// suspension, and only from that one.
func (t *task) waker() func() {
	gen := t.wakeGen
	return func() {
		if t.wakeGen == gen && !t.done {
			t.step()
		}
	}
}

// step resumes the coroutine until it next awaits or finishes.
func (t *task) step() {
	l := t.loop
	prev := l.current
	l.current = t
	var err error
	if t.mustCancel {
		t.mustCancel = false
		err = t.throw(ErrCancelled)
	} else {
		err = t.next()
	}
	l.current = prev
	if err != nil {
		t.done = true
		delete(l.tasks, t)
		t.finish(err)
	}
}

// suspend gives control back to the loop until a waker fires.
func (t *task) suspend() error {
	_, err := t.y.YieldErr(struct{}{})
	t.wakeGen++
	return err
}

// cancel follows asyncio's Task.cancel: cancel what the task awaits if that
// works, otherwise raise ErrCancelled in it when it next runs.
func (t *task) cancel() bool {
	if t.done {
		return false
	}
	if t.waitingOn != nil && t.waitingOn.cancel() {
		return true
	}
	t.mustCancel = true
	return true
}

// currentTask returns the task calling into the loop, or an error.
func (l *Loop) currentTask() (*task, error) {
	if l == nil {
		return nil, ErrNoLoop
	}
	if l.current == nil {
		return nil, ErrNotInTask
	}
	return l.current, nil
}

// Await suspends the calling task until f is done and returns its result
// (`await f`). If the task is cancelled meanwhile, Await returns
// ErrCancelled (and cancels f, as asyncio does). Awaiting a future that is
// already done returns at once without yielding to other tasks.
//
// Await, Sleep, Gather and WaitFor suspend the task's own coroutine, so they
// must be called from the task's function (or functions it calls), not from
// inside the body of a Generator that the task is running.
func Await[T any](l *Loop, f *Future[T]) (T, error) {
	var zero T
	t, err := l.currentTask()
	if err != nil {
		return zero, err
	}
	if f == nil {
		return zero, ErrNoLoop
	}
	if f.loop != l {
		return zero, ErrOtherLoop
	}
	if f.task == t {
		return zero, ErrAwaitSelf
	}
	if !f.done {
		f.onDone(t.waker())
		t.waitingOn = f
		if t.mustCancel && f.cancel() {
			t.mustCancel = false
		}
		err := t.suspend()
		t.waitingOn = nil
		if err != nil {
			return zero, err
		}
	}
	return f.Result()
}

// Sleep suspends the calling task for d (asyncio.sleep); d <= 0 just lets
// the other ready tasks run once. It returns ErrCancelled if the task is
// cancelled while it sleeps.
func (l *Loop) Sleep(d time.Duration) error {
	t, err := l.currentTask()
	if err != nil {
		return err
	}
	if d <= 0 {
		l.CallSoon(t.waker())
		return t.suspend()
	}
	f := NewFuture[struct{}](l)
	tm := l.callLater(d, func() { f.SetResult(struct{}{}) })
	f.onCancel = tm.cancel
	_, err = Await(l, f)
	return err
}

// Gather waits for all of fs and returns their results in order
// (asyncio.gather). The first error (ErrCancelled for a cancelled future)
// is returned as soon as it happens; the others keep running. Cancelling
// the task that waits in Gather cancels all of fs.
func Gather[T any](l *Loop, fs ...*Future[T]) ([]T, error) {
	if _, err := l.currentTask(); err != nil {
		return nil, err
	}
	results := make([]T, len(fs))
	if len(fs) == 0 {
		return results, nil
	}
	for _, f := range fs {
		if f == nil {
			return nil, ErrNoLoop
		}
		if f.loop != l {
			return nil, ErrOtherLoop
		}
	}
	outer := NewFuture[[]T](l)
	remaining := len(fs)
	for i, f := range fs {
		f.onDone(func() {
			if outer.done {
				return
			}
			v, err := f.Result()
			if err != nil {
				outer.SetError(err)
				return
			}
			results[i] = v
			if remaining--; remaining == 0 {
				outer.SetResult(results)
			}
		})
	}
	outer.onCancel = func() {
		for _, f := range fs {
			f.cancel()
		}
	}
	return Await(l, outer)
}

// WaitFor waits for f at most timeout (asyncio.wait_for): it returns f's
// result if f finishes in time; otherwise it cancels f, waits for the
// cancellation to take effect, and returns ErrTimeout. If the calling task
// is cancelled meanwhile, f is cancelled too and WaitFor returns
// ErrCancelled.
func WaitFor[T any](l *Loop, f *Future[T], timeout time.Duration) (T, error) {
	var zero T
	if _, err := l.currentTask(); err != nil {
		return zero, err
	}
	if f == nil {
		return zero, ErrNoLoop
	}
	if f.loop != l {
		return zero, ErrOtherLoop
	}
	if f.done {
		return f.Result()
	}
	if timeout > 0 {
		waiter := NewFuture[struct{}](l)
		tm := l.callLater(timeout, func() { waiter.SetResult(struct{}{}) })
		waiter.onCancel = tm.cancel
		f.onDone(func() { waiter.SetResult(struct{}{}) })
		_, err := Await(l, waiter)
		tm.cancel()
		if err != nil {
			f.cancel()
			return zero, err
		}
		if f.done {
			return f.Result()
		}
	}
	// Timed out: cancel f and wait until it has really stopped; a task that
	// finishes anyway keeps its result, as in asyncio.
	f.cancel()
	if !f.done {
		if _, err := Await(l, f); err != nil && !errors.Is(err, ErrCancelled) && !f.done {
			return zero, err
		}
	}
	v, err := f.Result()
	if errors.Is(err, ErrCancelled) {
		return zero, ErrTimeout
	}
	return v, err
}
