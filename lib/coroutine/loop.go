package coroutine

import (
	"container/heap"
	"errors"
	"sync"
	"time"
)

// Errors the event loop reports. As for generators, the texts follow the
// last line of Python's traceback where there is one.
var (
	// ErrCancelled is delivered at the await point of a cancelled task and
	// is the result of a cancelled future (asyncio.CancelledError).
	ErrCancelled = errors.New("CancelledError")
	// ErrTimeout is what WaitFor reports when the timeout expires first.
	ErrTimeout = errors.New("TimeoutError")
	// ErrInvalidState reports asking a pending future for its result, or
	// setting the result of a future that is already done.
	ErrInvalidState = errors.New("InvalidStateError: invalid state")
	// ErrNotInTask reports an await made outside a task of the loop.
	ErrNotInTask = errors.New("RuntimeError: await outside a task of the running loop")
	// ErrAwaitSelf reports a task awaiting its own future.
	ErrAwaitSelf = errors.New("RuntimeError: Task cannot await on itself")
	// ErrStalled reports that the main task waits for something that no
	// task, callback or timer will ever complete (asyncio would hang).
	ErrStalled = errors.New("coroutine: deadlock: the main task waits on a future that nothing will complete")
	// ErrNoLoop reports a nil *Loop or a nil future or function.
	ErrNoLoop = errors.New("coroutine: nil loop, future or function")
	// ErrOtherLoop reports awaiting a future that belongs to another loop.
	ErrOtherLoop = errors.New("RuntimeError: the future belongs to a different loop")
)

// Loop is a single-threaded event loop in the spirit of asyncio's: a FIFO of
// ready callbacks, a heap of timers and the tasks they drive. [Run] makes one
// and hands it to the main coroutine; every task receives it too.
//
// Exactly one task or callback runs at a time, and a task gives up control
// only where it awaits, so tasks need no locks between them. A Loop must be
// used only from its own tasks and callbacks.
type Loop struct {
	ready   []func()
	timers  timerHeap
	seq     uint64
	current *task
	tasks   map[*task]struct{}
	virtual bool
	start   time.Time
	now     time.Time // the virtual clock

	// Completions of ToThread calls, posted from their goroutines.
	extMu    sync.Mutex
	ext      []func()
	extReady chan struct{} // capacity 1: "ext is not empty"
	external int           // ToThread calls not yet completed on the loop
}

func newLoop(virtual bool) *Loop {
	now := time.Now()
	return &Loop{tasks: map[*task]struct{}{}, virtual: virtual, start: now, now: now,
		extReady: make(chan struct{}, 1)}
}

// Run runs main as the first task of a new event loop, with real time, until
// it finishes, and returns its result (asyncio.run). Tasks still pending
// then are cancelled and given the chance to finish. If main waits for
// something nothing can complete, Run returns ErrStalled instead of hanging.
func Run[T any](main func(l *Loop) (T, error)) (T, error) {
	return run(main, false)
}

// RunVirtual is Run on a virtual clock: when every task is waiting for a
// timer, the clock jumps to the earliest one instead of sleeping. Programs
// behave exactly as under Run, only without the waiting.
func RunVirtual[T any](main func(l *Loop) (T, error)) (T, error) {
	return run(main, true)
}

func run[T any](main func(l *Loop) (T, error), virtual bool) (T, error) {
	var zero T
	if main == nil {
		return zero, ErrNoLoop
	}
	l := newLoop(virtual)
	defer l.shutdown()
	f := CreateTask(l, main)
	if err := l.runUntil(f.Done); err != nil {
		return zero, err
	}
	for t := range l.tasks {
		t.cancel()
	}
	// The stragglers get to handle their cancellation; a stall here is
	// resolved by shutdown closing them.
	_ = l.runUntil(func() bool { return len(l.tasks) == 0 })
	return f.Result()
}

// shutdown closes the coroutines of tasks that never finished, so their
// deferred calls run and no goroutine is left behind.
func (l *Loop) shutdown() {
	for t := range l.tasks {
		delete(l.tasks, t)
		t.done = true
		t.gen.Close()
	}
	l.ready, l.timers = nil, nil
}

// runUntil runs callbacks and timers until done reports true.
func (l *Loop) runUntil(done func() bool) error {
	for !done() {
		now := l.clock()
		for len(l.timers) > 0 && (l.timers[0].cancelled || !l.timers[0].when.After(now)) {
			tm := heap.Pop(&l.timers).(*timer)
			if !tm.cancelled {
				l.ready = append(l.ready, tm.fn)
			}
		}
		if len(l.ready) == 0 && l.external > 0 {
			l.takeExternal()
		}
		if len(l.ready) == 0 {
			switch {
			case len(l.timers) == 0 && l.external == 0:
				return ErrStalled
			case len(l.timers) == 0:
				<-l.extReady
			case l.virtual:
				l.now = l.timers[0].when
			case l.external > 0:
				tm := time.NewTimer(l.timers[0].when.Sub(now))
				select {
				case <-l.extReady:
				case <-tm.C:
				}
				tm.Stop()
			default:
				time.Sleep(l.timers[0].when.Sub(now))
			}
			continue
		}
		// Run what is ready now; callbacks these schedule wait for the next
		// round, as in asyncio.
		batch := l.ready
		l.ready = nil
		for _, fn := range batch {
			fn()
		}
	}
	return nil
}

// post hands fn to the loop from another goroutine.
func (l *Loop) post(fn func()) {
	l.extMu.Lock()
	l.ext = append(l.ext, fn)
	l.extMu.Unlock()
	select {
	case l.extReady <- struct{}{}:
	default:
	}
}

// takeExternal moves posted completions to the ready queue.
func (l *Loop) takeExternal() {
	l.extMu.Lock()
	l.ready = append(l.ready, l.ext...)
	l.ext = nil
	l.extMu.Unlock()
}

func (l *Loop) clock() time.Time {
	if l.virtual {
		return l.now
	}
	return time.Now()
}

// Time returns how long the loop has been running on its clock (virtual
// under RunVirtual); asyncio's loop.time() with the start as zero.
func (l *Loop) Time() time.Duration {
	if l == nil {
		return 0
	}
	return l.clock().Sub(l.start)
}

// CallSoon schedules fn to run on the loop after the callbacks already
// ready (loop.call_soon).
func (l *Loop) CallSoon(fn func()) {
	if l == nil || fn == nil {
		return
	}
	l.ready = append(l.ready, fn)
}

// CallLater schedules fn to run on the loop after d, and returns a function
// that cancels it (loop.call_later).
func (l *Loop) CallLater(d time.Duration, fn func()) (cancel func()) {
	if l == nil || fn == nil {
		return func() {}
	}
	tm := l.callLater(d, fn)
	return tm.cancel
}

func (l *Loop) callLater(d time.Duration, fn func()) *timer {
	l.seq++
	tm := &timer{when: l.clock().Add(d), seq: l.seq, fn: fn}
	heap.Push(&l.timers, tm)
	return tm
}

// timer is one scheduled callback; cancelled timers are dropped when they
// reach the top of the heap.
type timer struct {
	when      time.Time
	seq       uint64
	fn        func()
	cancelled bool
}

func (t *timer) cancel() { t.cancelled = true }

// timerHeap orders timers by deadline, then by creation, so equal deadlines
// fire in the order they were set, as in asyncio.
type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if !h[i].when.Equal(h[j].when) {
		return h[i].when.Before(h[j].when)
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *timerHeap) Push(x any)   { *h = append(*h, x.(*timer)) }
func (h *timerHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	old[n-1] = nil
	*h = old[:n-1]
	return x
}
