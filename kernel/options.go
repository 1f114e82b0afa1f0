package kernel

import (
	"io"
	"log"
	"os"
	"time"
)

// Option configures Run.
type Option func(*config)

type config struct {
	logger          *log.Logger
	implementation  string
	version         string
	flushInterval   time.Duration
	flushBytes      int
	sendTimeout     time.Duration
	stopOnErrorWait time.Duration
	onListening     func()
}

func defaultConfig() config {
	return config{
		logger:         log.New(os.Stderr, "gokernel: ", log.LstdFlags|log.Lmicroseconds),
		implementation: "gokernel",
		version:        "0.1.0",
		flushInterval:  3 * time.Millisecond,
		flushBytes:     64 << 10,
		sendTimeout:    5 * time.Second,
	}
}

// WithLogger sends the kernel's own diagnostics (dropped messages, send
// failures) to w instead of stderr.
func WithLogger(w io.Writer) Option {
	return func(c *config) { c.logger = log.New(w, "gokernel: ", log.LstdFlags|log.Lmicroseconds) }
}

// WithImplementation sets implementation and implementation_version of
// kernel_info_reply.
func WithImplementation(name, version string) Option {
	return func(c *config) { c.implementation, c.version = name, version }
}

// WithStreamFlush sets how long stream output may wait to be coalesced with
// later output (default 3 ms) and the size at which it is sent at once
// (default 64 KiB; larger writes are split).
func WithStreamFlush(interval time.Duration, bytes int) Option {
	return func(c *config) {
		if interval > 0 {
			c.flushInterval = interval
		}
		if bytes > 0 {
			c.flushBytes = bytes
		}
	}
}

// WithSendTimeout bounds each socket send (default 5 s).
func WithSendTimeout(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.sendTimeout = d
		}
	}
}

// WithStopOnErrorWindow makes the kernel also abort execute_requests that
// arrive within d after a failed cell's reply (ipykernel's
// stop_on_error_timeout; default 0: only the requests already received).
func WithStopOnErrorWindow(d time.Duration) Option {
	return func(c *config) { c.stopOnErrorWait = d }
}

// WithListening calls f once all five sockets are bound, before the first
// request is read. An engine can start expensive work (a worker process)
// from there, so that it does not compete with binding the sockets and the
// first kernel_info_reply.
func WithListening(f func()) Option {
	return func(c *config) { c.onListening = f }
}
