package coroutine

import (
	"errors"
	"testing"
	"time"
)

func TestStalledMainIsAnError(t *testing.T) {
	_, err := RunVirtual(func(l *Loop) (int, error) {
		f := NewFuture[int](l) // nobody will ever set it
		return Await(l, f)
	})
	if err != ErrStalled {
		t.Fatalf("got %v, want ErrStalled", err)
	}
}

func TestAwaitOutsideTask(t *testing.T) {
	var loop *Loop
	RunVirtual(func(l *Loop) (any, error) { loop = l; return nil, nil })
	if _, err := Await(loop, NewFuture[int](loop)); err != ErrNotInTask {
		t.Fatalf("Await outside: %v", err)
	}
	if err := loop.Sleep(time.Second); err != ErrNotInTask {
		t.Fatalf("Sleep outside: %v", err)
	}
	var nilLoop *Loop
	if err := nilLoop.Sleep(0); err != ErrNoLoop {
		t.Fatalf("nil loop Sleep: %v", err)
	}
	if _, err := Run[int](nil); err != ErrNoLoop {
		t.Fatalf("Run(nil): %v", err)
	}
	if f := CreateTask[int](nil, nil); !f.Done() {
		t.Fatalf("CreateTask(nil, nil) should be a failed future")
	}
}

func TestAwaitSelfAndOtherLoop(t *testing.T) {
	var other *Loop
	RunVirtual(func(l *Loop) (any, error) { other = l; return nil, nil })
	_, err := RunVirtual(func(l *Loop) (any, error) {
		var self *Future[int]
		self = CreateTask(l, func(l *Loop) (int, error) { return Await(l, self) })
		if _, err := Await(l, self); err != ErrAwaitSelf {
			t.Errorf("await self: %v", err)
		}
		if _, err := Await(l, NewFuture[int](other)); err != ErrOtherLoop {
			t.Errorf("other loop: %v", err)
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestVirtualClockAdvancesWithoutSleeping(t *testing.T) {
	start := time.Now()
	got, err := RunVirtual(func(l *Loop) (time.Duration, error) {
		if err := l.Sleep(time.Hour); err != nil {
			return 0, err
		}
		return l.Time(), nil
	})
	if err != nil || got != time.Hour {
		t.Fatalf("Time after Sleep(1h) = %v, %v", got, err)
	}
	if time.Since(start) > 10*time.Second {
		t.Fatalf("virtual sleep took real time")
	}
}

func TestTaskPanicPropagatesAndClosesOthers(t *testing.T) {
	cleaned := false
	defer func() {
		if p := recover(); p != "task panic" {
			t.Fatalf("recovered %v", p)
		}
		if !cleaned {
			t.Fatal("the other task was not closed")
		}
	}()
	RunVirtual(func(l *Loop) (any, error) {
		CreateTask(l, func(l *Loop) (any, error) {
			defer func() { cleaned = true }()
			return nil, l.Sleep(time.Hour)
		})
		l.Sleep(time.Second)
		panic("task panic")
	})
}

func TestFutureStates(t *testing.T) {
	RunVirtual(func(l *Loop) (any, error) {
		f := NewFuture[string](l)
		if _, err := f.Result(); err != ErrInvalidState {
			t.Errorf("pending Result: %v", err)
		}
		bad := errors.New("bad")
		if err := f.SetError(bad); err != nil {
			t.Errorf("SetError: %v", err)
		}
		if err := f.SetResult("x"); err != ErrInvalidState {
			t.Errorf("SetResult on done: %v", err)
		}
		if f.Cancel() {
			t.Errorf("Cancel on done reported true")
		}
		if _, err := Await(l, f); err != bad {
			t.Errorf("Await: %v", err)
		}
		task := CreateTask(l, func(l *Loop) (int, error) { return 1, nil })
		if err := task.SetResult(2); err != ErrInvalidState {
			t.Errorf("SetResult on a task: %v", err)
		}
		return nil, nil
	})
}

func TestDoneFuturesAndZeroTimeout(t *testing.T) {
	_, err := RunVirtual(func(l *Loop) (any, error) {
		a, b := NewFuture[int](l), NewFuture[int](l)
		a.SetResult(1)
		b.SetResult(2)
		fired := false
		a.AddDoneCallback(func() { fired = true }) // already done: runs next round
		vs, err := Gather(l, a, b)
		if err != nil || len(vs) != 2 || vs[0] != 1 || vs[1] != 2 || !fired {
			t.Errorf("Gather of done futures = %v, %v (callback fired %v)", vs, err, fired)
		}
		if v, err := WaitFor(l, a, 0); v != 1 || err != nil {
			t.Errorf("WaitFor(done, 0) = %v, %v", v, err)
		}
		slow := CreateTask(l, func(l *Loop) (int, error) { return 0, l.Sleep(time.Hour) })
		if _, err := WaitFor(l, slow, 0); err != ErrTimeout || !slow.Cancelled() {
			t.Errorf("WaitFor(pending, 0) = %v, cancelled %v", err, slow.Cancelled())
		}
		if vs, err := Gather[int](l); err != nil || len(vs) != 0 {
			t.Errorf("empty Gather = %v, %v", vs, err)
		}
		return nil, nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
