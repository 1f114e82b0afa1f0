// Package pipe is the protocol between the kernel's engine and its worker
// process: requests and events as JSON lines on two extra file descriptors,
// and the sync markers written into the output streams. It is small on
// purpose: the kernel links it without linking the interpreter.
package pipe

import (
	"strconv"
	"strings"
)

// The engine and the worker talk over two extra pipes: the worker reads
// Requests (one JSON object per line) from fd 3 and writes Events to fd 4.
// The cell's own output goes to fd 1 and fd 2, which the engine reads.
const (
	RequestFD = 3
	EventFD   = 4
)

// Request is one command from the engine to the worker.
type Request struct {
	// Op is "eval", "interrupt" or "input".
	Op string `json:"op"`
	ID uint64 `json:"id,omitempty"`
	// Steps are the sources to evaluate in order (Op "eval"); evaluation
	// stops at the first failing step.
	Steps []string `json:"steps,omitempty"`
	// AllowStdin says whether reads of os.Stdin may ask the user.
	AllowStdin bool `json:"allow_stdin,omitempty"`
	// KeepGoing runs the remaining steps after a failing one (replay).
	KeepGoing bool `json:"keep_going,omitempty"`
	// Decls marks the steps (by index) that are imports or declarations:
	// the worker keeps those that ran, so that the process pools a cell
	// starts can give their interpreter workers the session's functions.
	Decls []bool `json:"decls,omitempty"`
	// Text and Err answer an input request (Op "input").
	Text string `json:"text,omitempty"`
	Err  string `json:"err,omitempty"`
}

// Event is one message from the worker to the engine.
type Event struct {
	// Kind is "ready", "done", "result", "display_data",
	// "update_display_data", "clear_output", "input_request" or "frames".
	Kind string `json:"kind"`
	// Seq numbers synchronised events: the worker writes Marker(Seq) into
	// fd 1 and fd 2 right after the event, and the engine delivers the
	// event only once both streams reached the marker, so a message never
	// overtakes text printed before it. Seq 0 means unsynchronised.
	Seq uint64 `json:"seq,omitempty"`
	ID  uint64 `json:"id,omitempty"`

	Data      map[string]any `json:"data,omitempty"`
	Metadata  map[string]any `json:"metadata,omitempty"`
	DisplayID string         `json:"display_id,omitempty"`
	Wait      bool           `json:"wait,omitempty"`

	Prompt   string `json:"prompt,omitempty"`
	Password bool   `json:"password,omitempty"`

	// Done: Status is "ok", "error" or "interrupted"; Step is the index of
	// the failing step; Stuck says an interrupted eval could not be
	// stopped (blocked in compiled code) and the worker must be replaced.
	Status string `json:"status,omitempty"`
	Step   int    `json:"step,omitempty"`
	Stuck  bool   `json:"stuck,omitempty"`
	Error  *Fault `json:"error,omitempty"`

	// Frames are yaegi's interpreted frame lines ("L:C: panic: f(...)").
	Frames []string `json:"frames,omitempty"`
}

// Fault describes a failed step.
type Fault struct {
	// Kind is "compile" (yaegi rejected the source), "panic" or
	// "runtime error" (a runtime.Error panic).
	Kind    string `json:"kind"`
	Message string `json:"message"`
	// Line and Col locate a compile error in the step source (yaegi's
	// column on line 1 already corrected), 0 when unknown.
	Line int `json:"line,omitempty"`
	Col  int `json:"col,omitempty"`
	// Frames are the interpreted frames of a panic, innermost first.
	Frames []string `json:"frames,omitempty"`
	// Stack is the Go stack of the panic (compiled frames), for detail.
	Stack string `json:"stack,omitempty"`
}

// MarkerPrefix starts a sync marker in the output streams. It is an OSC
// escape sequence so that, should one ever leak, terminals ignore it.
const MarkerPrefix = "\x1b]gk;"

// MarkerEnd ends a sync marker.
const MarkerEnd = '\a'

// Marker is the sync marker for seq, as written into fd 1 and fd 2.
func Marker(seq uint64) string {
	return MarkerPrefix + strconv.FormatUint(seq, 10) + string(MarkerEnd)
}

// ParseFrame splits a yaegi frame line "L:C: panic: f(...)" into its line,
// column and function name; ok is false for any other text.
func ParseFrame(s string) (line, col int, fn string, ok bool) {
	s = strings.TrimSpace(s)
	a, rest, found := strings.Cut(s, ":")
	if !found {
		return 0, 0, "", false
	}
	b, rest, found := strings.Cut(rest, ":")
	if !found {
		return 0, 0, "", false
	}
	l, err1 := strconv.Atoi(a)
	c, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil {
		return 0, 0, "", false
	}
	rest, found = strings.CutPrefix(rest, " panic")
	if !found {
		return 0, 0, "", false
	}
	rest = strings.TrimPrefix(rest, ":")
	fn = strings.TrimSuffix(strings.TrimSpace(rest), "(...)")
	return l, c, fn, true
}
