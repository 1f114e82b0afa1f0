package futures_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

// gate is a task blocked until opened, so "not done" is certain.
type gate chan struct{}

func (g gate) task(v int) int { <-g; return v }

func ids(fs []*futures.Future[int]) []uint64 {
	var out []uint64
	for _, f := range fs {
		out = append(out, f.ID())
	}
	return out
}

func sameSet(t *testing.T, what string, got, want []*futures.Future[int]) {
	t.Helper()
	if !slices.Equal(ids(got), ids(want)) {
		t.Errorf("%s: got %v, want %v", what, got, want)
	}
}

// checkMapSquares maps square over 0..n-1 on ex with each chunk size and
// checks the results arrive in input order.
func checkMapSquares(t *testing.T, ex futures.Executor, n int, chunks ...int) {
	t.Helper()
	in := make([]int, n)
	var want []int
	for i := range in {
		in[i] = i
		want = append(want, i*i)
	}
	for _, chunk := range chunks {
		var got []int
		for v, err := range futures.Map(ex, square, in, futures.WithChunkSize(chunk)) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, v)
		}
		if !slices.Equal(got, want) {
			t.Errorf("chunk %d: got %v", chunk, got)
		}
	}
}

func newPool(t *testing.T, n int) *futures.ThreadPoolExecutor {
	t.Helper()
	ex, err := futures.NewThreadPoolExecutor(n)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ex.Shutdown(true, true) })
	return ex
}

func mustSubmit[A, R any](t *testing.T, ex futures.Executor, fn func(A) R, a A) *futures.Future[R] {
	t.Helper()
	f, err := futures.Submit(ex, fn, a)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// CPython WaitTests.test_first_completed.
func TestWaitFirstCompleted(t *testing.T) {
	ex := newPool(t, 4)
	g := make(gate)
	defer close(g)
	f1 := mustSubmit(t, ex, square, 21)
	f2 := mustSubmit(t, ex, g.task, 0)
	done, notDone := futures.Wait([]*futures.Future[int]{cancelledFuture(), f1, f2}, 5*time.Second, futures.FirstCompleted)
	// the cancelled future satisfies FIRST_COMPLETED at once; f1 may or may not be done yet
	if len(done) < 1 || !done[0].Cancelled() || !slices.Contains(notDone, f2) {
		t.Errorf("done %v notDone %v", done, notDone)
	}
	done, notDone = futures.Wait([]*futures.Future[int]{f1, f2}, futures.NoTimeout, futures.FirstCompleted)
	sameSet(t, "done", done, []*futures.Future[int]{f1})
	sameSet(t, "notDone", notDone, []*futures.Future[int]{f2})
}

// CPython WaitTests.test_first_exception and test_first_exception_some_already_complete.
func TestWaitFirstException(t *testing.T) {
	ex := newPool(t, 4)
	g := make(gate)
	defer close(g)
	f1 := mustSubmit(t, ex, square, 2)
	f2 := mustSubmit(t, ex, func(int) int { panic("x") }, 0)
	f3 := mustSubmit(t, ex, g.task, 3)
	done, notDone := futures.Wait([]*futures.Future[int]{f1, f2, f3}, futures.NoTimeout, futures.FirstException)
	if !slices.Contains(done, f2) || !slices.Equal(ids(notDone), ids([]*futures.Future[int]{f3})) {
		t.Errorf("done %v notDone %v", done, notDone)
	}
	// some already complete, one already failed: returns at once
	ok, failed, pend := successfulFuture(1), exceptionFuture(errBoom), pendingFuture()
	all := []*futures.Future[int]{ok, failed, pend, cancelledFuture()}
	done, notDone = futures.Wait(all, futures.NoTimeout, futures.FirstException)
	sameSet(t, "done", done, []*futures.Future[int]{ok, failed, all[3]})
	sameSet(t, "notDone", notDone, []*futures.Future[int]{pend})
	// no exception: like ALL_COMPLETED
	f4, f5 := mustSubmit(t, ex, square, 4), mustSubmit(t, ex, square, 5)
	done, notDone = futures.Wait([]*futures.Future[int]{f4, f5}, futures.NoTimeout, futures.FirstException)
	if len(done) != 2 || len(notDone) != 0 {
		t.Errorf("done %v notDone %v", done, notDone)
	}
}

// CPython WaitTests.test_all_completed and test_timeout.
func TestWaitAllCompletedAndTimeout(t *testing.T) {
	ex := newPool(t, 4)
	f1, f2 := mustSubmit(t, ex, square, 2), mustSubmit(t, ex, square, 3)
	all := []*futures.Future[int]{successfulFuture(1), exceptionFuture(errBoom), cancelledFuture(), f1, f2}
	done, notDone := futures.Wait(all, futures.NoTimeout, futures.AllCompleted)
	sameSet(t, "done", done, all)
	if len(notDone) != 0 {
		t.Errorf("notDone %v", notDone)
	}
	g := make(gate)
	f3 := mustSubmit(t, ex, g.task, 7)
	done, notDone = futures.Wait([]*futures.Future[int]{f1, f3}, 20*time.Millisecond, futures.AllCompleted)
	sameSet(t, "done", done, []*futures.Future[int]{f1})
	sameSet(t, "notDone", notDone, []*futures.Future[int]{f3})
	close(g)
	// duplicates are counted once, as in Python's set
	done, _ = futures.Wait([]*futures.Future[int]{f1, f1, f3, f3}, futures.NoTimeout, futures.AllCompleted)
	sameSet(t, "dedup", done, []*futures.Future[int]{f1, f3})
}

// CPython AsCompletedTests: no timeout, zero timeout, duplicates, the
// "N (of M) futures unfinished" error.
func TestAsCompleted(t *testing.T) {
	ex := newPool(t, 4)
	f1, f2 := mustSubmit(t, ex, square, 2), mustSubmit(t, ex, square, 3)
	all := []*futures.Future[int]{successfulFuture(1), exceptionFuture(errBoom), cancelledFuture(), f1, f2, f1}
	var got []*futures.Future[int]
	for f, err := range futures.AsCompleted(all, futures.NoTimeout) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, f)
	}
	if len(got) != 5 || !slices.Equal(ids(got[:3]), ids(all[:3])) {
		t.Errorf("got %v", got)
	}
	// zero timeout: the finished ones, then the error for the rest
	g := make(gate)
	defer close(g)
	p1, p2 := mustSubmit(t, ex, g.task, 0), pendingFuture()
	got = nil
	var lastErr error
	for f, err := range futures.AsCompleted([]*futures.Future[int]{successfulFuture(1), p1, exceptionFuture(errBoom), p2}, 0) {
		if err != nil {
			lastErr = err
			break
		}
		got = append(got, f)
	}
	if len(got) != 2 || !errors.Is(lastErr, futures.ErrTimeout) || !strings.Contains(lastErr.Error(), "2 (of 4) futures unfinished") {
		t.Errorf("got %v, err %v", got, lastErr)
	}
	// completion order, not input order
	g2 := make(gate)
	slow := mustSubmit(t, ex, g2.task, 1)
	fast := mustSubmit(t, ex, square, 2)
	got = nil
	for f, err := range futures.AsCompleted([]*futures.Future[int]{slow, fast}, futures.NoTimeout) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, f)
		if f == fast {
			close(g2)
		}
	}
	sameSet(t, "order", got, []*futures.Future[int]{fast, slow})
	// breaking out early is fine and unregisters the waiters
	for range futures.AsCompleted([]*futures.Future[int]{successfulFuture(1), pendingFuture()}, futures.NoTimeout) {
		break
	}
}
