package worker

import (
	"context"
	"errors"
	"io"
	"testing"
	"time"

	lowered "github.com/gokernel/gokernel/kernel/frontend/rt"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// The column correction must match what yaegi itself reports: compile the
// same faulty line as a statement, a declaration and a package chunk, and
// check the corrected column points at the bad token.
func TestClassifyCompileColumns(t *testing.T) {
	for _, src := range []string{
		`;x := 1 + "s"`,
		`var y int = "s"`,
		`func f() int { return "s" }`,
	} {
		it := interp.New(interp.Options{Stderr: io.Discard})
		it.Use(stdlib.Symbols)
		_, err := it.Eval(src)
		if err == nil {
			t.Fatalf("%s compiled", src)
		}
		f := classify(err, src, nil)
		if f.Kind != "compile" || f.Line != 1 {
			t.Fatalf("%s: %+v", src, f)
		}
		if got := src[f.Col-1:]; got[0] != '"' && got[0] != '1' {
			t.Errorf("%s: column %d points at %q (%s)", src, f.Col, got, f.Message)
		}
	}
}

func TestClassifyPanics(t *testing.T) {
	it := interp.New(interp.Options{Stderr: io.Discard})
	it.Use(stdlib.Symbols)
	it.Eval(`import "os"`)
	for _, c := range []struct{ src, kind, msg string }{
		{`;panic("boom")`, "panic", "boom"},
		{`;os.Exit(4)`, "exit", "os.Exit(4)"},
		{`;var m map[int]int; m[1] = 1`, "runtime error", "assignment to entry in nil map"},
		{`;var s []int; _ = s[3]`, "runtime error", "runtime error: index out of range"},
		{`;var p *struct{ X int }; _ = p.X`, "runtime error", "runtime error: invalid memory address or nil pointer dereference"},
	} {
		_, err := it.Eval(c.src)
		var p interp.Panic
		if !errors.As(err, &p) {
			t.Fatalf("%s: %v is not a panic", c.src, err)
		}
		f := classify(err, c.src, nil)
		if f.Kind != c.kind || f.Message != c.msg {
			t.Errorf("%s: %+v, want %s %q", c.src, f, c.kind, c.msg)
		}
	}
}

func TestEmptyStructNames(t *testing.T) {
	msg := `interface conversion: struct { Xgkt string "json:\"-\" xml:\"-\" gk:\"Timeout\"" } is not struct { Xgkt string "json:\"-\" xml:\"-\" gk:\"Other\"" }: missing method `
	want := "interface conversion: main.Timeout is not main.Other: missing method "
	if got := lowered.NameHiddenTypes(msg); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A lowered time.Sleep on the cell's goroutine ends with the interrupt, and
// the eval goroutine is gone after it (so the worker need not be replaced).
func TestInterruptEndsLoweredSleep(t *testing.T) {
	it := interp.New(interp.Options{Stderr: io.Discard})
	it.Use(stdlib.Symbols)
	if err := it.Use(interp.Exports{"gokernel/rt/rt": lowered.Symbols}); err != nil {
		t.Fatal(err)
	}
	if _, err := it.Eval(`import __gkrt "gokernel/rt"`); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	lowered.SetInterrupt(ctx.Done())
	defer lowered.SetInterrupt(nil)
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	it.EvalWithContext(ctx, `;__gkrt.Sleep(3600000000000)`)
	if !waitEvalGone(time.Second) {
		t.Fatal("the eval goroutine is still sleeping")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("interrupt took %v", d)
	}
}
