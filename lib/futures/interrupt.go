package futures

import (
	"errors"
	"sync/atomic"
)

// ErrInterrupted is what a wait yields when the notebook cell waiting in it
// is interrupted (see SetInterrupt).
var ErrInterrupted = errors.New("futures: interrupted")

// interruptHook is what SetInterrupt installs.
type interruptHook struct {
	fired func() <-chan struct{}
	mine  func() bool
}

var hook atomic.Pointer[interruptHook]

// SetInterrupt installs a notebook's interrupt: fired gives the channel that
// the interrupt of the running cell closes (nil while none runs), and mine
// reports whether the calling goroutine is that cell's own. When the channel
// closes, a Result, Exception, Wait or AsCompleted on the cell's goroutine
// ends with ErrInterrupted (or not done); other goroutines wait on. The
// gokernel worker installs it, so an interrupted cell gives control back
// and the interpreter keeps the session; outside a notebook nothing does,
// and SetInterrupt(nil, nil) removes it.
func SetInterrupt(fired func() <-chan struct{}, mine func() bool) {
	if fired == nil || mine == nil {
		hook.Store(nil)
		return
	}
	hook.Store(&interruptHook{fired, mine})
}

// interruption is the interrupt channel a wait selects on (nil, which never
// fires, without a hook), and the check to make once it fires.
func interruption() (<-chan struct{}, func() bool) {
	if h := hook.Load(); h != nil {
		return h.fired(), h.mine
	}
	return nil, nil
}
