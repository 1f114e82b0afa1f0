package futures_test

import (
	"errors"
	"iter"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

func TestThreadMaxWorkers(t *testing.T) {
	if _, err := futures.NewThreadPoolExecutor(-1); err == nil {
		t.Error("negative max_workers accepted")
	}
	ex := newPool(t, 0)
	if ex.MaxWorkers() != min(32, runtime.NumCPU()+4) {
		t.Errorf("default workers %d", ex.MaxWorkers())
	}
	// no more than maxWorkers tasks run at once
	ex2 := newPool(t, 3)
	var running, peak atomic.Int32
	var fs []*futures.Future[int]
	for i := range 30 {
		fs = append(fs, mustSubmit(t, ex2, func(n int) int {
			r := running.Add(1)
			for {
				p := peak.Load()
				if r <= p || peak.CompareAndSwap(p, r) {
					break
				}
			}
			time.Sleep(100 * time.Microsecond)
			running.Add(-1)
			return n
		}, i))
	}
	futures.Wait(fs, futures.NoTimeout, futures.AllCompleted)
	if p := peak.Load(); p > 3 || p < 1 {
		t.Errorf("peak concurrency %d with 3 workers", p)
	}
}

func TestSubmitVariants(t *testing.T) {
	ex := newPool(t, 2)
	f, _ := futures.SubmitErr(ex, failIfOdd, 3)
	if _, err := f.Result(futures.NoTimeout); err == nil || err.Error() != "odd 3" {
		t.Errorf("SubmitErr: %v", err)
	}
	g, _ := futures.SubmitFunc(ex, func() string { return "hi" })
	if v, _ := g.Result(futures.NoTimeout); v != "hi" {
		t.Errorf("SubmitFunc: %q", v)
	}
	if _, err := futures.Submit[int, int](ex, nil, 1); err == nil {
		t.Error("nil fn accepted")
	}
	if _, err := futures.Submit[int, int](nil, square, 1); err == nil {
		t.Error("nil executor accepted")
	}
}

// CPython ExecutorTest.test_map, test_map_exception, test_map_timeout.
func TestThreadMap(t *testing.T) {
	ex := newPool(t, 4)
	checkMapSquares(t, ex, 100, 1, 7)
	// the exception surfaces at its position and ends the iteration
	div := func(n int) int { return 10 / n }
	var got []int
	var mapErr error
	for v, err := range futures.Map(ex, div, []int{1, 2, 0, 5}) {
		if err != nil {
			mapErr = err
			break
		}
		got = append(got, v)
	}
	var pe *futures.PanicError
	if !slices.Equal(got, []int{10, 5}) || !errors.As(mapErr, &pe) {
		t.Errorf("got %v, %v", got, mapErr)
	}
	// timeout: results ready in time, then ErrTimeout
	g := make(gate)
	defer close(g)
	got = nil
	mapErr = nil
	for v, err := range futures.Map(ex, func(n int) int {
		if n < 0 {
			return g.task(n)
		}
		return n
	}, []int{6, 6, -1}, futures.WithTimeout(20*time.Millisecond)) {
		if err != nil {
			mapErr = err
			break
		}
		got = append(got, v)
	}
	if !slices.Equal(got, []int{6, 6}) || !errors.Is(mapErr, futures.ErrTimeout) {
		t.Errorf("timeout: got %v, %v", got, mapErr)
	}
}

type counter struct{ n atomic.Int64 }

func (c *counter) Add(n int) { c.n.Add(int64(n)) }

// Map is lazy beyond its buffer: a large input never has more than the
// buffer's chunks in flight, so memory stays bounded; progress counts.
func TestMapBounded(t *testing.T) {
	ex := newPool(t, 2)
	var started atomic.Int64
	var consumed int64
	var peakAhead int64
	n := 20000
	count := func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
	var p counter
	sum := 0
	for v, err := range futures.MapSeq(ex, func(i int) int { started.Add(1); return i }, iter.Seq[int](count),
		futures.WithBuffer(4), futures.WithChunkSize(8), futures.WithProgress(&p)) {
		if err != nil {
			t.Fatal(err)
		}
		consumed++
		peakAhead = max(peakAhead, started.Load()-consumed)
		sum += v
	}
	if sum != n*(n-1)/2 || p.n.Load() != int64(n) {
		t.Errorf("sum %d progress %d", sum, p.n.Load())
	}
	if peakAhead > 4*8 {
		t.Errorf("%d items started ahead of the consumer with a buffer of 4 chunks of 8", peakAhead)
	}
	// a second range over the same Map is an error, not a silent empty run
	m := futures.Map(ex, square, []int{1})
	for range m {
	}
	for _, err := range m {
		if err == nil {
			t.Error("second range yielded a value")
		}
	}
}

// Breaking out of a Map cancels what has not started.
func TestMapBreakCancels(t *testing.T) {
	ex := newPool(t, 1)
	var ran atomic.Int32
	for range futures.Map(ex, func(n int) int { ran.Add(1); return n }, make([]int, 50), futures.WithBuffer(10)) {
		break
	}
	ex.Shutdown(true)
	if r := ran.Load(); r >= 50 {
		t.Errorf("%d tasks ran after break", r)
	}
}

// CPython ThreadPoolShutdownTest: cancel_futures, submit after shutdown,
// shutdown(wait=False) lets the running tasks finish.
func TestThreadShutdown(t *testing.T) {
	ex, _ := futures.NewThreadPoolExecutor(1)
	g := make(gate)
	first := mustSubmit(t, ex, g.task, 1)
	var rest []*futures.Future[int]
	for i := range 5 {
		rest = append(rest, mustSubmit(t, ex, square, i))
	}
	for !first.Running() {
		runtime.Gosched()
	}
	ex.Shutdown(false, true)
	if _, err := futures.Submit(ex, square, 1); !errors.Is(err, futures.ErrShutdown) {
		t.Errorf("submit after shutdown: %v", err)
	}
	for _, f := range rest {
		if !f.Cancelled() {
			t.Errorf("queued future not cancelled: %v", f)
		}
	}
	close(g)
	if v, err := first.Result(futures.NoTimeout); v != 1 || err != nil {
		t.Errorf("running task: %v %v", v, err)
	}
	ex.Shutdown(true) // again: harmless, waits
	// without cancelFutures, queued tasks still run before Shutdown(true) returns
	ex2, _ := futures.NewThreadPoolExecutor(1)
	var fs []*futures.Future[int]
	for i := range 20 {
		fs = append(fs, mustSubmit(t, ex2, square, i))
	}
	ex2.Shutdown(true)
	for _, f := range fs {
		if !f.Done() || f.Cancelled() {
			t.Errorf("after Shutdown(true): %v", f)
		}
	}
}

// CPython FailingInitializerMixin: a failing initializer breaks the pool.
func TestThreadInitializer(t *testing.T) {
	var inits atomic.Int32
	ex, _ := futures.NewThreadPoolExecutor(2, futures.WithInitializer(func() error { inits.Add(1); return nil }))
	f := mustSubmit(t, ex, square, 3)
	if v, _ := f.Result(futures.NoTimeout); v != 9 || inits.Load() < 1 {
		t.Errorf("v %d inits %d", v, inits.Load())
	}
	ex.Shutdown(true)

	bad, _ := futures.NewThreadPoolExecutor(2, futures.WithInitializer(func() error { return errBoom }))
	defer bad.Shutdown(true)
	var fs []*futures.Future[int]
	for i := range 5 {
		if f, err := futures.Submit(bad, square, i); err == nil {
			fs = append(fs, f)
		}
	}
	for _, f := range fs {
		if _, err := f.Result(futures.NoTimeout); !errors.Is(err, futures.ErrBrokenPool) || !errors.Is(err, errBoom) {
			t.Errorf("future of broken pool: %v", err)
		}
	}
	if _, err := futures.Submit(bad, square, 1); !errors.Is(err, futures.ErrBrokenPool) {
		t.Errorf("submit to broken pool: %v", err)
	}
}

// Three tasks on three workers meet at a barrier: they run at the same
// time (a pool that ran them one by one would fail here, not hang).
func TestThreadConcurrency(t *testing.T) {
	ex := newPool(t, 3)
	arrived := make(chan struct{}, 3)
	meet := func(int) bool {
		arrived <- struct{}{}
		deadline := time.After(10 * time.Second)
		for len(arrived) < 3 {
			select {
			case <-deadline:
				return false
			default:
				time.Sleep(time.Millisecond)
			}
		}
		return true
	}
	var fs []*futures.Future[bool]
	for i := range 3 {
		fs = append(fs, mustSubmit(t, ex, meet, i))
	}
	for _, f := range fs {
		if ok, err := f.Result(); !ok || err != nil {
			t.Fatalf("tasks did not run concurrently: %v %v", ok, err)
		}
	}
}

// A failed Submit still yields a future, finished with the same error, so
// a cell that drops the error does not dereference nil.
func TestSubmitFailureFuture(t *testing.T) {
	ex, _ := futures.NewThreadPoolExecutor(1)
	ex.Shutdown(true)
	f, err := futures.Submit(ex, square, 2)
	if f == nil || !errors.Is(err, futures.ErrShutdown) {
		t.Fatalf("got %v %v", f, err)
	}
	if _, rerr := f.Result(); rerr != err {
		t.Errorf("future's error %v, Submit's %v", rerr, err)
	}
	g, err := futures.Submit[int, int](ex, nil, 1)
	if _, rerr := g.Result(); err == nil || rerr != err {
		t.Errorf("nil fn: %v %v", err, rerr)
	}
}
