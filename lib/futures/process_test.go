package futures_test

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

func newProcPool(t *testing.T, n int, opts ...futures.Option) *futures.ProcessPoolExecutor {
	t.Helper()
	ex, err := futures.NewProcessPoolExecutor(n, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ex.Shutdown(true, true) })
	return ex
}

func TestProcessSubmit(t *testing.T) {
	ex := newProcPool(t, 2)
	f := mustSubmit(t, ex, sumGenerator, 100000)
	if v, err := f.Result(futures.NoTimeout); v != 5000050000 || err != nil {
		t.Fatalf("got %v %v", v, err)
	}
	p := mustSubmit(t, ex, pid, 0)
	if v, _ := p.Result(futures.NoTimeout); v == os.Getpid() || v == 0 {
		t.Errorf("task ran in pid %d (ours %d)", v, os.Getpid())
	}
	// a returned error and a panic come back as *RemoteError
	e, _ := futures.SubmitErr(ex, failIfOdd, 7)
	_, err := e.Result(futures.NoTimeout)
	var re *futures.RemoteError
	if !errors.As(err, &re) || re.Message != "odd 7" || re.Func != "failIfOdd" || re.Panic {
		t.Errorf("returned error: %#v", err)
	}
	pf := mustSubmit(t, ex, panicWith, "kaboom")
	_, err = pf.Result(futures.NoTimeout)
	if !errors.As(err, &re) || !re.Panic || re.Message != "kaboom" || !strings.Contains(re.Stack, "panicWith") {
		t.Errorf("panic: %#v", err)
	}
	// an unregistered function is refused at Submit with a clear error
	if _, err := futures.Submit(ex, func(n int) int { return n }, 1); err == nil || !strings.Contains(err.Error(), "not registered") {
		t.Errorf("unregistered: %v", err)
	}
}

// A task that calls os.Exit breaks only its own future; the pool replaces
// the worker and goes on (CPython's BrokenProcessPool, minus the pool-wide
// breakage).
func TestProcessWorkerDeath(t *testing.T) {
	ex := newProcPool(t, 1)
	before := mustSubmit(t, ex, square, 3)
	dead := mustSubmit(t, ex, exitWith, 3)
	after := mustSubmit(t, ex, square, 4)
	if v, err := before.Result(futures.NoTimeout); v != 9 || err != nil {
		t.Errorf("before: %v %v", v, err)
	}
	_, err := dead.Result(futures.NoTimeout)
	var be *futures.BrokenPoolError
	if !errors.As(err, &be) || be.Pool != "process" || !strings.Contains(err.Error(), "exit status 3") {
		t.Errorf("dead: %v", err)
	}
	if v, err := after.Result(futures.NoTimeout); v != 16 || err != nil {
		t.Errorf("after: %v %v", v, err)
	}
	crashed := mustSubmit(t, ex, crashInGoroutine, "unrecoverable")
	again := mustSubmit(t, ex, square, 5)
	if _, err := crashed.Result(futures.NoTimeout); !errors.Is(err, futures.ErrBrokenPool) || !strings.Contains(err.Error(), "exit status 2") {
		t.Errorf("crashed: %v", err)
	}
	if v, err := again.Result(futures.NoTimeout); v != 25 || err != nil {
		t.Errorf("after crash: %v %v", v, err)
	}
}

// KillWorkers fails the running task, cancels the queued ones and returns.
func TestProcessKillWorkers(t *testing.T) {
	ex := newProcPool(t, 1)
	long := mustSubmit(t, ex, sumGenerator, 1_000_000_000_000)
	queued := mustSubmit(t, ex, square, 2)
	for !long.Running() {
		time.Sleep(time.Millisecond)
	}
	ex.KillWorkers()
	if _, err := long.Result(futures.NoTimeout); !errors.Is(err, futures.ErrBrokenPool) {
		t.Errorf("running task: %v", err)
	}
	if !queued.Cancelled() {
		t.Errorf("queued task: %v", queued)
	}
	if _, err := futures.Submit(ex, square, 1); !errors.Is(err, futures.ErrShutdown) {
		t.Errorf("submit after KillWorkers: %v", err)
	}
}

func TestProcessMap(t *testing.T) {
	ex := newProcPool(t, 2)
	checkMapSquares(t, ex, 50, 1, 8)
	// an error inside a chunk keeps the results before it
	var got []int
	var mapErr error
	for v, err := range futures.Map(ex, panicIfOdd, []int{2, 4, 5, 6}, futures.WithChunkSize(4)) {
		if err != nil {
			mapErr = err
			break
		}
		got = append(got, v)
	}
	if !slices.Equal(got, []int{20, 40}) || mapErr == nil || !strings.Contains(mapErr.Error(), "odd 5") {
		t.Errorf("got %v %v", got, mapErr)
	}
}

// CPython's InitializerMixin / FailingInitializerMixin for process pools:
// the initializer runs in each worker; if it fails the pool is broken.
func TestProcessInitializer(t *testing.T) {
	ex := newProcPool(t, 1, futures.WithInitializer(initWorker))
	f := mustSubmit(t, ex, readWorkerState, 0)
	if v, err := f.Result(); v != "initialized" || err != nil {
		t.Errorf("worker state %q %v", v, err)
	}
	if workerState != "" {
		t.Errorf("initializer ran in the parent")
	}
	bad := newProcPool(t, 1, futures.WithInitializer(initFail))
	g := mustSubmit(t, bad, square, 2)
	if _, err := g.Result(); !errors.Is(err, futures.ErrBrokenPool) || !strings.Contains(err.Error(), "no database") {
		t.Errorf("failing initializer: %v", err)
	}
	if _, err := futures.Submit(bad, square, 3); !errors.Is(err, futures.ErrBrokenPool) {
		t.Errorf("submit to broken pool: %v", err)
	}
	if _, err := futures.NewProcessPoolExecutor(1, futures.WithInitializer(func() error { return nil })); err == nil {
		t.Error("unregistered initializer accepted")
	}
}

// CPython's test_max_tasks_per_child: a worker is replaced after n tasks.
func TestProcessMaxTasksPerChild(t *testing.T) {
	ex := newProcPool(t, 1, futures.WithMaxTasksPerChild(2))
	var pids []int
	for i := range 5 {
		v, err := mustSubmit(t, ex, pid, i).Result()
		if err != nil {
			t.Fatal(err)
		}
		pids = append(pids, v)
	}
	if pids[0] != pids[1] || pids[1] == pids[2] || pids[2] != pids[3] || pids[3] == pids[4] {
		t.Errorf("worker pids %v, want a new worker every 2 tasks", pids)
	}
}
