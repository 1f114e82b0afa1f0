package kernel

import "context"

// Engine is the language side of the kernel: everything that knows Go.
//
// The protocol side (this package) knows messages and sockets and nothing
// about Go; an Engine knows Go and nothing about messages. This is the seam of
// xeus's xinterpreter and lgo's handler interface: one call per request, a
// context per cell, and an Output to write what the cell produces.
//
// The kernel calls Execute, Complete, Inspect, IsComplete and History from a
// single shell goroutine, one at a time. Interrupt and Shutdown may be called
// from the control goroutine while Execute is running.
type Engine interface {
	// Execute runs one cell. It returns when the cell is finished, failed or
	// was interrupted (ctx is cancelled by the kernel on interrupt_request).
	// Everything the cell prints or displays goes to out while it runs.
	Execute(ctx context.Context, req ExecuteRequest, out Output) ExecuteResult

	// Complete answers complete_request: matches for the code at cursor
	// (cursor counts unicode code points, as the protocol says).
	Complete(code string, cursor int) CompleteResult

	// Inspect answers inspect_request: what is known about the identifier
	// at cursor. Found is false when there is nothing to say.
	Inspect(code string, cursor, detailLevel int) InspectResult

	// IsComplete answers is_complete_request: "complete", "incomplete"
	// (with the indent for the next line), "invalid" or "unknown".
	IsComplete(code string) (status, indent string)

	// Interrupt stops the running cell, if any. Execute must return soon
	// after (the kernel also cancels Execute's context).
	Interrupt()

	// Shutdown stops the engine's processes. With restart, the engine is
	// ready for a fresh session afterwards.
	Shutdown(restart bool) error

	// Info describes the language for kernel_info_reply.
	Info() LanguageInfo
}

// ExecuteRequest is what the engine needs from an execute_request.
type ExecuteRequest struct {
	Code            string
	Silent          bool
	StoreHistory    bool
	AllowStdin      bool
	UserExpressions map[string]string
	// ExecutionCount is the number this cell is shown with (In [n]).
	ExecutionCount int
}

// ExecuteResult is the outcome of a cell.
type ExecuteResult struct {
	// Result is the MIME bundle of the cell's last expression, or nil when
	// the cell has no value to show. The kernel publishes it as
	// execute_result.
	Result *MIMEBundle
	// Err is set when the cell failed; the kernel publishes it as an error
	// message and replies with status "error".
	Err *CellError
	// UserExpressions maps each requested name to a reply entry
	// ({"status":"ok","data":{...},"metadata":{}} or an error entry).
	UserExpressions map[string]any
}

// MIMEBundle is the data and metadata of a display_data / execute_result.
type MIMEBundle struct {
	Data     map[string]any
	Metadata map[string]any
}

// CellError is an error shown to the user: ename, evalue and a traceback whose
// lines may carry ANSI colour.
type CellError struct {
	Name      string
	Value     string
	Traceback []string
}

func (e *CellError) Error() string { return e.Name + ": " + e.Value }

// Output receives what a running cell produces. The kernel's implementation
// never blocks on a socket: it queues, coalesces and sends from its own
// goroutines. Methods are safe for concurrent use.
type Output interface {
	// Stream appends text to "stdout" or "stderr".
	Stream(name, text string)
	// Display publishes display_data, or update_display_data when update is
	// true. A non-empty displayID goes into transient.display_id.
	Display(bundle MIMEBundle, displayID string, update bool)
	// ClearOutput publishes clear_output.
	ClearOutput(wait bool)
	// Input asks the front-end for a line (input_request on stdin) and
	// returns it without the newline. It fails when the request did not
	// allow stdin, or the client went away.
	Input(prompt string, password bool) (string, error)
}

// CompleteResult is the reply to complete_request.
type CompleteResult struct {
	Matches     []string
	CursorStart int
	CursorEnd   int
	// Types, when set, has one entry per match for the
	// _jupyter_types_experimental metadata.
	Types []CompletionType
}

// CompletionType is one entry of _jupyter_types_experimental.
type CompletionType struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
	Type      string `json:"type"`
	Signature string `json:"signature,omitempty"`
}

// InspectResult is the reply to inspect_request.
type InspectResult struct {
	Found bool
	Data  map[string]any
}

// LanguageInfo is language_info of kernel_info_reply, plus the banner.
type LanguageInfo struct {
	Name           string
	Version        string
	Mimetype       string
	FileExtension  string
	PygmentsLexer  string
	CodemirrorMode string
	Banner         string
	HelpLinks      []HelpLink
}

// HelpLink is one entry of kernel_info_reply.help_links.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}
