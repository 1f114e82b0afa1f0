package coroutine

import (
	"errors"
	"strings"
	"testing"
)

func TestStrings(t *testing.T) {
	g := New(func(y *Yielder[int, any]) (any, error) { y.Yield(1); return nil, nil })
	if s := g.String(); !strings.HasPrefix(s, "<generator object at 0x") || !strings.HasSuffix(s, ": GEN_CREATED>") {
		t.Errorf("generator: %q", s)
	}
	g.Next()
	if s := g.String(); !strings.HasSuffix(s, ": GEN_SUSPENDED>") {
		t.Errorf("generator: %q", s)
	}
	RunVirtual(func(l *Loop) (any, error) {
		f := NewFuture[int](l)
		task := CreateTask(l, func(l *Loop) (int, error) { return 42, nil })
		bad := NewFuture[int](l)
		bad.SetError(errors.New("boom"))
		c := NewFuture[int](l)
		c.Cancel()
		if f.String() != "<Future pending>" || task.String() != "<Task pending>" ||
			bad.String() != "<Future finished exception=boom>" || c.String() != "<Future cancelled>" {
			t.Errorf("futures: %v %v %v %v", f, task, bad, c)
		}
		Await(l, task)
		if task.String() != "<Task finished result=42>" {
			t.Errorf("task: %v", task)
		}
		return nil, nil
	})
}
