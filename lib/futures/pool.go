package futures

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// spins is how many times an idle worker yields before it parks.
const spins = 20

// queue is an unbounded FIFO served by up to max goroutines that are
// started on demand, as Python's executors start threads on demand.
type queue struct {
	max    int
	worker func() // the body of one serving goroutine; it calls next

	mu       sync.Mutex
	cond     sync.Cond
	items    []task
	head     int
	workers  int
	idle     int // goroutines waiting in next that nobody signalled yet
	shutdown bool
	broken   error
	isBroken atomic.Bool  // broken != nil, readable without mu on the hot path
	pending  atomic.Int64 // queued jobs, readable without mu
	wg       sync.WaitGroup
}

func (q *queue) init(max int, worker func()) {
	q.max, q.worker = max, worker
	q.cond.L = &q.mu
}

// push queues j, waking an idle goroutine or starting a new one.
func (q *queue) push(j task) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.broken != nil {
		return q.broken
	}
	if q.shutdown {
		return ErrShutdown
	}
	q.items = append(q.items, j)
	q.pending.Add(1)
	switch {
	case q.idle > 0:
		q.idle--
		q.cond.Signal()
	case q.workers < q.max:
		q.workers++
		q.wg.Add(1)
		go func() {
			defer q.wg.Done()
			q.worker()
		}()
	}
	return nil
}

// next yields the next job, or nil when the queue is shut down and empty
// (the calling goroutine must then return).
func (q *queue) next() task {
	// Before parking, look again a few times: a burst of submissions then
	// finds the worker awake instead of paying a futex wake per task.
	for range spins {
		if q.pending.Load() > 0 {
			break
		}
		runtime.Gosched()
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.head == len(q.items) && !q.shutdown {
		q.idle++
		q.cond.Wait()
	}
	if q.head == len(q.items) {
		q.workers--
		return nil
	}
	j := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	q.pending.Add(-1)
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 1024 && q.head*2 > len(q.items) {
		q.items = append(q.items[:0], q.items[q.head:]...)
		q.head = 0
	}
	return j
}

// drain removes and yields the queued jobs.
func (q *queue) drainLocked() []task {
	js := append([]task(nil), q.items[q.head:]...)
	q.pending.Add(-int64(len(js)))
	clear(q.items)
	q.items, q.head = q.items[:0], 0
	return js
}

// close stops accepting jobs, cancels the queued ones if asked, lets the
// goroutines finish what is queued, and waits for them if asked.
func (q *queue) close(wait, cancelFutures bool) {
	q.mu.Lock()
	q.shutdown = true
	var cancelled []task
	if cancelFutures {
		cancelled = q.drainLocked()
	}
	q.cond.Broadcast()
	q.mu.Unlock()
	for _, j := range cancelled {
		j.future().Cancel()
	}
	if wait {
		q.wg.Wait()
	}
}

// breakPool marks the queue unusable with err and fails the queued jobs.
func (q *queue) breakPool(err error) {
	q.mu.Lock()
	if q.broken == nil {
		q.broken = err
		q.isBroken.Store(true)
	}
	js := q.drainLocked()
	q.mu.Unlock()
	for _, j := range js {
		j.future().fail(err)
	}
}

func (q *queue) brokenErr() error {
	if !q.isBroken.Load() {
		return nil
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.broken
}
