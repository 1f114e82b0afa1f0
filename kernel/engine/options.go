package engine

import (
	"os"
	"time"
)

// Option configures an Engine.
type Option func(*options)

type options struct {
	command    []string
	env        []string
	compiler   func() Compiler
	isComplete func(string) (string, string)
	grace      time.Duration
	deferStart bool
	startWait  time.Duration
}

// WithCommand sets the worker command line (default: WorkerBinary next to
// this executable, see FindWorker); tests point it at a test binary.
func WithCommand(argv ...string) Option {
	return func(o *options) { o.command = append([]string(nil), argv...) }
}

// WithEnv sets the worker's environment (default: the kernel's).
func WithEnv(env []string) Option {
	return func(o *options) { o.env = append([]string(nil), env...) }
}

// WithCompiler sets how a session's front-end is made (once at New and
// again on every Shutdown(restart=true)); the integrator passes
// func() engine.Compiler { return frontend.NewSession() }. Without it the
// engine uses Passthrough.
func WithCompiler(newCompiler func() Compiler) Option {
	return func(o *options) { o.compiler = newCompiler }
}

// WithIsComplete sets the is_complete implementation (frontend.IsComplete).
func WithIsComplete(f func(code string) (status, indent string)) Option {
	return func(o *options) { o.isComplete = f }
}

// WithDeferredStart keeps New from starting the front-end and the first
// worker: Start (or the first request) does.
func WithDeferredStart() Option {
	return func(o *options) { o.deferStart = true }
}

// WithInterruptGrace sets how long an interrupted cell may take to stop
// before the worker is killed and restarted (default 250 ms: longer than the
// worker's own 150 ms check, so a loop that is slow to notice the cancel on
// a loaded machine keeps its session).
func WithInterruptGrace(d time.Duration) Option {
	return func(o *options) { o.grace = d }
}

func defaultOptions() (options, error) {
	o := options{
		env:        os.Environ(),
		compiler:   func() Compiler { return &Passthrough{} },
		isComplete: isComplete,
		grace:      250 * time.Millisecond,
		startWait:  15 * time.Second,
	}
	return o, nil
}
