package coroutine

import (
	"strings"
	"testing"
	"time"
)

func TestToThreadRunsAlongsideTasks(t *testing.T) {
	var order []string
	got, err := Run(func(l *Loop) (int, error) {
		release := make(chan struct{})
		f := ToThread(l, func() (int, error) {
			<-release // blocks its goroutine, never the loop
			return 42, nil
		})
		CreateTask(l, func(l *Loop) (any, error) {
			order = append(order, "task ran while the thread blocked")
			close(release)
			return nil, nil
		})
		v, err := Await(l, f)
		order = append(order, "thread result")
		return v, err
	})
	if err != nil || got != 42 || strings.Join(order, ",") != "task ran while the thread blocked,thread result" {
		t.Fatalf("got %v, %v, order %q", got, err, order)
	}
}

func TestToThreadPanicIsAnError(t *testing.T) {
	_, err := Run(func(l *Loop) (int, error) {
		return Await(l, ToThread(l, func() (int, error) { panic("boom") }))
	})
	if err == nil || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("err = %v", err)
	}
}

func TestToThreadWithTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release) // the thread finishes only after the timeout
	_, err := Run(func(l *Loop) (int, error) {
		f := ToThread(l, func() (int, error) {
			<-release
			return 1, nil
		})
		return WaitFor(l, f, 5*time.Millisecond)
	})
	if err != ErrTimeout {
		t.Fatalf("err = %v, want ErrTimeout", err)
	}
}
