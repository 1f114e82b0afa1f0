package display

import (
	"fmt"
	"image"
)

// The method sets that make a value display richly. A type may have any
// number of them; each adds its MIME type to the bundle.
type (
	htmler     interface{ HTML() string }
	markdowner interface{ Markdown() string }
	latexer    interface{ Latex() string }
	svger      interface{ SVG() string }
	pnger      interface{ PNG() []byte }
	jpeger     interface{ JPEG() []byte }
	bundler    interface{ MIMEBundle() map[string]any }
)

// BundleOf returns the MIME bundle and metadata that show v: the one place
// that decides how any value looks, used for a cell's last expression
// (execute_result) and by Show (display_data). data always has a
// text/plain string; metadata is never nil (often empty). The rules, in order:
//
//   - a Value (from HTML, PNG, Rich, ...) is its own bundle;
//   - a value with a MIMEBundle() map[string]any method starts from that map
//     (copied; []byte contents base64-encoded);
//   - HTML(), Markdown(), Latex(), SVG() string and PNG(), JPEG() []byte
//     methods each add their MIME type if the bundle does not have it yet
//     (an empty result means "no such form", like Python's None);
//   - an image.Image with none of those methods is shown as a PNG;
//   - text/plain, unless already given, is fmt's %v of v.
//
// A method that panics or returns bad data (a PNG() that is not a PNG) does
// not crash the caller: that format is left out and text/plain says why.
//
// Compiled code sees the methods of compiled types only; for types declared
// in notebook cells the front-end passes the methods explicitly (see Rich).
func BundleOf(v any) (data, metadata map[string]any) {
	data, metadata = bundleOf(v)
	if metadata == nil {
		metadata = map[string]any{} // the protocol wants an object, never null
	}
	return data, metadata
}

func bundleOf(v any) (data, metadata map[string]any) {
	switch val := v.(type) {
	case Value:
		return val.MIMEBundle(), val.Metadata()
	case *Value:
		if val == nil {
			return map[string]any{MIMEText: "<nil>"}, nil
		}
		return val.MIMEBundle(), val.Metadata()
	}
	m := methodsOf(v)
	if _, isImage := v.(image.Image); !isImage && m.empty() {
		// The common case (numbers, strings, structs): just the text.
		return map[string]any{MIMEText: fmt.Sprintf("%v", v)}, nil
	}
	r := Rich(v, m)
	return r.data, r.metadata
}

// methodsOf collects v's rich-display methods as funcs.
func methodsOf(v any) Methods {
	var m Methods
	if x, ok := v.(htmler); ok {
		m.HTML = x.HTML
	}
	if x, ok := v.(markdowner); ok {
		m.Markdown = x.Markdown
	}
	if x, ok := v.(latexer); ok {
		m.Latex = x.Latex
	}
	if x, ok := v.(svger); ok {
		m.SVG = x.SVG
	}
	if x, ok := v.(pnger); ok {
		m.PNG = x.PNG
	}
	if x, ok := v.(jpeger); ok {
		m.JPEG = x.JPEG
	}
	if x, ok := v.(bundler); ok {
		m.MIMEBundle = x.MIMEBundle
	}
	return m
}
