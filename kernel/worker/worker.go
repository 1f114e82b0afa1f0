// Package worker is the interpreter process of the kernel: it runs cells
// with yaegi, started by the engine as gokernel-worker (cmd/gokernel-worker).
//
// The process is disposable on purpose: a panic in a goroutine that a cell
// started kills it, and the engine then starts a fresh one and replays the
// session. Its fd 1 and fd 2 are pipes the engine streams to the notebook, so
// everything a cell or compiled code prints is captured; requests arrive on
// fd 3 and events leave on fd 4 (see Request and Event).
package worker

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime/debug"
	"sync"
	"syscall"

	"github.com/gokernel/gokernel/kernel/frontend"
	lowered "github.com/gokernel/gokernel/kernel/frontend/rt"
	"github.com/gokernel/gokernel/kernel/worker/pipe"
	"github.com/gokernel/gokernel/kernel/worker/rt"
	"github.com/gokernel/gokernel/lib/futures"
	"github.com/traefik/yaegi/interp"
)

// Main runs the interpreter process until the engine closes the request
// pipe, and returns the process exit code.
func Main() int {
	// Non-blocking, so reads park on Go's poller instead of holding a
	// thread and its P in read(2): with a cell spinning on the other P, an
	// interrupt would otherwise wait for sysmon (up to 10 ms) to run.
	syscall.SetNonblock(pipe.RequestFD, true)
	syscall.SetNonblock(pipe.EventFD, true)
	req := os.NewFile(pipe.RequestFD, "requests")
	evs := os.NewFile(pipe.EventFD, "events")
	if req == nil || evs == nil {
		fmt.Fprintln(os.Stderr, "gokernel-worker: run by the kernel only (needs fds 3 and 4)")
		return 2
	}
	if _, err := evs.Stat(); err != nil {
		fmt.Fprintln(os.Stderr, "gokernel-worker: run by the kernel only (needs fds 3 and 4):", err)
		return 2
	}
	limitMemory()
	// A crash (a goroutine panic, out of memory) shows its message, not
	// the Go stacks of yaegi's internals: the engine reports the message
	// and the interpreted frames.
	debug.SetTraceback("none")
	w := newWorker(evs)
	if err := w.start(); err != nil {
		fmt.Fprintln(os.Stderr, "gokernel-worker:", err)
		return 1
	}
	w.serve(req)
	return 0
}

// worker is the state of the interpreter process.
type worker struct {
	it *interp.Interpreter

	emitMu sync.Mutex
	enc    *json.Encoder
	seq    uint64

	stdin  *Stdin
	stderr *frameFilter
	out    *stream // fd 1
	errs   *stream // fd 2

	mu      sync.Mutex
	running *evalState

	// session is the imports and declarations that ran, for the
	// interpreter workers of process pools.
	session declLog
}

// evalState is the eval in progress.
type evalState struct {
	id     uint64
	ctx    context.Context
	cancel context.CancelFunc
	allow  bool
}

func newWorker(events *os.File) *worker {
	w := &worker{enc: json.NewEncoder(events)}
	w.stdin = &Stdin{w: w, replies: make(chan pipe.Request, 1)}
	w.out = newStream(os.NewFile(1, "/dev/stdout"))
	w.errs = newStream(os.NewFile(2, "/dev/stderr"))
	w.stderr = &frameFilter{w: w, out: w.errs}
	return w
}

// start creates the interpreter, loads the symbol tables and the runtime
// import, and announces readiness.
func (w *worker) start() error {
	w.it = interp.New(interp.Options{
		Stdin:  w.stdin,
		Stdout: w.out,
		Stderr: w.stderr,
		Env:    os.Environ(),
		Args:   []string{"gokernel"},
	})
	for _, t := range symbolTables() {
		if err := w.it.Use(t); err != nil {
			return fmt.Errorf("loading symbols: %w", err)
		}
	}
	if err := w.it.Use(rt.Symbols); err != nil {
		return fmt.Errorf("loading %s: %w", rt.Path, err)
	}
	// os.Stdin in cells is our reader, so bufio.Scanner(os.Stdin) asks the
	// notebook for a line; os.Stdout and os.Stderr are the buffered streams
	// fmt.Print* uses, so the two stay in order. This must come after the
	// stdlib's own fix-ups.
	stdin := w.stdin
	stdout, stderr := &File{w.out}, &File{w.errs}
	if err := w.it.Use(interp.Exports{"os/os": {
		"Stdin":  reflect.ValueOf(&stdin).Elem(),
		"Stdout": reflect.ValueOf(&stdout).Elem(),
		"Stderr": reflect.ValueOf(&stderr).Elem(),
	}}); err != nil {
		return err
	}
	if _, err := w.it.Eval(frontend.RuntimeImport); err != nil {
		return fmt.Errorf("runtime import: %w", err)
	}
	rt.SetPublisher(w.publish)
	installDisplay()
	installProcessPools(&w.session, w.out, w.errs)
	// A cell waiting on a future ends its wait when interrupted.
	futures.SetInterrupt(lowered.Interrupt, lowered.OnCellGoroutine)
	w.emit(pipe.Event{Kind: "ready"}, false)
	return nil
}

// serve reads requests until the engine closes fd 3. Evals run one at a time
// on their own goroutine so that interrupts and input replies are read while
// a cell runs.
func (w *worker) serve(f *os.File) {
	evals := make(chan pipe.Request, 16)
	done := make(chan struct{})
	go func() {
		for r := range evals {
			w.eval(r)
		}
		close(done)
	}()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 256<<20)
	for sc.Scan() {
		var r pipe.Request
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			fmt.Fprintln(os.Stderr, "gokernel-worker: bad request:", err)
			continue
		}
		switch r.Op {
		case "eval":
			evals <- r
		case "interrupt":
			w.interrupt()
		case "input":
			w.stdin.reply(r)
		default:
			fmt.Fprintln(os.Stderr, "gokernel-worker: unknown request", r.Op)
		}
	}
	close(evals)
	w.interrupt()
	<-done
	w.out.Flush()
	w.errs.Flush()
}

// emit writes ev to the engine. A synchronised event also gets a sequence
// number and its marker in fd 1 and fd 2, written after the event under the
// same lock so markers and events stay in the same order; each stream is
// flushed before its marker, so text printed before the event reaches the
// engine first.
func (w *worker) emit(ev pipe.Event, sync bool) {
	w.emitMu.Lock()
	defer w.emitMu.Unlock()
	if sync {
		w.seq++
		ev.Seq = w.seq
	}
	if err := w.enc.Encode(ev); err != nil {
		// The engine is gone; nothing left to serve.
		os.Exit(3)
	}
	if sync {
		m := pipe.Marker(ev.Seq)
		w.out.mark(m)
		w.errs.mark(m)
	}
}

// publish forwards a runtime message from a cell to the engine.
func (w *worker) publish(m rt.Message) {
	ev := pipe.Event{Kind: m.Type, Data: m.Data, Metadata: m.Metadata, DisplayID: m.DisplayID, Wait: m.Wait}
	w.mu.Lock()
	if w.running != nil {
		ev.ID = w.running.id
	}
	w.mu.Unlock()
	w.emit(ev, true)
}

// interrupt cancels the eval in progress, if any.
func (w *worker) interrupt() {
	w.mu.Lock()
	if w.running != nil {
		w.running.cancel()
	}
	w.mu.Unlock()
}

func (w *worker) current() *evalState {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.running
}
