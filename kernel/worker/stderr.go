package worker

import (
	"io"
	"strings"
	"sync"

	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// frameFilter is the interpreter's Options.Stderr. yaegi writes one
// "L:C: panic: f(...)" line per interpreted frame when a panic unwinds, even
// for panics a cell recovers; they are not the cell's output, so they are
// kept (for the traceback) and not passed on. Everything else goes to out.
type frameFilter struct {
	w   *worker
	out io.Writer

	mu     sync.Mutex
	frames []string
}

func (f *frameFilter) Write(p []byte) (int, error) {
	s := string(p)
	if _, _, _, ok := pipe.ParseFrame(s); ok && strings.Count(strings.TrimSpace(s), "\n") == 0 {
		f.mu.Lock()
		if len(f.frames) < 64 {
			f.frames = append(f.frames, strings.TrimSpace(s))
		}
		f.mu.Unlock()
		// In a goroutine, this panic kills the process next: get the
		// cell's buffered output out first.
		f.w.out.Flush()
		f.w.errs.Flush()
		// Unsynchronised: if this panic is in a goroutine the process
		// dies next, and the engine wants the frames for its report.
		f.w.emit(pipe.Event{Kind: "frames", Frames: []string{strings.TrimSpace(s)}}, false)
		return len(p), nil
	}
	return f.out.Write(p)
}

func (f *frameFilter) reset() {
	f.mu.Lock()
	f.frames = nil
	f.mu.Unlock()
}

func (f *frameFilter) take() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	fr := f.frames
	f.frames = nil
	return fr
}
