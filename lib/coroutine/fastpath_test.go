package coroutine

import (
	"errors"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestSendAndNextDoNotAllocate: a resume of a suspended generator is two
// coroutine switches and field writes, nothing on the heap.
func TestSendAndNextDoNotAllocate(t *testing.T) {
	echo := New(func(y *Yielder[int, int]) (int, error) {
		v := 0
		for {
			v = y.Yield(v + 1)
		}
	})
	echo.Next()
	i := 0
	if n := testing.AllocsPerRun(1000, func() {
		i++
		if v, err := echo.Send(i); v != i+1 || err != nil {
			t.Fatalf("Send(%d) = %v, %v", i, v, err)
		}
	}); n != 0 {
		t.Errorf("Send: %v allocations per call", n)
	}
	if n := testing.AllocsPerRun(1000, func() {
		if _, err := echo.Next(); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("Next: %v allocations per call", n)
	}
	// YieldErr, the other way to suspend, and a pointer-shaped S.
	ptrs := New(func(y *Yielder[*int, *int]) (int, error) {
		var p *int
		for {
			s, err := y.YieldErr(p)
			if err != nil {
				return 0, err
			}
			p = s
		}
	})
	ptrs.Next()
	x := 7
	if n := testing.AllocsPerRun(1000, func() {
		if v, err := ptrs.Send(&x); v != &x || err != nil {
			t.Fatalf("Send(&x) = %v, %v", v, err)
		}
	}); n != 0 {
		t.Errorf("Send with YieldErr: %v allocations per call", n)
	}
	echo.Close()
	ptrs.Close()
}

// TestThrowPastAYieldInADefer: the error a Throw raises at Yield is the one
// the body ends with, even when a deferred call yields and is resumed with
// Send on the way out (Python: yield inside finally).
func TestThrowPastAYieldInADefer(t *testing.T) {
	boom := errors.New("boom")
	var got []any
	mk := func() *Generator[int, int, int] {
		got = nil
		return New(func(y *Yielder[int, int]) (int, error) {
			defer func() {
				s, err := y.YieldErr(2)
				got = append(got, s, err)
			}()
			y.Yield(1)
			return 0, nil
		})
	}
	g := mk()
	g.Next()
	if v, err := g.Throw(boom); v != 2 || err != nil {
		t.Fatalf("Throw = %v, %v; want the deferred yield's 2", v, err)
	}
	if _, err := g.Send(5); err != boom {
		t.Fatalf("Send after the deferred yield = %v, want boom", err)
	}
	if len(got) != 2 || got[0] != 5 || got[1] != nil {
		t.Fatalf("deferred YieldErr got %v, want [5 <nil>]", got)
	}
	g = mk()
	g.Next()
	if err := g.Close(); err != ErrIgnoredExit {
		t.Fatalf("Close = %v", err)
	}
	if g.State() != GenSuspended {
		t.Fatalf("state after ignored exit: %v", g.State())
	}
	if _, err := g.Send(6); err != ErrGeneratorExit || g.State() != GenClosed {
		t.Fatalf("Send after ignored exit = %v, state %v", err, g.State())
	}
	if len(got) != 2 || got[0] != 6 || got[1] != nil {
		t.Fatalf("deferred YieldErr got %v, want [6 <nil>]", got)
	}
	// The deferred YieldErr takes a second Throw; the first error still
	// ends the body (Python: an exception caught inside finally).
	zap := errors.New("zap")
	g = mk()
	g.Next()
	g.Throw(boom)
	if _, err := g.Throw(zap); err != boom {
		t.Fatalf("second Throw = %v, want boom", err)
	}
	if len(got) != 2 || got[0] != 0 || got[1] != zap {
		t.Fatalf("deferred YieldErr got %v, want [0 zap]", got)
	}
	g = mk()
	g.Next()
	g.Close()
	if err := g.Close(); err != nil || g.State() != GenClosed {
		t.Fatalf("second Close = %v, state %v", err, g.State())
	}
}

// TestCaughtThrowThenPanic: once YieldErr has taken a thrown error, a
// genuine panic in the body is not mistaken for an unwinding Yield.
func TestCaughtThrowThenPanic(t *testing.T) {
	g := New(func(y *Yielder[int, int]) (int, error) {
		if _, err := y.YieldErr(1); err != nil {
			panic("genuine " + err.Error())
		}
		return 0, nil
	})
	g.Next()
	defer func() {
		if p := recover(); p != "genuine x" {
			t.Fatalf("recovered %v, want the body's panic", p)
		}
		if g.State() != GenClosed {
			t.Fatalf("state after panic: %v", g.State())
		}
	}()
	g.Throw(errors.New("x"))
	t.Fatal("Throw returned")
}

// TestYieldAfterTheBodyEnded: a Yielder kept past its body panics with a
// readable error instead of suspending anything.
func TestYieldAfterTheBodyEnded(t *testing.T) {
	var kept *Yielder[int, int]
	g := New(func(y *Yielder[int, int]) (int, error) {
		kept = y
		return 0, nil
	})
	g.Next()
	defer func() {
		err, _ := recover().(error)
		if err == nil || !strings.Contains(err.Error(), "outside a generator body") {
			t.Fatalf("recovered %v", err)
		}
	}()
	kept.Yield(1)
	t.Fatal("Yield returned")
}

// TestYieldIsInlinable guards Yield's inlining budget (see Yield): a change
// that pushes it over costs a mispredicted return per round trip.
func TestYieldIsInlinable(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the compiler")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goBin, "build", "-o", os.DevNull, "-gcflags=-m", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if !regexp.MustCompile(`(?m)can inline \(\*Yielder\[go\.shape[^\]]*\]\)\.Yield$`).Match(out) {
		t.Fatalf("(*Yielder).Yield is no longer inlinable:\n%s", out)
	}
}
