package futures

import (
	"context"
	"fmt"
	"iter"
	"time"
)

// ReturnWhen says when Wait returns.
type ReturnWhen int

// The conditions of Wait, as Python names them (FIRST_COMPLETED, ...).
const (
	// AllCompleted returns when every future is done (or the time is up).
	AllCompleted ReturnWhen = iota
	// FirstCompleted returns when any future is done.
	FirstCompleted
	// FirstException returns when any future finishes with an error; with
	// no error it behaves like AllCompleted.
	FirstException
)

// String yields Python's constant name.
func (r ReturnWhen) String() string {
	switch r {
	case AllCompleted:
		return "ALL_COMPLETED"
	case FirstCompleted:
		return "FIRST_COMPLETED"
	case FirstException:
		return "FIRST_EXCEPTION"
	}
	return fmt.Sprintf("ReturnWhen(%d)", int(r))
}

// Wait waits up to timeout for the futures according to returnWhen and
// yields the futures that are done (finished or cancelled) and those that
// are not, each in input order with duplicates removed. Running out of time
// is not an error: the stragglers are in notDone. Like Python, a future that
// is done already satisfies FirstCompleted at once. A cancelled future
// counts as done as soon as it is cancelled (CPython counts it once the
// executor has noticed, CANCELLED_AND_NOTIFIED).
func Wait[T any](fs []*Future[T], timeout time.Duration, returnWhen ReturnWhen) (done, notDone []*Future[T]) {
	ctx := context.Background()
	if timeout >= 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	return WaitContext(ctx, fs, returnWhen)
}

// WaitContext is Wait bounded by a context instead of a timeout.
func WaitContext[T any](ctx context.Context, fs []*Future[T], returnWhen ReturnWhen) (done, notDone []*Future[T]) {
	fs = unique(fs)
	ch := make(chan *Future[T], len(fs))
	pending := 0
	satisfied := false
	for _, f := range fs {
		if f.addWaiter(ch) {
			if returnWhen == FirstCompleted || (returnWhen == FirstException && f.failed()) {
				satisfied = true
			}
			continue
		}
		pending++
	}
	intr, mine := interruption()
	for !satisfied && pending > 0 {
		// Poll once before looking at ctx so a zero timeout still sees
		// futures that completed meanwhile.
		var f *Future[T]
		select {
		case f = <-ch:
		default:
			select {
			case f = <-ch:
			case <-ctx.Done():
			case <-intr:
				if !mine() {
					intr = nil // not the interrupted cell's goroutine
					continue
				}
			}
		}
		if f == nil {
			break
		}
		pending--
		if returnWhen == FirstCompleted || (returnWhen == FirstException && f.failed()) {
			satisfied = true
		}
	}
	for _, f := range fs {
		f.removeWaiter(ch)
		if f.Done() {
			done = append(done, f)
		} else {
			notDone = append(notDone, f)
		}
	}
	return done, notDone
}

// AsCompleted yields the futures as they complete (finished or cancelled),
// those already done first, each once. If timeout (negative: none) passes
// before all are done, it yields (nil, err) with err wrapping ErrTimeout
// ("2 (of 4) futures unfinished") and stops. The timeout counts from the
// call, as in Python.
func AsCompleted[T any](fs []*Future[T], timeout time.Duration) iter.Seq2[*Future[T], error] {
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	fs = unique(fs)
	return func(yield func(*Future[T], error) bool) {
		ch := make(chan *Future[T], len(fs))
		var ready []*Future[T]
		pending := 0
		for _, f := range fs {
			if f.addWaiter(ch) {
				ready = append(ready, f)
			} else {
				pending++
			}
		}
		defer func() {
			for _, f := range fs {
				f.removeWaiter(ch)
			}
		}()
		for _, f := range ready {
			if !yield(f, nil) {
				return
			}
		}
		var timer <-chan time.Time
		if !deadline.IsZero() {
			t := time.NewTimer(time.Until(deadline))
			defer t.Stop()
			timer = t.C
		}
		intr, mine := interruption()
		for pending > 0 {
			select {
			case f := <-ch:
				pending--
				if !yield(f, nil) {
					return
				}
			case <-timer:
				yield(nil, fmt.Errorf("%w: %d (of %d) futures unfinished", ErrTimeout, pending, len(fs)))
				return
			case <-intr:
				if !mine() {
					intr = nil // not the interrupted cell's goroutine
					continue
				}
				yield(nil, fmt.Errorf("%w: %d (of %d) futures unfinished", ErrInterrupted, pending, len(fs)))
				return
			}
		}
	}
}

func unique[T any](fs []*Future[T]) []*Future[T] {
	seen := make(map[*Future[T]]bool, len(fs))
	out := make([]*Future[T], 0, len(fs))
	for _, f := range fs {
		if f != nil && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
