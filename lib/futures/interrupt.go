package futures

import (
	"errors"
	"sync/atomic"
)

// ErrInterrupted is what a wait yields when the notebook cell waiting in it
// is interrupted (see SetInterrupt).
var ErrInterrupted = errors.New("futures: interrupted")

var interruptFunc atomic.Pointer[func() <-chan struct{}]

// SetInterrupt installs f, which gives the caller a channel that is closed
// when its wait must end early, or nil when nothing can interrupt it. The
// gokernel worker sets it, so that interrupting a notebook cell ends the
// Result, Exception, Wait or AsCompleted the cell waits in, and the
// interpreter keeps the session; outside a notebook nothing sets it.
func SetInterrupt(f func() <-chan struct{}) {
	if f == nil {
		interruptFunc.Store(nil)
		return
	}
	interruptFunc.Store(&f)
}

// interrupted is the caller's interrupt channel, or nil (a nil channel
// never fires in a select).
func interrupted() <-chan struct{} {
	if f := interruptFunc.Load(); f != nil {
		return (*f)()
	}
	return nil
}
