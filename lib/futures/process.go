package futures

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// ProcessPoolExecutor runs registered functions in up to MaxWorkers worker
// processes, started on demand, with gob-encoded arguments and results. A
// worker that dies (a crash, a panic in a goroutine, os.Exit) fails the
// futures of the task it was running with a *BrokenPoolError and is
// replaced by a new process for the next task; the rest of the pool goes on.
type ProcessPoolExecutor struct {
	q        queue
	launcher Launcher
	resolve  func(fn any) (string, bool)

	initName string // registered initializer run by each new worker
	maxTasks int    // tasks per worker process before it is replaced; < 1: no limit

	mu     sync.Mutex
	live   map[*procWorker]bool
	killed bool
}

// WithLauncher makes a ProcessPoolExecutor start its workers with l instead
// of re-executing the program (ExecLauncher{}).
func WithLauncher(l Launcher) Option {
	return func(o *options) { o.launcher = l }
}

// WithResolver makes a ProcessPoolExecutor name the functions it is given
// with resolve before it looks in the Register table; a notebook kernel
// resolves the functions declared in cells this way.
func WithResolver(resolve func(fn any) (name string, ok bool)) Option {
	return func(o *options) { o.resolve = resolve }
}

var defaults struct {
	mu       sync.Mutex
	launcher Launcher
}

// SetDefaultLauncher makes l the launcher of process pools created without
// WithLauncher (nil restores ExecLauncher{}). A notebook kernel calls it
// once in its interpreter process, so that a cell's plain
// NewProcessPoolExecutor(0) starts interpreter workers.
func SetDefaultLauncher(l Launcher) {
	defaults.mu.Lock()
	defer defaults.mu.Unlock()
	defaults.launcher = l
}

func defaultLauncher() Launcher {
	defaults.mu.Lock()
	defer defaults.mu.Unlock()
	if defaults.launcher == nil {
		return ExecLauncher{}
	}
	return defaults.launcher
}

// WithMaxTasksPerChild makes a ProcessPoolExecutor replace each worker
// process after it ran n tasks (Python's max_tasks_per_child), which frees
// whatever a task leaked. n < 1 means never.
func WithMaxTasksPerChild(n int) Option {
	return func(o *options) { o.maxTasks = n }
}

// NewProcessPoolExecutor yields a process pool of maxWorkers processes; 0
// means runtime.NumCPU(), as Python's os.cpu_count(). A negative maxWorkers
// is an error.
func NewProcessPoolExecutor(maxWorkers int, opts ...Option) (*ProcessPoolExecutor, error) {
	if maxWorkers < 0 {
		return nil, fmt.Errorf("futures: max_workers must be greater than 0, got %d", maxWorkers)
	}
	if maxWorkers == 0 {
		maxWorkers = runtime.NumCPU()
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	ex := &ProcessPoolExecutor{launcher: o.launcher, resolve: o.resolve, maxTasks: o.maxTasks, live: map[*procWorker]bool{}}
	if o.initializer != nil {
		name, ok := "", false
		if ex.resolve != nil {
			name, ok = ex.resolve(o.initializer)
		}
		if !ok {
			name, ok = registeredName(o.initializer)
		}
		if !ok {
			return nil, fmt.Errorf("futures: initializer %s is not registered: a process pool runs functions by name", funcName(o.initializer))
		}
		ex.initName = name
	}
	if ex.launcher == nil {
		ex.launcher = defaultLauncher()
	}
	ex.q.init(maxWorkers, ex.work)
	return ex, nil
}

// MaxWorkers yields the pool's size.
func (ex *ProcessPoolExecutor) MaxWorkers() int { return ex.q.max }

// Shutdown stops accepting work; with wait it blocks until every queued and
// running task is done and the worker processes exited. The optional
// cancelFutures cancels queued tasks. Calling it again is harmless.
func (ex *ProcessPoolExecutor) Shutdown(wait bool, cancelFutures ...bool) {
	ex.q.close(wait, len(cancelFutures) > 0 && cancelFutures[0])
}

// KillWorkers shuts the pool down, cancels the queued tasks and kills the
// worker processes at once; the running tasks fail with *BrokenPoolError.
// It returns when the workers are reaped (Python 3.14's kill_workers).
func (ex *ProcessPoolExecutor) KillWorkers() {
	ex.q.close(false, true)
	ex.mu.Lock()
	ex.killed = true
	for w := range ex.live {
		w.conn.Kill()
	}
	ex.mu.Unlock()
	ex.q.wg.Wait()
}

// track records a live worker, or kills it if KillWorkers ran meanwhile.
func (ex *ProcessPoolExecutor) track(w *procWorker, alive bool) {
	ex.mu.Lock()
	defer ex.mu.Unlock()
	if !alive {
		delete(ex.live, w)
		return
	}
	ex.live[w] = true
	if ex.killed {
		w.conn.Kill()
	}
}

// procTask is one request to a worker process: the function's name, each
// call's encoded arguments, and where the outcomes go.
type procTask struct {
	fut     canceller
	fn      any
	args    [][]any
	name    string
	calls   [][]byte
	deliver func(outs []outcome, err error)
}

func (t *procTask) future() canceller { return t.fut }
func (t *procTask) run()              {} // never called: process pools send it

func (ex *ProcessPoolExecutor) push(t task) error {
	return errors.New("futures: a process pool runs registered functions only")
}

// submitProc names and encodes t's call and queues it.
func (ex *ProcessPoolExecutor) submitProc(t *procTask) error {
	name, ok := t.name, t.name != ""
	if !ok && ex.resolve != nil {
		name, ok = ex.resolve(t.fn)
	}
	if !ok {
		name, ok = registeredName(t.fn)
	}
	if !ok {
		return fmt.Errorf("futures: %s is not registered: a process pool runs functions by name; call futures.Register(name, fn) in an init func, or pass the name (SubmitNamed, WithName)", funcName(t.fn))
	}
	calls, err := encodeCalls(t.args)
	if err != nil {
		return err
	}
	t.name, t.calls, t.args = name, calls, nil
	return ex.q.push(t)
}

// work is the goroutine that owns one worker process slot.
func (ex *ProcessPoolExecutor) work() {
	var w *procWorker
	defer func() {
		if w != nil {
			ex.track(w, false)
			w.stop()
		}
	}()
	for {
		next := ex.q.next()
		if next == nil {
			return
		}
		j := next.(*procTask)
		if !j.fut.SetRunningOrNotifyCancel() {
			continue
		}
		if w == nil {
			var err error
			if w, err = startWorker(ex.launcher); err != nil {
				j.deliver(nil, &BrokenPoolError{Pool: "process", Cause: err})
				continue
			}
			ex.track(w, true)
			if err := ex.initialize(w); err != nil {
				broken := &BrokenPoolError{Pool: "process", Cause: err}
				j.deliver(nil, broken)
				ex.q.breakPool(broken)
				continue
			}
		}
		rep, err := w.call(j.name, j.calls)
		if err != nil {
			ex.track(w, false)
			cause := w.kill(err)
			w = nil
			j.deliver(nil, &BrokenPoolError{Pool: "process", Cause: cause})
			continue
		}
		if rep.Err != "" {
			j.deliver(nil, &RemoteError{Func: j.name, Message: rep.Err})
			continue
		}
		for i := range rep.Outs {
			rep.Outs[i].Func = j.name
		}
		j.deliver(rep.Outs, nil)
		if w.tasks++; ex.maxTasks > 0 && w.tasks >= ex.maxTasks {
			ex.track(w, false)
			w.stop()
			w = nil
		}
	}
}

// initialize runs the pool's initializer in a new worker.
func (ex *ProcessPoolExecutor) initialize(w *procWorker) error {
	if ex.initName == "" {
		return nil
	}
	calls, _ := encodeCalls([][]any{{}})
	rep, err := w.call(ex.initName, calls)
	switch {
	case err != nil:
		return fmt.Errorf("initializer %s: %w", ex.initName, err)
	case rep.Err != "":
		return fmt.Errorf("initializer %s: %s", ex.initName, rep.Err)
	case len(rep.Outs) == 1 && rep.Outs[0].Err != "":
		return fmt.Errorf("initializer %s: %s", ex.initName, rep.Outs[0].Err)
	}
	return nil
}

// procWorker is one live worker process and its gob streams.
type procWorker struct {
	tasks int // requests answered
	conn  *WorkerConn
	enc   *gob.Encoder
	bw    *bufio.Writer
	dec   *gob.Decoder
}

// HelloTimeout bounds how long a new worker may take to start serving
// before it is killed and its task fails with a *BrokenPoolError.
var HelloTimeout = time.Minute

func startWorker(l Launcher) (*procWorker, error) {
	conn, err := l.Launch()
	if err != nil {
		return nil, err
	}
	if conn == nil || conn.Requests == nil || conn.Replies == nil {
		return nil, errors.New("launcher returned no pipes")
	}
	if conn.Kill == nil {
		conn.Kill = func() error { return nil }
	}
	if conn.Wait == nil {
		conn.Wait = func() error { return nil }
	}
	bw := bufio.NewWriter(conn.Requests)
	w := &procWorker{conn: conn, bw: bw, enc: gob.NewEncoder(bw), dec: gob.NewDecoder(bufio.NewReader(conn.Replies))}
	// A program that never serves (one that does not call Main and runs
	// on) would hold this slot for ever: give it a bounded time to say hello.
	timer := time.AfterFunc(HelloTimeout, func() { conn.Kill() })
	var hello reply
	err = w.dec.Decode(&hello)
	timer.Stop()
	if err != nil || hello.Hello != protocolVersion {
		if err == nil {
			err = fmt.Errorf("unexpected hello %q", hello.Hello)
		}
		cause := w.kill(err)
		return nil, fmt.Errorf("worker did not start serving (does main call futures.Main() first?): %w", cause)
	}
	return w, nil
}

func (w *procWorker) call(name string, calls [][]byte) (*reply, error) {
	if err := w.enc.Encode(&request{Name: name, Calls: calls}); err != nil {
		return nil, err
	}
	if err := w.bw.Flush(); err != nil {
		return nil, err
	}
	var rep reply
	if err := w.dec.Decode(&rep); err != nil {
		return nil, err
	}
	return &rep, nil
}

// kill ends a worker whose stream broke and yields why it ended: its exit
// status if it exited by itself, else the stream error.
func (w *procWorker) kill(streamErr error) error {
	w.conn.Requests.Close()
	w.conn.Kill()
	switch err := w.conn.Wait(); {
	case err == nil:
		return fmt.Errorf("worker exited with status 0 during the call (%v)", streamErr)
	default:
		return fmt.Errorf("worker exited: %w (%v)", err, streamErr)
	}
}

// stop asks a healthy worker to exit and reaps it.
func (w *procWorker) stop() {
	w.conn.Requests.Close()
	w.conn.Wait()
}
