// Package engine is the language side of the kernel: it implements
// kernel.Engine by compiling cells with the front-end and running them in a
// worker process (package worker), which it restarts, with the session's
// declarations replayed, whenever a cell kills it.
package engine

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gokernel/gokernel/kernel"
	"github.com/gokernel/gokernel/kernel/frontend"
	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// Engine runs Go cells. Create it with New.
type Engine struct {
	opts options
	comp Compiler

	mu       sync.Mutex
	p        *proc         // the current worker, nil while none runs
	starting chan struct{} // closed when the last start attempt finished
	startErr error
	replayed string // what the last restart's replay reported
	lastOut  kernel.Output
	run      *running
	closed   bool
	gen      uint64 // counts Shutdowns, so a cell cut short by one does not restart the worker

	ids   atomic.Uint64
	sites map[string]declSite

	started sync.Once
}

// declSite is where a func was declared, to place panics inside it.
type declSite struct {
	count int
	lines []int
	cell  string
}

// running is the eval in progress.
type running struct {
	id          uint64
	out         kernel.Output
	p           *proc
	collect     bool // keep execute_result for the reply instead of showing it
	result      *kernel.MIMEBundle
	interrupted atomic.Bool
	once        sync.Once
}

// New creates an engine and starts its first worker in the background, so
// kernel_info is not delayed; the first Execute waits for it. With
// WithDeferredStart nothing starts until Start (or the first request).
func New(opts ...Option) (*Engine, error) {
	o, err := defaultOptions()
	if err != nil {
		return nil, err
	}
	for _, f := range opts {
		f(&o)
	}
	if len(o.command) == 0 {
		exe, err := FindWorker()
		if err != nil {
			return nil, err
		}
		o.command = []string{exe}
	}
	e := &Engine{opts: o, sites: map[string]declSite{}, lastOut: discard{}}
	if !o.deferStart {
		e.Start()
	}
	return e, nil
}

// Start creates the session's front-end and starts the first worker in the
// background; later calls do nothing. The kernel calls it once its sockets
// are bound, so that neither competes with the first kernel_info_reply;
// every request calls it too, in case nobody did.
func (e *Engine) Start() {
	e.started.Do(func() {
		comp := e.opts.compiler()
		e.mu.Lock()
		e.comp = comp
		e.mu.Unlock()
		e.spawn(nil)
	})
}

// spawn starts a worker in the background and replays steps in it.
// Callers hold no lock; e.starting tells when it is done.
func (e *Engine) spawn(replay []frontend.Step) {
	ch := make(chan struct{})
	e.mu.Lock()
	e.starting = ch
	e.p = nil
	e.mu.Unlock()
	go func() {
		p, note, err := e.startWorker(replay)
		if err != nil && len(replay) > 0 {
			// Replaying the session killed the worker (or hung): start
			// an empty one rather than failing every cell from now on.
			var err2 error
			p, _, err2 = e.startWorker(nil)
			if err2 == nil {
				note, err = "replaying the session failed ("+err.Error()+"); the interpreter starts empty: earlier declarations must be run again", nil
			}
		}
		e.mu.Lock()
		e.p, e.startErr, e.replayed = p, err, note
		e.mu.Unlock()
		close(ch)
	}()
}

// startWorker launches a worker, waits until it is ready and replays steps.
func (e *Engine) startWorker(replay []frontend.Step) (*proc, string, error) {
	p, err := startProc(e.opts.command, e.opts.env, e)
	if err != nil {
		return nil, "", err
	}
	select {
	case <-p.ready:
	case <-p.dead:
		tail, _ := p.crashInfo()
		return nil, "", fmt.Errorf("engine: the worker exited before it was ready (%v): %s", p.exitErr, strings.TrimSpace(tail))
	case <-time.After(e.opts.startWait):
		p.kill()
		return nil, "", errors.New("engine: the worker did not become ready in time")
	}
	if len(replay) == 0 {
		return p, "", nil
	}
	srcs := make([]string, len(replay))
	for i, s := range replay {
		srcs[i] = s.Source
	}
	r := &running{id: e.ids.Add(1), out: discard{}, p: p}
	// An interrupt_request while the session replays must not cut the
	// replay short: spend the once.
	r.once.Do(func() {})
	e.mu.Lock()
	e.run = r
	e.mu.Unlock()
	defer func() {
		e.mu.Lock()
		if e.run == r {
			e.run = nil
		}
		e.mu.Unlock()
	}()
	if err := p.send(pipe.Request{Op: "eval", ID: r.id, Steps: srcs, Decls: declSteps(replay), KeepGoing: true}); err != nil {
		return nil, "", fmt.Errorf("engine: replaying the session: %w", err)
	}
	for {
		select {
		case ev := <-p.done:
			if ev.ID != r.id {
				continue
			}
			if ev.Status != "ok" && ev.Error != nil {
				return p, "replaying the session failed at a step: " + ev.Error.Message, nil
			}
			return p, "", nil
		case <-p.dead:
			return nil, "", errors.New("engine: the worker died while replaying the session")
		case <-time.After(e.opts.startWait):
			p.kill()
			return nil, "", errors.New("engine: replaying the session did not finish in time")
		}
	}
}

// worker returns a live worker, restarting one that died between cells.
func (e *Engine) worker() (*proc, string, error) {
	e.mu.Lock()
	ch := e.starting
	e.mu.Unlock()
	<-ch
	e.mu.Lock()
	p, err, note := e.p, e.startErr, e.replayed
	e.replayed = ""
	e.mu.Unlock()
	if p != nil && p.alive() {
		if note != "" {
			note += "\n"
		}
		return p, note, err
	}
	if p != nil {
		// It died between cells (a goroutine panicked after its cell).
		<-p.dead
		note = e.crashNote(p)
	}
	lost := e.restart()
	e.mu.Lock()
	ch = e.starting
	e.mu.Unlock()
	<-ch
	e.mu.Lock()
	p, err2 := e.p, e.startErr
	if e.replayed != "" {
		note += "\n" + e.replayed
		e.replayed = ""
	}
	e.mu.Unlock()
	if note != "" {
		note = "The Go interpreter stopped between cells: " + note + "\n" + restartedNote(lost) + "\n"
	}
	if err2 != nil {
		return nil, note, err2
	}
	return p, note, nil
}

// restart replaces the worker with a fresh one replaying the session, and
// returns the variables that did not survive.
func (e *Engine) restart() []string {
	e.mu.Lock()
	old := e.p
	e.mu.Unlock()
	if old != nil {
		old.kill()
	}
	steps, lost := e.compiler().Replay()
	e.spawn(steps)
	return lost
}

func restartedNote(lost []string) string {
	s := "The interpreter was restarted and the session's imports and declarations were replayed"
	if len(lost) == 0 {
		return s + "."
	}
	return s + "; these variables were lost: " + strings.Join(lost, ", ") + "."
}

// Execute runs one cell.
func (e *Engine) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	e.Start()
	if out == nil || req.Silent {
		out = discard{}
	}
	e.mu.Lock()
	if !req.Silent {
		e.lastOut = out
	}
	closed, gen, comp := e.closed, e.gen, e.comp
	e.mu.Unlock()
	if closed {
		return kernel.ExecuteResult{Err: &kernel.CellError{Name: "WorkerError", Value: "the kernel is shut down",
			Traceback: []string{red("WorkerError") + ": the kernel is shut down"}}}
	}
	p, note, err := e.worker()
	if note != "" {
		out.Stream("stderr", note)
	}
	if err != nil {
		return kernel.ExecuteResult{Err: &kernel.CellError{Name: "WorkerError", Value: err.Error(),
			Traceback: []string{red("WorkerError") + ": " + err.Error()}}}
	}
	plan, err := comp.Compile(req.Code)
	if err != nil {
		return kernel.ExecuteResult{Err: compileError(err, req.Code)}
	}
	res, died := e.runSteps(ctx, p, plan.Steps, req.AllowStdin, out, plan.Cell)
	e.mu.Lock()
	shutdown := e.gen != gen
	e.mu.Unlock()
	if shutdown {
		// Shutdown stopped the worker under this cell; it owns what
		// comes next.
		if res.Err == nil {
			return res
		}
		res.Err = &kernel.CellError{Name: "Interrupted", Value: "the kernel was shut down while the cell ran",
			Traceback: []string{red("Interrupted") + ": the kernel was shut down while the cell ran"}}
		return res
	}
	comp.Commit(plan)
	e.noteSites(plan, req.ExecutionCount)
	if died {
		lost := e.restart()
		res.Err.Value += " — " + restartedNote(lost)
		res.Err.Traceback = append(res.Err.Traceback, yellow(restartedNote(lost)))
	}
	if req.Silent {
		res.Result = nil
	}
	if res.Err == nil && len(req.UserExpressions) > 0 {
		res.UserExpressions = e.userExpressions(ctx, req.UserExpressions)
	}
	return res
}

// runSteps runs steps in p; died says the worker is gone and must be
// restarted.
func (e *Engine) runSteps(ctx context.Context, p *proc, steps []frontend.Step, allowStdin bool, out kernel.Output, cell string) (res kernel.ExecuteResult, died bool) {
	srcs := make([]string, len(steps))
	for i, s := range steps {
		srcs[i] = s.Source
	}
	r := &running{id: e.ids.Add(1), out: out, p: p, collect: true}
	e.mu.Lock()
	e.run = r
	e.mu.Unlock()
	defer func() {
		e.mu.Lock()
		if e.run == r {
			e.run = nil
		}
		e.mu.Unlock()
	}()
	p.resetFrames()
	if err := p.send(pipe.Request{Op: "eval", ID: r.id, Steps: srcs, Decls: declSteps(steps), AllowStdin: allowStdin}); err != nil {
		<-p.dead
		return kernel.ExecuteResult{Err: e.crashError(p, steps, -1, cell)}, true
	}
	ctxDone := ctx.Done()
	for {
		select {
		case ev := <-p.done:
			if ev.ID != r.id {
				continue
			}
			return e.finish(r, ev, steps, cell)
		case <-p.dead:
			if r.interrupted.Load() {
				return kernel.ExecuteResult{Err: interruptedError(true)}, true
			}
			return kernel.ExecuteResult{Err: e.crashError(p, steps, -1, cell)}, true
		case <-ctxDone:
			ctxDone = nil
			e.interrupt(r)
		}
	}
}

// finish turns a "done" event into the cell's result.
func (e *Engine) finish(r *running, ev pipe.Event, steps []frontend.Step, cell string) (kernel.ExecuteResult, bool) {
	switch ev.Status {
	case "ok":
		return kernel.ExecuteResult{Result: r.result}, false
	case "interrupted":
		if ev.Stuck {
			r.p.kill()
			<-r.p.dead
			return kernel.ExecuteResult{Err: interruptedError(true)}, true
		}
		return kernel.ExecuteResult{Err: interruptedError(false)}, false
	}
	if ev.Error == nil {
		ev.Error = &pipe.Fault{Kind: "panic", Message: "unknown failure"}
	}
	if ev.Error.Kind == "exit" && ev.Error.Message == "os.Exit(0)" {
		// A program that exits with status 0 succeeded, as under go run;
		// the cell just stops there.
		return kernel.ExecuteResult{}, false
	}
	return kernel.ExecuteResult{Err: e.faultError(ev.Error, steps, ev.Step, cell)}, false
}

// Interrupt stops the running cell: the worker cancels the eval, and if it
// has not stopped within the grace period (it sits in compiled code), the
// worker is killed and Execute restarts it.
func (e *Engine) Interrupt() {
	e.mu.Lock()
	r := e.run
	e.mu.Unlock()
	if r != nil {
		e.interrupt(r)
	}
}

func (e *Engine) interrupt(r *running) {
	r.once.Do(func() {
		r.interrupted.Store(true)
		if err := r.p.send(pipe.Request{Op: "interrupt"}); err != nil {
			r.p.kill()
			return
		}
		p := r.p
		time.AfterFunc(e.opts.grace, func() {
			e.mu.Lock()
			still := e.run == r
			e.mu.Unlock()
			if still {
				p.kill()
			}
		})
	})
}

// userExpressions evaluates user_expressions after a successful cell.
func (e *Engine) userExpressions(ctx context.Context, exprs map[string]string) map[string]any {
	res := make(map[string]any, len(exprs))
	for name, expr := range exprs {
		entry := func(err *kernel.CellError) map[string]any {
			return map[string]any{"status": "error", "ename": err.Name, "evalue": err.Value, "traceback": err.Traceback}
		}
		plan, err := e.compiler().CompileExpression(expr)
		if err != nil {
			res[name] = entry(compileError(err, expr))
			continue
		}
		p, _, err := e.worker()
		if err != nil {
			res[name] = entry(&kernel.CellError{Name: "WorkerError", Value: err.Error()})
			continue
		}
		r, died := e.runSteps(ctx, p, plan.Steps, false, discard{}, plan.Cell)
		e.compiler().Commit(plan)
		if died {
			e.restart()
		}
		switch {
		case r.Err != nil:
			res[name] = entry(r.Err)
		case r.Result != nil:
			res[name] = map[string]any{"status": "ok", "data": r.Result.Data, "metadata": orEmpty(r.Result.Metadata)}
		default:
			res[name] = map[string]any{"status": "ok", "data": map[string]any{"text/plain": ""}, "metadata": map[string]any{}}
		}
	}
	return res
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// compiler is the current session's front-end.
func (e *Engine) compiler() Compiler {
	e.Start()
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.comp
}

// Complete delegates to the front-end.
func (e *Engine) Complete(code string, cursor int) kernel.CompleteResult {
	return e.compiler().Complete(code, cursor)
}

// Inspect delegates to the front-end.
func (e *Engine) Inspect(code string, cursor, detail int) kernel.InspectResult {
	return e.compiler().Inspect(code, cursor, detail)
}

// IsComplete asks the front-end's parser.
func (e *Engine) IsComplete(code string) (string, string) {
	return e.opts.isComplete(code)
}

// Shutdown kills the worker; with restart, a fresh session and worker
// follow.
func (e *Engine) Shutdown(restart bool) error {
	e.Start()
	e.mu.Lock()
	ch := e.starting
	e.mu.Unlock()
	<-ch
	e.mu.Lock()
	p := e.p
	e.gen++
	e.closed = !restart
	e.mu.Unlock()
	if p != nil {
		p.kill()
		<-p.dead
	}
	if !restart {
		return nil
	}
	comp := e.opts.compiler()
	e.mu.Lock()
	e.comp = comp
	e.sites = map[string]declSite{}
	e.mu.Unlock()
	e.spawn(nil)
	return nil
}

// Info describes Go for kernel_info_reply.
func (e *Engine) Info() kernel.LanguageInfo {
	v := strings.TrimPrefix(runtime.Version(), "go")
	return kernel.LanguageInfo{
		Name:           "go",
		Version:        v,
		Mimetype:       "text/x-go",
		FileExtension:  ".go",
		PygmentsLexer:  "go",
		CodemirrorMode: "go",
		Banner:         "gokernel: Go " + v + " cells, interpreted by yaegi v0.16.1 in a worker process",
		HelpLinks: []kernel.HelpLink{
			{Text: "Go documentation", URL: "https://go.dev/doc/"},
			{Text: "Go standard library", URL: "https://pkg.go.dev/std"},
			{Text: "yaegi", URL: "https://github.com/traefik/yaegi"},
		},
	}
}

// stream is where the worker's output goes: the running cell, or, between
// cells, the cell that ran last (kernel.Output routes it further).
func (e *Engine) stream(name, text string) {
	e.outFor(0).Stream(name, text)
}

func (e *Engine) outFor(id uint64) kernel.Output {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.run != nil {
		return e.run.out
	}
	return e.lastOut
}

// event handles a worker event in stream order.
func (e *Engine) event(p *proc, ev pipe.Event) {
	switch ev.Kind {
	case "done":
		select {
		case p.done <- ev:
		default:
		}
	case "execute_result":
		b := kernel.MIMEBundle{Data: ev.Data, Metadata: orEmpty(ev.Metadata)}
		e.mu.Lock()
		r := e.run
		e.mu.Unlock()
		if r != nil && r.collect && r.id == ev.ID {
			r.result = &b
			return
		}
		e.outFor(ev.ID).Display(b, "", false)
	case "display_data", "update_display_data":
		b := kernel.MIMEBundle{Data: ev.Data, Metadata: orEmpty(ev.Metadata)}
		e.outFor(ev.ID).Display(b, ev.DisplayID, ev.Kind == "update_display_data")
	case "clear_output":
		e.outFor(ev.ID).ClearOutput(ev.Wait)
	case "input_request":
		out := e.outFor(ev.ID)
		// Input blocks until the user answers; never in the dispatcher.
		go func() {
			line, err := out.Input(ev.Prompt, ev.Password)
			r := pipe.Request{Op: "input", Text: line}
			if err != nil {
				r.Err = err.Error()
			}
			p.send(r)
		}()
	}
}

// discard is an Output that drops everything (silent cells, replay).
type discard struct{}

func (discard) Stream(string, string)                   {}
func (discard) Display(kernel.MIMEBundle, string, bool) {}
func (discard) ClearOutput(bool)                        {}
func (discard) Input(string, bool) (string, error)      { return "", errNoInput }

var errNoInput = errors.New("input is not available here")

// declSteps marks the imports and declarations among steps: what a fresh
// interpreter (a process pool's worker) needs to know the session's
// functions and types.
func declSteps(steps []frontend.Step) []bool {
	marks := make([]bool, len(steps))
	for i, s := range steps {
		marks[i] = s.Kind == frontend.Import || s.Kind == frontend.Decl
	}
	return marks
}
