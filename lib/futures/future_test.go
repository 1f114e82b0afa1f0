package futures_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

// The fixtures of CPython's FutureTests: a future in each state.
func pendingFuture() *futures.Future[int] { return futures.NewFuture[int]() }

func runningFuture() *futures.Future[int] {
	f := futures.NewFuture[int]()
	f.SetRunningOrNotifyCancel()
	return f
}

func cancelledFuture() *futures.Future[int] {
	f := futures.NewFuture[int]()
	f.Cancel()
	return f
}

func exceptionFuture(err error) *futures.Future[int] {
	f := futures.NewFuture[int]()
	f.SetException(err)
	return f
}

func successfulFuture(v int) *futures.Future[int] {
	f := futures.NewFuture[int]()
	f.SetResult(v)
	return f
}

var reprRE = regexp.MustCompile(`#\d+`)

func repr(f fmt.Stringer) string { return reprRE.ReplaceAllString(f.String(), "#N") }

func TestRepr(t *testing.T) {
	for _, c := range []struct {
		f    fmt.Stringer
		want string
	}{
		{pendingFuture(), "<Future at #N state=pending>"},
		{runningFuture(), "<Future at #N state=running>"},
		{cancelledFuture(), "<Future at #N state=cancelled>"},
		{exceptionFuture(errBoom), "<Future at #N state=finished raised *errors.errorString>"},
		{successfulFuture(42), "<Future at #N state=finished returned int>"},
	} {
		if got := repr(c.f); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
	a, b := pendingFuture(), pendingFuture()
	if a.ID() == b.ID() {
		t.Errorf("ids not unique: %d", a.ID())
	}
}

func TestCancel(t *testing.T) {
	f1, f2, f3 := pendingFuture(), runningFuture(), cancelledFuture()
	f4, f5 := exceptionFuture(errBoom), successfulFuture(42)
	if !f1.Cancel() || f1.State() != futures.Cancelled {
		t.Errorf("pending: cancel failed: %v", f1)
	}
	if f2.Cancel() || f2.State() != futures.Running {
		t.Errorf("running: cancel succeeded: %v", f2)
	}
	if !f3.Cancel() || f3.State() != futures.Cancelled {
		t.Errorf("cancelled: cancel should yield true: %v", f3)
	}
	if f4.Cancel() || f4.State() != futures.Finished {
		t.Errorf("exception: cancel succeeded: %v", f4)
	}
	if f5.Cancel() || f5.State() != futures.Finished {
		t.Errorf("success: cancel succeeded: %v", f5)
	}
}

func TestPredicates(t *testing.T) {
	cases := []struct {
		f                        *futures.Future[int]
		cancelled, running, done bool
	}{
		{pendingFuture(), false, false, false},
		{runningFuture(), false, true, false},
		{cancelledFuture(), true, false, true},
		{exceptionFuture(errBoom), false, false, true},
		{successfulFuture(42), false, false, true},
	}
	for _, c := range cases {
		if c.f.Cancelled() != c.cancelled || c.f.Running() != c.running || c.f.Done() != c.done {
			t.Errorf("%v: cancelled=%v running=%v done=%v", c.f, c.f.Cancelled(), c.f.Running(), c.f.Done())
		}
	}
}

func TestResultAndException(t *testing.T) {
	if _, err := pendingFuture().Result(0); !errors.Is(err, futures.ErrTimeout) {
		t.Errorf("pending Result(0): %v", err)
	}
	if _, err := runningFuture().Result(5 * time.Millisecond); !errors.Is(err, futures.ErrTimeout) {
		t.Errorf("running Result: %v", err)
	}
	if _, err := cancelledFuture().Result(0); !errors.Is(err, futures.ErrCancelled) {
		t.Errorf("cancelled Result: %v", err)
	}
	if _, err := exceptionFuture(errBoom).Result(0); err != errBoom {
		t.Errorf("exception Result: %v", err)
	}
	if v, err := successfulFuture(42).Result(futures.NoTimeout); v != 42 || err != nil {
		t.Errorf("success Result: %v %v", v, err)
	}
	if _, err := pendingFuture().Exception(0); !errors.Is(err, futures.ErrTimeout) {
		t.Errorf("pending Exception: %v", err)
	}
	if _, err := cancelledFuture().Exception(0); !errors.Is(err, futures.ErrCancelled) {
		t.Errorf("cancelled Exception: %v", err)
	}
	if te, err := exceptionFuture(errBoom).Exception(0); te != errBoom || err != nil {
		t.Errorf("exception Exception: %v %v", te, err)
	}
	if te, err := successfulFuture(1).Exception(0); te != nil || err != nil {
		t.Errorf("success Exception: %v %v", te, err)
	}
}

// CPython's test_result_with_success: a result set from another thread
// wakes a waiter blocked without timeout.
func TestResultFromOtherGoroutine(t *testing.T) {
	f := pendingFuture()
	go func() {
		time.Sleep(time.Millisecond)
		f.SetResult(42)
	}()
	if v, err := f.Result(futures.NoTimeout); v != 42 || err != nil {
		t.Fatalf("got %v %v", v, err)
	}
	g := pendingFuture()
	go func() {
		time.Sleep(time.Millisecond)
		g.Cancel()
	}()
	if _, err := g.Result(futures.NoTimeout); !errors.Is(err, futures.ErrCancelled) {
		t.Fatalf("got %v", err)
	}
}

func TestInvalidState(t *testing.T) {
	f := successfulFuture(1)
	if err := f.SetResult(2); !errors.Is(err, futures.ErrInvalidState) {
		t.Errorf("SetResult on finished: %v", err)
	}
	if err := cancelledFuture().SetException(errBoom); !errors.Is(err, futures.ErrInvalidState) {
		t.Errorf("SetException on cancelled: %v", err)
	}
	if v, _ := f.Result(0); v != 1 {
		t.Errorf("result changed to %d", v)
	}
	if runningFuture().SetRunningOrNotifyCancel() {
		t.Errorf("SetRunningOrNotifyCancel twice yielded true")
	}
}

func TestDoneCallbacks(t *testing.T) {
	// Callbacks run in order with the future, once, after completion.
	f := pendingFuture()
	var got []string
	f.AddDoneCallback(func(g *futures.Future[int]) {
		v, _ := g.Result(0)
		got = append(got, fmt.Sprint("a", v))
	})
	f.AddDoneCallback(func(g *futures.Future[int]) { got = append(got, "b") })
	if len(got) != 0 {
		t.Fatalf("callback ran early")
	}
	f.SetResult(5)
	if strings.Join(got, ",") != "a5,b" {
		t.Errorf("got %v", got)
	}
	// Added after done: runs immediately.
	ran := false
	f.AddDoneCallback(func(*futures.Future[int]) { ran = true })
	if !ran {
		t.Errorf("callback added after done did not run")
	}
	// Cancel runs callbacks; a panicking callback does not stop the others.
	c := pendingFuture()
	var n atomic.Int32
	c.AddDoneCallback(func(*futures.Future[int]) { panic("doh!") })
	c.AddDoneCallback(func(g *futures.Future[int]) {
		if g.Cancelled() {
			n.Add(1)
		}
	})
	c.Cancel()
	if n.Load() != 1 {
		t.Errorf("cancel callback count %d", n.Load())
	}
}

func TestPanicBecomesError(t *testing.T) {
	ex, _ := futures.NewThreadPoolExecutor(1)
	defer ex.Shutdown(true)
	f, err := futures.Submit(ex, func(s string) int { panic(s) }, "kaboom")
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Result(futures.NoTimeout)
	var pe *futures.PanicError
	if !errors.As(err, &pe) || pe.Value != "kaboom" || !strings.Contains(string(pe.Stack), "TestPanicBecomesError") {
		t.Fatalf("got %v", err)
	}
	if !strings.Contains(repr(f), "raised *futures.PanicError") {
		t.Errorf("repr %s", repr(f))
	}
	g, _ := futures.Submit(ex, func(e error) int { panic(e) }, errBoom)
	if _, err := g.Result(futures.NoTimeout); !errors.Is(err, errBoom) {
		t.Errorf("panic(err) does not unwrap: %v", err)
	}
}
