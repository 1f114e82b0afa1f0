package worker

import (
	"errors"
	"sync"

	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// ErrNoStdin is what a read of os.Stdin returns when the notebook did not
// allow input for the running cell.
var ErrNoStdin = errors.New("stdin is not available: the front-end does not accept input requests for this cell (allow_stdin is false)")

// Stdin is os.Stdin as cells see it: a read asks the engine for a line
// (input_request), and blocks until the user answers.
type Stdin struct {
	w       *worker
	mu      sync.Mutex
	buf     []byte
	replies chan pipe.Request
}

// Read returns buffered input, or asks the notebook for one more line.
func (s *Stdin) Read(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.buf) == 0 {
		st := s.w.current()
		if st == nil || !st.allow {
			return 0, ErrNoStdin
		}
		// Drop an answer to an earlier, interrupted request.
		select {
		case <-s.replies:
		default:
		}
		s.w.emit(pipe.Event{Kind: "input_request", ID: st.id}, true)
		select {
		case r := <-s.replies:
			if r.Err != "" {
				return 0, errors.New("stdin: " + r.Err)
			}
			s.buf = append(s.buf, r.Text...)
			s.buf = append(s.buf, '\n')
		case <-st.ctx.Done():
			return 0, errors.New("stdin: interrupted")
		}
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// Close does nothing: the notebook's input cannot be closed from a cell.
func (s *Stdin) Close() error { return nil }

// Name is the name os.Stdin has.
func (s *Stdin) Name() string { return "/dev/stdin" }

// Fd is the descriptor os.Stdin has.
func (s *Stdin) Fd() uintptr { return 0 }

func (s *Stdin) reply(r pipe.Request) {
	select {
	case s.replies <- r:
	default:
	}
}
