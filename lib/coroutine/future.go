package coroutine

// Future is the eventual result of an asynchronous operation on a Loop
// (asyncio.Future). A task is a Future whose result is set by a coroutine:
// [CreateTask] returns one. Futures belong to one loop and, like it, are
// used only from its tasks and callbacks.
type Future[T any] struct {
	loop      *Loop
	done      bool
	cancelled bool
	val       T
	err       error
	callbacks []func()
	task      *task  // set for a task's future
	onCancel  func() // releases what the future was waiting on
}

// NewFuture returns a pending future on l (loop.create_future).
func NewFuture[T any](l *Loop) *Future[T] {
	return &Future[T]{loop: l}
}

// Done reports whether the future has a result, an error, or was cancelled.
func (f *Future[T]) Done() bool { return f != nil && f.done }

// Cancelled reports whether the future was cancelled.
func (f *Future[T]) Cancelled() bool { return f != nil && f.cancelled }

// Result returns the future's value and error: ErrCancelled if it was
// cancelled, ErrInvalidState while it is pending.
func (f *Future[T]) Result() (T, error) {
	var zero T
	switch {
	case f == nil:
		return zero, ErrNoLoop
	case !f.done:
		return zero, ErrInvalidState
	case f.cancelled:
		return zero, ErrCancelled
	}
	return f.val, f.err
}

// SetResult completes the future with v and schedules its callbacks. It
// fails with ErrInvalidState if the future is done or is a task's.
func (f *Future[T]) SetResult(v T) error {
	if f == nil || f.done || f.task != nil {
		return ErrInvalidState
	}
	f.finish(v, nil)
	return nil
}

// SetError completes the future with err (set_exception).
func (f *Future[T]) SetError(err error) error {
	if f == nil || f.done || f.task != nil || err == nil {
		return ErrInvalidState
	}
	var zero T
	f.finish(zero, err)
	return nil
}

// Cancel cancels the future and schedules its callbacks; for a task, it
// asks the task to stop: ErrCancelled is raised at the point where it
// awaits. It reports false if the future is already done.
func (f *Future[T]) Cancel() bool {
	if f == nil {
		return false
	}
	return f.cancel()
}

func (f *Future[T]) cancel() bool {
	if f.done {
		return false
	}
	if f.task != nil {
		return f.task.cancel()
	}
	f.markCancelled()
	return true
}

func (f *Future[T]) markCancelled() {
	var zero T
	f.cancelled = true
	if f.onCancel != nil {
		f.onCancel()
	}
	f.finish(zero, ErrCancelled)
}

// AddDoneCallback arranges for fn to run on the loop once the future is
// done (right away, on the next round, if it already is).
func (f *Future[T]) AddDoneCallback(fn func()) {
	if f == nil || fn == nil {
		return
	}
	f.onDone(fn)
}

func (f *Future[T]) onDone(fn func()) {
	if f.done {
		f.loop.CallSoon(fn)
		return
	}
	f.callbacks = append(f.callbacks, fn)
}

func (f *Future[T]) finish(v T, err error) {
	f.done = true
	f.val, f.err = v, err
	cbs := f.callbacks
	f.callbacks = nil
	for _, fn := range cbs {
		f.loop.CallSoon(fn)
	}
}
