package engine

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// Each of these must stop on interrupt with ename Interrupted, and the
// session must keep working. The bound is generous on purpose: the time it
// takes is measured in bench/engine, not asserted here.
func TestInterrupt(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import \"time\"\n---\nkept := 9\n_ = kept\n---\nfunc stay() int { return 4 }"))
	for _, c := range []struct {
		name, cell string
		restarts   bool
	}{
		{"for", "for {\n}", false},
		{"chan receive", "<-make(chan int)", false},
		{"select", "select {}", false},
		{"sleep", "time.Sleep(time.Hour)", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			time.AfterFunc(150*time.Millisecond, cancel)
			start := time.Now()
			res := e.Execute(ctx, kernelReq(c.cell, false), &recorder{})
			took := time.Since(start) - 150*time.Millisecond
			if res.Err == nil || res.Err.Name != "Interrupted" {
				t.Fatalf("result = %+v", res.Err)
			}
			if took > 2*time.Second {
				t.Errorf("interrupt took %v", took)
			}
			t.Logf("interrupt to reply: %v", took)
			if restarted := strings.Contains(res.Err.Value, "restarted"); restarted != c.restarts {
				t.Errorf("restarted = %v, want %v: %s", restarted, c.restarts, res.Err.Value)
			}
			res, _ = cell(t, e, "=stay()")
			mustOK(t, res)
			if plain(res) != "4" {
				t.Errorf("after interrupt stay() = %q", plain(res))
			}
			if !c.restarts {
				res, _ = cell(t, e, "=kept")
				mustOK(t, res)
				if plain(res) != "9" {
					t.Errorf("after interrupt kept = %q", plain(res))
				}
			}
		})
	}
}

func TestInterruptMethod(t *testing.T) {
	e := newTestEngine(t)
	time.AfterFunc(150*time.Millisecond, e.Interrupt)
	res, _ := cell(t, e, "for {\n}")
	if res.Err == nil || res.Err.Name != "Interrupted" {
		t.Fatalf("result = %+v", res.Err)
	}
	// An Interrupt with nothing running must not hit the next cell.
	e.Interrupt()
	res, _ = cell(t, e, "=3")
	mustOK(t, res)
}

func TestOutOfMemory(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector cannot run under a 2 GiB address-space limit")
	}
	e := newTestEngine(t, "GOKERNEL_WORKER_MEMORY=2147483648")
	mustOK(t, execOK(t, e, "var small = 1"))
	res, out := cell(t, e, "all := [][]byte{}\nfor {\n\tall = append(all, make([]byte, 64<<20))\n}")
	if res.Err == nil || res.Err.Name != "out of memory" {
		t.Fatalf("result = %+v\nstderr: %q", res.Err, out.text("stderr"))
	}
	res, _ = cell(t, e, "=small")
	mustOK(t, res)
	if plain(res) != "1" {
		t.Errorf("after restart small = %q", plain(res))
	}
}

// A cell blocked reading stdin stops on interrupt too.
func TestInterruptWhileReadingStdin(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import \"fmt\""))
	out := &blockingInput{recorder: &recorder{}, release: make(chan struct{})}
	defer close(out.release)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(150*time.Millisecond, cancel)
	res := e.Execute(ctx, kernelReqStdin("s := \"\"\nfmt.Scanln(&s)"), out)
	if res.Err == nil || res.Err.Name != "Interrupted" {
		t.Fatalf("result = %+v", res.Err)
	}
	res, _ = cell(t, e, "=5")
	mustOK(t, res)
}

// blockingInput is an Output whose Input waits until released, like a
// user who never answers.
type blockingInput struct {
	*recorder
	release chan struct{}
}

func (b *blockingInput) Input(prompt string, password bool) (string, error) {
	<-b.release
	return "", errors.New("gone")
}
