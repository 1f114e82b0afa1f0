package worker

import (
	"reflect"

	"github.com/gokernel/gokernel/kernel/worker/rt"
	"github.com/gokernel/gokernel/lib/display"
)

// The front-end hands a cell value whose type has rich methods (HTML,
// SVG, …) to display.RichFuncs through the runtime import, which every cell
// has (frontend.RichConstructor).
func init() {
	rt.Symbols[rt.Path+"/rt"]["RichFuncs"] = reflect.ValueOf(display.RichFuncs)
}

// installDisplay connects lib/display to the kernel: what cells show goes
// through rt to the engine (display_data, update_display_data,
// clear_output, in order with the cell's printed text), and a cell's value
// is rendered by display.BundleOf, the one place that decides how values
// look.
func installDisplay() {
	display.SetPublisher(func(m display.Message) {
		rt.Publish(rt.Message{Type: m.Type, Data: m.Data, Metadata: m.Metadata, DisplayID: m.DisplayID, Wait: m.Wait})
	})
	rt.SetRenderer(display.BundleOf)
	rt.SetShown(display.Displayed)
}
