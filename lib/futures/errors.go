package futures

import (
	"errors"
	"fmt"
)

// ErrTimeout is returned when a wait ran out of time (Python's TimeoutError).
var ErrTimeout = errors.New("futures: timeout")

// ErrCancelled is returned by Result and Exception of a cancelled future
// (Python's CancelledError).
var ErrCancelled = errors.New("futures: cancelled")

// ErrShutdown is returned when work is submitted to an executor that was shut
// down (Python's "cannot schedule new futures after shutdown").
var ErrShutdown = errors.New("futures: cannot schedule new futures after shutdown")

// ErrInvalidState is returned by SetResult / SetException on a future that
// is already done (Python's InvalidStateError).
var ErrInvalidState = errors.New("futures: invalid state")

// ErrBrokenPool matches every *BrokenPoolError with errors.Is.
var ErrBrokenPool = errors.New("futures: broken pool")

// BrokenPoolError reports that a pool could not run a task: a thread pool
// whose initializer failed (Python's BrokenThreadPool), or a process worker
// that died while it ran the task (Python's BrokenProcessPool). For process
// pools only the futures the dead worker owned get this error; the pool
// starts a new worker for the next task.
type BrokenPoolError struct {
	Pool  string // "thread" or "process"
	Cause error  // the initializer's error, or the worker's exit status
}

// Error says which pool broke and why.
func (e *BrokenPoolError) Error() string {
	switch e.Pool {
	case "thread":
		return fmt.Sprintf("futures: broken thread pool: a thread initializer failed, the thread pool is not usable anymore: %v", e.Cause)
	default:
		return fmt.Sprintf("futures: broken process pool: a worker process terminated abruptly while the future was running or pending: %v", e.Cause)
	}
}

// Unwrap yields the cause.
func (e *BrokenPoolError) Unwrap() error { return e.Cause }

// Is makes errors.Is(err, ErrBrokenPool) true.
func (e *BrokenPoolError) Is(target error) bool { return target == ErrBrokenPool }

// PanicError is the error of a future whose task panicked: the panic value
// and the stack of the goroutine that panicked.
type PanicError struct {
	Value any
	Stack []byte
}

// Error yields "panic: " and the panic value; the stack is in Stack.
func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Unwrap yields the panic value if it is an error (panic(err)).
func (e *PanicError) Unwrap() error {
	if err, ok := e.Value.(error); ok {
		return err
	}
	return nil
}

// RemoteError is the error of a task that failed inside a worker process:
// the text of the error it returned, or of its panic with the remote stack.
type RemoteError struct {
	Func    string // registered name of the function
	Message string
	Panic   bool   // the task panicked rather than returned an error
	Stack   string // the worker's stack for a panic
}

// Error yields the remote message, prefixed "panic: " for a panic.
func (e *RemoteError) Error() string {
	if e.Panic {
		return fmt.Sprintf("%s: panic: %s", e.Func, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Func, e.Message)
}
