package display

import (
	"fmt"
	"os"
	"sync"
)

// Message is one display-protocol message for the kernel to publish.
//
// Data values are JSON-ready as Jupyter expects them on the wire: strings
// for text formats and SVG, base64 strings for binary formats (image/png,
// image/jpeg), decoded JSON (maps, slices, json.Number, ...) for
// application/json.
type Message struct {
	Type      string         // "display_data", "update_display_data" or "clear_output"
	Data      map[string]any // MIME bundle (display/update)
	Metadata  map[string]any
	DisplayID string // transient.display_id, "" if none
	Wait      bool   // clear_output's wait
}

// Message types.
const (
	DisplayData       = "display_data"
	UpdateDisplayData = "update_display_data"
	ClearOutput       = "clear_output"
)

var (
	// pubMu serialises publishing so a publisher sees messages one at a
	// time, in the order they were produced (a progress bar's last update
	// must not overtake an earlier one).
	pubMu     sync.Mutex
	publisher func(Message)
)

// SetPublisher installs the function that receives every display message
// from now on; nil restores the default (text to standard output). The
// worker calls it once at start-up. The publisher is called from whichever
// goroutine displays something, one call at a time; it must not call back
// into this package.
func SetPublisher(p func(Message)) {
	pubMu.Lock()
	publisher = p
	pubMu.Unlock()
}

// hasPublisher reports whether a kernel publisher is installed.
func hasPublisher() bool {
	pubMu.Lock()
	defer pubMu.Unlock()
	return publisher != nil
}

// publish hands m to the publisher, or without one prints text (if not
// empty) on its own line to standard output.
func publish(m Message, text string) {
	pubMu.Lock()
	defer pubMu.Unlock()
	if publisher != nil {
		publisher(m)
		return
	}
	if m.Type == ClearOutput || text == "" {
		return
	}
	fmt.Fprintln(os.Stdout, text)
}
