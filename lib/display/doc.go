// Package display gives Go code — compiled programs and notebook cells alike —
// the rich-output vocabulary of IPython: values that carry a MIME bundle
// (HTML, Markdown, LaTeX, SVG, PNG, JPEG, JSON, images, any MIME type),
// live-updating displays, clear_output, progress bars and small charts.
//
// Inside the kernel the worker installs a publisher with SetPublisher, and
// everything here becomes Jupyter display_data, update_display_data and
// clear_output messages. Without a publisher (a program run with `go run`)
// Show prints each value's text/plain fallback to standard output, so the
// same code still says something useful.
//
// BundleOf is the single place that decides how any value looks: it is what
// the worker calls for a cell's last expression and what Show uses.
package display
