package display

import (
	"crypto/rand"
	"encoding/hex"
	"sync"
)

// Handle is a display that can be updated in place: its messages carry one
// display_id, and the front-end replaces what it showed under that id.
// A Handle is safe for concurrent use.
type Handle struct {
	id    string
	mu    sync.Mutex
	shown bool
}

// Show publishes each value as display_data right away — from the cell or
// from a goroutine the cell started — and returns a Handle whose Update
// replaces them. Each value is rendered by BundleOf. All values of one call
// share the handle's display_id (as with IPython's display(a, b,
// display_id=...)). Show() with no values publishes nothing yet: the
// handle's first Update shows its value, which makes a placeholder.
//
// Without a publisher (outside the kernel) Show prints each value's
// text/plain fallback on its own line to standard output.
func Show(v ...any) *Handle {
	h := &Handle{id: newID()}
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, x := range v {
		h.send(DisplayData, x)
	}
	h.shown = len(v) > 0
	return h
}

// ID returns the handle's display_id.
func (h *Handle) ID() string {
	if h == nil {
		return ""
	}
	return h.id
}

// Update replaces what the handle shows with v, by update_display_data (or
// display_data if nothing has been shown under the handle yet). Without a
// publisher it prints v's text/plain fallback.
func (h *Handle) Update(v any) {
	if h == nil { // no handle to update: show v as a new display
		Show(v)
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.shown {
		h.send(UpdateDisplayData, v)
		return
	}
	h.send(DisplayData, v)
	h.shown = true
}

func (h *Handle) send(typ string, v any) {
	data, md := BundleOf(v)
	text, _ := data[MIMEText].(string)
	publish(Message{Type: typ, Data: data, Metadata: md, DisplayID: h.id}, text)
}

// Clear clears the cell's output (clear_output). With wait true the
// front-end clears only when the next output arrives, which avoids
// flicker in animations. Without a publisher it does nothing.
func Clear(wait bool) {
	publish(Message{Type: ClearOutput, Wait: wait}, "")
}

// newID returns a fresh random display_id.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails (Go 1.24+)
	return hex.EncodeToString(b[:])
}

// Displayed reports whether v already showed itself when it was made — a
// *Handle from Show, or a progress bar shown in the notebook — so that a
// cell ending in `display.Show(x)` or `display.Progress(n)` does not show
// it a second time as execute_result (IPython's display() returns None for
// the same reason). The worker asks this before rendering a cell's value.
func Displayed(v any) bool {
	switch x := v.(type) {
	case *Handle:
		return x != nil
	case *Bar:
		return x != nil && x.h != nil
	}
	return false
}
