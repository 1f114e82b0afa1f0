package coroutine

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestYieldUnwindsOnThrowAndRunsDefers(t *testing.T) {
	var cleaned bool
	boom := errors.New("boom")
	g := New(func(y *Yielder[int, int]) (string, error) {
		defer func() { cleaned = true }()
		for i := 0; ; i++ {
			y.Yield(i)
		}
	})
	if v, err := g.Next(); v != 0 || err != nil {
		t.Fatalf("Next = %v, %v", v, err)
	}
	if _, err := g.Throw(boom); err != boom {
		t.Fatalf("Throw returned %v, want boom", err)
	}
	if !cleaned || g.State() != GenClosed {
		t.Fatalf("cleaned=%v state=%v", cleaned, g.State())
	}
}

func TestRaiseFromHelper(t *testing.T) {
	bad := errors.New("bad input")
	check := func(y *Yielder[int, any], v int) {
		if v < 0 {
			y.Raise(bad)
		}
	}
	g := New(func(y *Yielder[int, any]) (any, error) {
		for _, v := range []int{1, -1, 2} {
			check(y, v)
			y.Yield(v)
		}
		return nil, nil
	})
	g.Next()
	if _, err := g.Next(); err != bad {
		t.Fatalf("got %v, want %v", err, bad)
	}
}

func TestPanicPropagatesAndCloses(t *testing.T) {
	g := New(func(y *Yielder[int, any]) (any, error) {
		y.Yield(1)
		panic("kaboom")
	})
	g.Next()
	func() {
		defer func() {
			if p := recover(); p != "kaboom" {
				t.Fatalf("recovered %v, want kaboom", p)
			}
		}()
		g.Next()
	}()
	if g.State() != GenClosed {
		t.Fatalf("state after panic = %v", g.State())
	}
	if _, err := g.Next(); err != ErrStopIteration {
		t.Fatalf("Next after panic = %v", err)
	}
}

func TestReturnValueAndStopIteration(t *testing.T) {
	g := New(func(y *Yielder[int, any]) (int, error) {
		y.Yield(1)
		return 42, nil
	})
	g.Next()
	_, err := g.Next()
	var s *StopIteration
	if !errors.As(err, &s) || s.Value != 42 || !errors.Is(err, ErrStopIteration) {
		t.Fatalf("err = %#v", err)
	}
	if err.Error() != "StopIteration: 42" || g.Result() != 42 {
		t.Fatalf("Error()=%q Result()=%v", err.Error(), g.Result())
	}
	if _, err := g.Next(); err != ErrStopIteration {
		t.Fatalf("second Next = %v", err)
	}
}

func TestAllBreakCloses(t *testing.T) {
	var exited bool
	g := New(func(y *Yielder[int, any]) (any, error) {
		for i := 0; ; i++ {
			if _, err := y.YieldErr(i); err != nil {
				exited = errors.Is(err, ErrGeneratorExit)
				return nil, err
			}
		}
	})
	var got []int
	for v := range g.All() {
		if v == 3 {
			break
		}
		got = append(got, v)
	}
	if len(got) != 3 || !exited || g.State() != GenClosed || g.Err() != nil {
		t.Fatalf("got %v exited=%v state=%v err=%v", got, exited, g.State(), g.Err())
	}
}

func TestAllReportsBodyError(t *testing.T) {
	bad := errors.New("bad")
	g := New(func(y *Yielder[int, any]) (any, error) {
		y.Yield(1)
		return nil, bad
	})
	n := 0
	for range g.All() {
		n++
	}
	if n != 1 || g.Err() != bad {
		t.Fatalf("n=%d err=%v", n, g.Err())
	}
}

func TestStateInsideBody(t *testing.T) {
	var g *Generator[State, any, any]
	g = New(func(y *Yielder[State, any]) (any, error) {
		y.Yield(g.State())
		return nil, nil
	})
	if v, _ := g.Next(); v != GenRunning {
		t.Fatalf("state seen by body = %v", v)
	}
}

func TestBadInput(t *testing.T) {
	var nilGen *Generator[int, int, int]
	if _, err := nilGen.Next(); err != ErrNilGenerator {
		t.Errorf("nil Next: %v", err)
	}
	if err := nilGen.Close(); err != ErrNilGenerator {
		t.Errorf("nil Close: %v", err)
	}
	if nilGen.State() != GenClosed {
		t.Errorf("nil State: %v", nilGen.State())
	}
	g := New[int, int, int](nil)
	if _, err := g.Next(); err != ErrNilBody {
		t.Errorf("nil body: %v", err)
	}
	g2 := New(func(y *Yielder[int, []int]) (int, error) { y.Yield(1); return 0, nil })
	if _, err := g2.Send([]int{1}); err != ErrJustStarted {
		t.Errorf("non-zero slice send: %v", err)
	}
	if _, err := g2.Send(nil); err != nil {
		t.Errorf("nil slice send to a new generator: %v", err)
	}
	if _, err := g2.Throw(nil); err != ErrNilThrow {
		t.Errorf("Throw(nil): %v", err)
	}
	var zero Yielder[int, int]
	if _, err := zero.YieldErr(1); err == nil || !strings.Contains(err.Error(), "outside") {
		t.Errorf("zero Yielder: %v", err)
	}
	// A nil sub-generator is an error, not a crash.
	if _, err := YieldFromErr[int, int, int](&zero, nil); err != ErrNilGenerator {
		t.Errorf("YieldFrom nil: %v", err)
	}
}

func TestConcurrentResumeIsRejected(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	g := New(func(y *Yielder[int, any]) (any, error) {
		close(started)
		<-release
		return nil, nil
	})
	done := make(chan error)
	go func() { _, err := g.Next(); done <- err }()
	<-started
	if _, err := g.Next(); err != ErrAlreadyRunning {
		t.Errorf("second resume: %v", err)
	}
	if err := g.Close(); err != ErrAlreadyRunning {
		t.Errorf("Close while running: %v", err)
	}
	close(release)
	if err := <-done; !errors.Is(err, ErrStopIteration) {
		t.Errorf("first resume: %v", err)
	}
}

// TestAbandonedGeneratorsLeaveNoGoroutines drops suspended generators and
// checks that the garbage collector's cleanup closes them all.
func TestAbandonedGeneratorsLeaveNoGoroutines(t *testing.T) {
	base := runtime.NumGoroutine()
	exits := make(chan struct{}, 100)
	for range 100 {
		g := New(func(y *Yielder[int, any]) (any, error) {
			defer func() { exits <- struct{}{} }()
			for i := 0; ; i++ {
				y.Yield(i)
			}
		})
		g.Next()
	}
	deadline := time.Now().Add(20 * time.Second)
	got := 0
	for got < 100 && time.Now().Before(deadline) {
		runtime.GC()
		select {
		case <-exits:
			got++
		case <-time.After(10 * time.Millisecond):
		}
	}
	if got != 100 {
		t.Fatalf("%d of 100 abandoned generators were stopped", got)
	}
	for time.Now().Before(deadline) && runtime.NumGoroutine() > base {
		time.Sleep(5 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > base {
		t.Fatalf("%d goroutines left, %d before", n, base)
	}
}

func TestYieldFromPassesThrowAndClose(t *testing.T) {
	var log []string
	sub := func() *Generator[int, int, int] {
		return New(func(y *Yielder[int, int]) (int, error) {
			defer func() { log = append(log, "sub exit") }()
			total := 0
			for {
				v, err := y.YieldErr(total)
				if err != nil {
					if errors.Is(err, ErrGeneratorExit) {
						return 0, err
					}
					log = append(log, "sub caught "+err.Error())
					continue
				}
				total += v
			}
		})
	}
	outer := New(func(y *Yielder[int, int]) (int, error) {
		return YieldFrom(y, sub()), nil
	})
	outer.Next()
	outer.Send(5)
	if v, err := outer.Throw(errors.New("x")); v != 5 || err != nil {
		t.Fatalf("Throw through yield from = %v, %v", v, err)
	}
	if err := outer.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if strings.Join(log, ",") != "sub caught x,sub exit" || outer.State() != GenClosed {
		t.Fatalf("log %q state %v", log, outer.State())
	}
}

func TestEmptyStructResultPrintsLikeNone(t *testing.T) {
	g := New(func(y *Yielder[int, any]) (struct{}, error) { return struct{}{}, nil })
	if _, err := g.Next(); err == nil || err.Error() != "StopIteration" {
		t.Fatalf("err = %v", err)
	}
}

func TestYieldSeqStopsOnThrow(t *testing.T) {
	stopped := false
	seq := func(yield func(int) bool) {
		defer func() { stopped = true }()
		for i := 0; yield(i); i++ {
		}
	}
	boom := errors.New("boom")
	g := New(func(y *Yielder[int, any]) (any, error) {
		y.YieldSeq(seq)
		return nil, nil
	})
	g.Next()
	g.Next()
	if _, err := g.Throw(boom); err != boom || !stopped {
		t.Fatalf("Throw = %v, seq stopped %v", err, stopped)
	}
	if State(9).String() != "State(9)" || GenSuspended.String() != "GEN_SUSPENDED" {
		t.Fatalf("State strings: %v %v", State(9), GenSuspended)
	}
}
