package rt

import (
	"bytes"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// interrupt is closed when the running eval is interrupted; the worker sets
// a fresh one for each eval (SetInterrupt).
var interrupt atomic.Pointer[<-chan struct{}]

// SetInterrupt tells Sleep and WaitGroupWait which channel the interrupt of
// the running eval closes (nil when none runs).
func SetInterrupt(done <-chan struct{}) {
	if done == nil {
		interrupt.Store(nil)
		return
	}
	interrupt.Store(&done)
}

// Interrupted is the panic with which Sleep and WaitGroupWait give control
// back to an interrupted cell.
type Interrupted struct{}

func (Interrupted) Error() string { return "interrupted" }

// evalGoroutine is how the goroutine yaegi runs a cell's statements on
// shows in its stack: only that goroutine is interrupted. Goroutines the
// cell started keep their plain behaviour (a sleeping worker loop must not
// wake up early and spin).
var evalGoroutine = []byte("created by github.com/traefik/yaegi/interp.(*Interpreter).EvalWithContext")

// OnCellGoroutine reports whether the caller runs a cell's own statements.
// It reads the caller's whole stack, so the waits below ask only once the
// interrupt has fired.
func OnCellGoroutine() bool {
	buf := stackBufs.Get().(*[]byte)
	defer stackBufs.Put(buf)
	for {
		n := runtime.Stack(*buf, false)
		if n < len(*buf) {
			return bytes.Contains((*buf)[:n], evalGoroutine)
		}
		*buf = make([]byte, 2*len(*buf))
	}
}

var stackBufs = sync.Pool{New: func() any { b := make([]byte, 16<<10); return &b }}

// Interrupt is the channel the interrupt of the running eval closes, or nil
// when no eval runs.
func Interrupt() <-chan struct{} {
	if p := interrupt.Load(); p != nil {
		return *p
	}
	return nil
}

// Sleep is time.Sleep that an interrupt of the cell ends: on the cell's own
// goroutine it panics with Interrupted; elsewhere it sleeps on.
func Sleep(d time.Duration) {
	done := Interrupt()
	if done == nil || d <= 0 {
		time.Sleep(d)
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-done:
		if OnCellGoroutine() {
			panic(Interrupted{})
		}
		<-t.C
	}
}

// WaitGroupWait is wg.Wait() that an interrupt of the cell ends on the
// cell's own goroutine; the wait itself goes on in the background until the
// group is done.
func WaitGroupWait(wg *sync.WaitGroup) {
	done := Interrupt()
	if done == nil {
		wg.Wait()
		return
	}
	finished := make(chan struct{})
	go func() {
		wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
	case <-done:
		if OnCellGoroutine() {
			panic(Interrupted{})
		}
		<-finished
	}
}
