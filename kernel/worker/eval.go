package worker

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/scanner"
	"go/token"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	lowered "github.com/gokernel/gokernel/kernel/frontend/rt"
	"github.com/gokernel/gokernel/kernel/worker/pipe"
	"github.com/traefik/yaegi/interp"
)

// eval runs the steps of r in order and reports the outcome with a "done"
// event, synchronised with the output so the engine has seen everything the
// cell printed before it answers.
func (w *worker) eval(r pipe.Request) {
	ctx, cancel := context.WithCancel(context.Background())
	st := &evalState{id: r.ID, ctx: ctx, cancel: cancel, allow: r.AllowStdin}
	w.mu.Lock()
	w.running = st
	w.mu.Unlock()
	// Lowered time.Sleep and WaitGroup.Wait end with the interrupt.
	lowered.SetInterrupt(ctx.Done())
	defer lowered.SetInterrupt(nil)

	done := pipe.Event{Kind: "done", ID: r.ID, Status: "ok"}
	for i, src := range r.Steps {
		if ctx.Err() != nil {
			done.Status, done.Step = "interrupted", i
			break
		}
		w.stderr.reset()
		_, err := w.it.EvalWithContext(ctx, src)
		if ctx.Err() != nil {
			done.Status, done.Step = "interrupted", i
			// EvalWithContext returns at once on cancel; the eval itself
			// only stops at its next interpreted instruction. If it sits in
			// compiled code (time.Sleep, wg.Wait) it never will: say so, and
			// the engine replaces this process.
			// The bound is generous because on a loaded machine an
			// interpreted loop can take tens of milliseconds to notice the
			// cancel, and mistaking it for stuck would cost the session.
			done.Stuck = !waitEvalGone(150 * time.Millisecond)
			break
		}
		if err != nil {
			done.Status, done.Step = "error", i
			done.Error = classify(err, src, w.stderr.take())
			if r.KeepGoing {
				continue
			}
			break
		}
		if i < len(r.Decls) && r.Decls[i] {
			w.session.add(src)
		}
	}
	w.mu.Lock()
	w.running = nil
	w.mu.Unlock()
	cancel()
	w.emit(done, true)
}

// evalFrame is how an eval goroutine of yaegi's EvalWithContext shows in a
// goroutine dump.
const evalFrame = "interp.(*Interpreter).EvalWithContext.func"

// waitEvalGone reports whether no yaegi eval goroutine is left within d.
// Goroutine dumps stop the world, so it waits for the goroutine count to
// drop (the eval goroutine ending) before confirming with a dump.
func waitEvalGone(d time.Duration) bool {
	deadline := time.Now().Add(d)
	buf := make([]byte, 1<<20)
	n0 := runtime.NumGoroutine()
	for {
		n := runtime.Stack(buf, true)
		if !bytes.Contains(buf[:n], []byte(evalFrame)) {
			return true
		}
		for runtime.NumGoroutine() >= n0 && time.Now().Before(deadline) {
			time.Sleep(20 * time.Microsecond)
		}
		n0 = runtime.NumGoroutine()
		if time.Now().After(deadline) {
			n := runtime.Stack(buf, true)
			return !bytes.Contains(buf[:n], []byte(evalFrame))
		}
	}
}

var posRE = regexp.MustCompile(`^(\d+):(\d+): `)

// classify turns an Eval error into a Fault.
func classify(err error, src string, frames []string) *pipe.Fault {
	var p interp.Panic
	if errors.As(err, &p) {
		f := &pipe.Fault{Kind: "panic", Message: fmt.Sprint(p.Value), Frames: frames, Stack: string(p.Stack)}
		if e, ok := p.Value.(error); ok {
			f.Message = e.Error()
		}
		if _, ok := p.Value.(runtime.Error); ok {
			f.Kind = "runtime error"
		} else if s, ok := p.Value.(string); ok && strings.HasPrefix(s, "os.Exit(") {
			f.Kind = "exit"
		} else if e, ok := lowered.TranslatePanic(p.Value); ok {
			// yaegi indexes and dereferences through reflect, so Go's
			// runtime errors arrive as reflect's panics.
			f.Kind, f.Message = "runtime error", e.Error()
		}
		f.Message = lowered.NameHiddenTypes(f.Message)
		return f
	}
	f := &pipe.Fault{Kind: "compile", Message: err.Error()}
	var el scanner.ErrorList
	if errors.As(err, &el) && len(el) > 0 {
		f.Message = el[0].Msg
		f.Line, f.Col = el[0].Pos.Line, el[0].Pos.Column
	} else if m := posRE.FindStringSubmatch(f.Message); m != nil {
		f.Line, _ = strconv.Atoi(m[1])
		f.Col, _ = strconv.Atoi(m[2])
		f.Message = f.Message[len(m[0]):]
	}
	if f.Line == 1 {
		f.Col -= wrapShift(src)
		if f.Col < 1 {
			f.Col = 1
		}
	}
	return f
}

// wrapShift is how many bytes yaegi puts before line 1 of src when it wraps
// a REPL chunk into a file (see interp.parse): columns on line 1 are off by
// that much.
func wrapShift(src string) int {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	for {
		_, tok, _ := s.Scan()
		switch tok {
		case token.PACKAGE:
			return 0
		case token.CONST, token.FUNC, token.IMPORT, token.TYPE, token.VAR:
			return len("package main;")
		case token.SEMICOLON:
			// Scanner-inserted semicolons only follow tokens; a leading
			// ';' is a statement chunk.
			return len("package main; func main() {")
		default:
			return len("package main; func main() {")
		}
	}
}
