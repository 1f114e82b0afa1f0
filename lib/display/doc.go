// Package display gives Go code — compiled programs and notebook cells alike —
// the rich-output vocabulary of IPython: values that carry a MIME bundle
// (HTML, Markdown, LaTeX, SVG, PNG, JPEG, JSON, images, tables, any MIME
// type), live-updating displays, clear_output, progress bars, and bar, line
// and timeline charts drawn with gonum.org/v1/plot.
//
// Inside the kernel the worker installs a publisher with SetPublisher, and
// everything here becomes Jupyter display_data, update_display_data and
// clear_output messages. Without a publisher (a program run with `go run`)
// Show prints each value's text/plain fallback to standard output, so the
// same code still says something useful.
//
// BundleOf is the single place that decides how any value looks: it is what
// the worker calls for a cell's last expression and what Show uses.
//
// # Wiring (for the kernel's worker and front-end)
//
// The worker, once at start-up:
//
//	display.SetPublisher(func(m display.Message) { /* forward m to the kernel */ })
//
// and for a cell's last expression v: skip it if display.Displayed(v)
// (a Handle or live progress bar already on screen), else publish
// execute_result with display.BundleOf(v).
//
// Methods declared in cells are invisible to compiled type assertions, so
// the front-end wraps values whose static type has rich-display methods in
// Rich (see there) wherever they reach this package.
//
// Messages may be published from any goroutine, and after the cell that
// started the work has finished (a goroutine's Show, a progress bar's last
// redraw up to 100 ms after its last Add).
package display
