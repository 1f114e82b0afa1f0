package coroutine

import "fmt"

// ToThread runs fn on a new goroutine and returns a future for its result
// that tasks can await without blocking the loop (asyncio.to_thread). It is
// the bridge from the cooperative loop to real parallelism: the loop keeps
// running other tasks while fn works. A panic in fn becomes the future's
// error instead of crashing the process. Cancelling the future does not stop
// fn; its result is dropped. Under RunVirtual, fn takes real time while the
// virtual clock does not wait for it.
func ToThread[T any](l *Loop, fn func() (T, error)) *Future[T] {
	f := NewFuture[T](l)
	if l == nil || fn == nil {
		f.done, f.err = true, ErrNoLoop
		return f
	}
	l.external++
	go func() {
		v, err := callRecovering(fn)
		l.post(func() {
			l.external--
			if !f.done {
				f.finish(v, err)
			}
		})
	}()
	return f
}

func callRecovering[T any](fn func() (T, error)) (v T, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("coroutine: panic in ToThread function: %v", p)
		}
	}()
	return fn()
}
