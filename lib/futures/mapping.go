package futures

import (
	"errors"
	"iter"
	"time"
)

// Progress receives how many more results a Map delivered; a progress bar
// implements it. Add is called from the goroutine that ranges over the Map.
type Progress interface {
	Add(n int)
}

// MapOption configures Map and MapSeq.
type MapOption func(*mapConfig)

type mapConfig struct {
	timeout  time.Duration
	chunk    int
	buffer   int
	progress Progress
	name     string
}

// WithTimeout bounds the whole Map: counting from the call, a result not
// ready in time yields ErrTimeout and ends the iteration (Python's timeout).
func WithTimeout(d time.Duration) MapOption {
	return func(c *mapConfig) { c.timeout = d }
}

// WithChunkSize sends items to the executor in chunks of n (Python's
// chunksize), so one task (and, for processes, one round trip) serves n
// items. Values below 1 mean 1.
func WithChunkSize(n int) MapOption {
	return func(c *mapConfig) { c.chunk = max(n, 1) }
}

// WithBuffer bounds how many chunks are submitted ahead of the consumer
// (default 2×MaxWorkers), which bounds Map's memory whatever the input size.
func WithBuffer(chunks int) MapOption {
	return func(c *mapConfig) { c.buffer = max(chunks, 1) }
}

// WithName gives fn's name for a process pool, whose workers look the
// function up by it, instead of finding it in the Register table. A notebook
// front-end passes the name of a function declared in a cell this way.
func WithName(name string) MapOption {
	return func(c *mapConfig) { c.name = name }
}

// WithProgress reports each delivered result to p.
func WithProgress(p Progress) MapOption {
	return func(c *mapConfig) { c.progress = p }
}

// errConsumed is yielded by a Map that is ranged over a second time.
var errConsumed = errors.New("futures: Map results can be ranged over once")

// Map applies fn to every item on ex and yields the results in input
// order, each with a nil error. It submits the first WithBuffer chunks at
// once, and more as results are consumed, so memory stays bounded. A task
// that fails (an error, a panic, a dead worker, ErrTimeout) yields (zero,
// err) at its position and ends the iteration; the tasks not started are
// cancelled then, and when the consumer stops early. If the first chunks
// cannot be submitted, the first yield carries the error. Unlike CPython,
// an error inside a chunk keeps the chunk's results before it.
//
// Map is single-use: ranging over it a second time yields an error.
func Map[A, R any](ex Executor, fn func(A) R, items []A, opts ...MapOption) iter.Seq2[R, error] {
	i := 0
	next := func() (A, bool) {
		if i == len(items) {
			var zero A
			return zero, false
		}
		i++
		return items[i-1], true
	}
	m := newMapper(ex, fn, opts)
	m.fill(next) // Python submits at call time; we submit the first window
	return m.seq(next, func() {})
}

// MapSeq is Map over an iterator; nothing is pulled from items or
// submitted until the result is ranged over.
func MapSeq[A, R any](ex Executor, fn func(A) R, items iter.Seq[A], opts ...MapOption) iter.Seq2[R, error] {
	return func(yield func(R, error) bool) {
		next, stop := iter.Pull(items)
		m := newMapper(ex, fn, opts)
		m.seq(next, stop)(yield)
	}
}

type chunkOut[R any] struct {
	vals []R
	err  error // the error of the item after vals
}

type mapper[A, R any] struct {
	ex       Executor
	fn       func(A) R
	cfg      mapConfig
	deadline time.Time
	inflight []*Future[chunkOut[R]]
	subErr   error // submitting failed; yielded once the inflight are yielded
	used     bool
	exhaust  bool
}

func newMapper[A, R any](ex Executor, fn func(A) R, opts []MapOption) *mapper[A, R] {
	m := &mapper[A, R]{ex: ex, fn: fn, cfg: mapConfig{timeout: NoTimeout, chunk: 1}}
	for _, o := range opts {
		o(&m.cfg)
	}
	switch {
	case ex == nil:
		m.subErr = errNilExecutor
	case fn == nil:
		m.subErr = errNilFunc
	case m.cfg.buffer == 0:
		m.cfg.buffer = 2 * ex.MaxWorkers()
	}
	if m.cfg.timeout >= 0 {
		m.deadline = time.Now().Add(m.cfg.timeout)
	}
	return m
}

// fill submits chunks until the buffer is full or the input ends.
func (m *mapper[A, R]) fill(next func() (A, bool)) {
	for !m.exhaust && m.subErr == nil && len(m.inflight) < m.cfg.buffer {
		var chunk []A
		for len(chunk) < m.cfg.chunk {
			a, ok := next()
			if !ok {
				m.exhaust = true
				break
			}
			chunk = append(chunk, a)
		}
		if len(chunk) == 0 {
			return
		}
		f, err := submitChunk(m.ex, m.cfg.name, m.fn, chunk)
		if err != nil {
			m.subErr = err
			return
		}
		m.inflight = append(m.inflight, f)
	}
}

func (m *mapper[A, R]) seq(next func() (A, bool), stop func()) iter.Seq2[R, error] {
	return func(yield func(R, error) bool) {
		var zero R
		if m.used {
			yield(zero, errConsumed)
			return
		}
		m.used = true
		defer stop()
		defer func() {
			for _, f := range m.inflight {
				f.Cancel()
			}
			m.inflight = nil
		}()
		for {
			m.fill(next)
			if len(m.inflight) == 0 {
				if m.subErr != nil {
					yield(zero, m.subErr)
				}
				return
			}
			f := m.inflight[0]
			m.inflight = m.inflight[1:]
			timeout := NoTimeout
			if !m.deadline.IsZero() {
				timeout = max(time.Until(m.deadline), 0)
			}
			out, err := f.Result(timeout)
			if err != nil {
				yield(zero, err)
				return
			}
			for _, v := range out.vals {
				if m.cfg.progress != nil {
					m.cfg.progress.Add(1)
				}
				if !yield(v, nil) {
					return
				}
			}
			if out.err != nil {
				yield(zero, out.err)
				return
			}
		}
	}
}

// submitChunk schedules fn over a chunk as one task.
func submitChunk[A, R any](ex Executor, name string, fn func(A) R, chunk []A) (*Future[chunkOut[R]], error) {
	f := NewFuture[chunkOut[R]]()
	err := schedule(ex, &chunkCall[A, R]{f, fn, chunk}, func() *procTask {
		args := make([][]any, len(chunk))
		for i, a := range chunk {
			args[i] = []any{a}
		}
		return &procTask{fut: f, fn: fn, name: name, args: args, deliver: deliverChunk(f)}
	})
	if err != nil {
		return nil, err
	}
	return f, nil
}

type chunkCall[A, R any] struct {
	f     *Future[chunkOut[R]]
	fn    func(A) R
	chunk []A
}

func (c *chunkCall[A, R]) future() canceller { return c.f }

// run applies fn to the chunk, stopping at the first panic.
func (c *chunkCall[A, R]) run() {
	c.f.runTask(func() (chunkOut[R], error) {
		out := chunkOut[R]{vals: make([]R, 0, len(c.chunk))}
		for _, a := range c.chunk {
			v, err := protect(func() (R, error) { return c.fn(a), nil })
			if err != nil {
				out.err = err
				break
			}
			out.vals = append(out.vals, v)
		}
		return out, nil
	})
}

// deliverChunk finishes f with the outcomes of a process pool chunk.
func deliverChunk[R any](f *Future[chunkOut[R]]) func(outs []outcome, err error) {
	return func(outs []outcome, err error) {
		if err != nil {
			f.fail(err)
			return
		}
		out := chunkOut[R]{vals: make([]R, 0, len(outs))}
		for _, o := range outs {
			v, err := decodeOne[R](o)
			if err != nil {
				out.err = err
				break
			}
			out.vals = append(out.vals, v)
		}
		f.finish(out, nil)
	}
}
