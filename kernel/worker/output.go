package worker

import (
	"os"
	"sync"
	"time"
)

// flushDelay is how long printed text may wait in the worker before it is
// written to the engine during a burst of output.
const flushDelay = time.Millisecond

// bufSize is the most a stream buffers before writing.
const bufSize = 32 << 10

// stream is a cell output stream (fd 1 or fd 2) with burst buffering: a
// write after a quiet spell goes straight through, writes in quick
// succession are gathered and written at most flushDelay later. 100 000
// fmt.Println calls cost one syscall each otherwise, five times the
// interpreter's own work. Everything the interpreter prints goes through
// here, so it stays in order; the worker flushes before every event.
type stream struct {
	f *os.File

	mu    sync.Mutex
	buf   []byte
	last  time.Time
	timer *time.Timer
}

func newStream(f *os.File) *stream {
	s := &stream{f: f, buf: make([]byte, 0, bufSize)}
	s.timer = time.AfterFunc(time.Hour, s.Flush)
	s.timer.Stop()
	return s
}

// Write buffers or writes p.
func (s *stream) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	quiet := now.Sub(s.last) > flushDelay
	s.last = now
	if len(s.buf) == 0 && quiet {
		return s.f.Write(p)
	}
	if len(s.buf)+len(p) > bufSize {
		if err := s.flushLocked(); err != nil {
			return 0, err
		}
		if len(p) > bufSize {
			return s.f.Write(p)
		}
	}
	if len(s.buf) == 0 {
		s.timer.Reset(flushDelay)
	}
	s.buf = append(s.buf, p...)
	return len(p), nil
}

// WriteString is Write for strings.
func (s *stream) WriteString(str string) (int, error) { return s.Write([]byte(str)) }

// Flush writes what is buffered.
func (s *stream) Flush() {
	s.mu.Lock()
	s.flushLocked()
	s.mu.Unlock()
}

// mark flushes the stream and writes a sync marker after its text.
func (s *stream) mark(m string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.flushLocked()
	s.f.WriteString(m)
}

func (s *stream) flushLocked() error {
	if len(s.buf) == 0 {
		return nil
	}
	_, err := s.f.Write(s.buf)
	s.buf = s.buf[:0]
	return err
}

// File is os.Stdout and os.Stderr as cells see them: the worker's buffered
// stream with the *os.File methods cells use, so a cell's
// os.Stdout.Write stays in order with its fmt.Println.
type File struct {
	s *stream
}

// Write writes p to the stream.
func (f *File) Write(p []byte) (int, error) { return f.s.Write(p) }

// WriteString writes str to the stream.
func (f *File) WriteString(str string) (int, error) { return f.s.WriteString(str) }

// Sync flushes the stream.
func (f *File) Sync() error { f.s.Flush(); return nil }

// Close flushes the stream; the notebook's output cannot be closed.
func (f *File) Close() error { f.s.Flush(); return nil }

// Fd is the underlying descriptor.
func (f *File) Fd() uintptr { return f.s.f.Fd() }

// Name is the file's name (/dev/stdout or /dev/stderr).
func (f *File) Name() string { return f.s.f.Name() }

// Stat describes the underlying pipe.
func (f *File) Stat() (os.FileInfo, error) { return f.s.f.Stat() }
