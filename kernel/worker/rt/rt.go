// Package rt is the compiled runtime that cells reach as "gokernel/rt" (the
// front-end imports it under a hidden name): it shows a cell's value as
// execute_result and carries rich display messages from the worker to the
// kernel.
//
// rt knows nothing about pipes or Jupyter: the worker installs a publisher
// with SetPublisher, and lib/display (or any renderer) plugs in with
// SetRenderer.
package rt

import (
	"fmt"
	"strings"
	"sync"
)

// Message is one rich-output message a cell produces.
type Message struct {
	// Type is "execute_result", "display_data", "update_display_data" or
	// "clear_output".
	Type      string
	Data      map[string]any
	Metadata  map[string]any
	DisplayID string
	Wait      bool
}

var (
	mu        sync.RWMutex
	publisher func(Message)
	renderer  func(v any) (data, metadata map[string]any)
	shown     func(v any) bool
)

// SetPublisher installs the function every Message goes to (the worker sets
// it to forward to the engine). A nil publisher drops messages.
func SetPublisher(p func(Message)) {
	mu.Lock()
	publisher = p
	mu.Unlock()
}

// SetRenderer installs the function that turns one value into a MIME bundle
// (lib/display's BundleOf). A nil renderer restores plain %v text.
func SetRenderer(r func(v any) (data, metadata map[string]any)) {
	mu.Lock()
	renderer = r
	mu.Unlock()
}

// SetShown installs the test for values that are already on screen (a
// display handle, a live progress bar): a cell ending in one shows nothing
// more, as IPython does for display(...) returning None.
func SetShown(f func(v any) bool) {
	mu.Lock()
	shown = f
	mu.Unlock()
}

// Publish sends m to the installed publisher.
func Publish(m Message) {
	mu.RLock()
	p := publisher
	mu.RUnlock()
	if p != nil {
		p(m)
	}
}

// Bundle renders the values of a cell's last expression: one value through
// the renderer (text/plain "%v" without one), several values as one
// text/plain line with the values space-separated, as a Go tuple prints.
func Bundle(vals []any) (data, metadata map[string]any) {
	if len(vals) == 1 {
		mu.RLock()
		r := renderer
		mu.RUnlock()
		if r != nil {
			if d, md := safeRender(r, vals[0]); d != nil {
				return d, md
			}
		}
	}
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = fmt.Sprintf("%v", v)
	}
	return map[string]any{"text/plain": strings.Join(parts, " ")}, map[string]any{}
}

// safeRender calls r and falls back to %v when the renderer panics, so a
// broken display method does not turn a value into a cell error.
func safeRender(r func(any) (map[string]any, map[string]any), v any) (d, md map[string]any) {
	defer func() {
		if recover() != nil {
			d, md = nil, nil
		}
	}()
	d, md = r(v)
	if md == nil {
		md = map[string]any{}
	}
	return d, md
}

// Result shows vals as the cell's execute_result. The front-end rewrites a
// cell's last expression statement to a call of Result. It is variadic
// because yaegi hands a value of a cell type with methods to compiled code
// intact only as a call argument: inside a []any literal it arrives as the
// interpreter's internal wrapper.
func Result(vals ...any) {
	if len(vals) == 0 {
		return
	}
	if len(vals) == 1 {
		mu.RLock()
		f := shown
		mu.RUnlock()
		if f != nil && f(vals[0]) {
			return
		}
	}
	d, md := Bundle(vals)
	Publish(Message{Type: "execute_result", Data: d, Metadata: md})
}

// Display publishes display_data, or update_display_data when update is true.
func Display(data, metadata map[string]any, displayID string, update bool) {
	t := "display_data"
	if update {
		t = "update_display_data"
	}
	Publish(Message{Type: t, Data: data, Metadata: metadata, DisplayID: displayID})
}

// ClearOutput publishes clear_output.
func ClearOutput(wait bool) {
	Publish(Message{Type: "clear_output", Wait: wait})
}
