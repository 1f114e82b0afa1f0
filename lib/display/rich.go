package display

import (
	"errors"
	"fmt"
	"image"
)

// Methods are a value's rich-display methods, passed as funcs; nil fields
// are ignored. See Rich.
type Methods struct {
	HTML, Markdown, Latex, SVG func() string
	PNG, JPEG                  func() []byte
	MIMEBundle                 func() map[string]any
	// String, if set, gives the text/plain fallback instead of fmt's %v.
	String func() string
}

// empty reports whether m has no methods at all.
func (m Methods) empty() bool {
	return m.HTML == nil && m.Markdown == nil && m.Latex == nil && m.SVG == nil &&
		m.PNG == nil && m.JPEG == nil && m.MIMEBundle == nil && m.String == nil
}

// Rich returns the Value that shows v using the given methods, by the rules
// of BundleOf.
//
// It exists for values of types declared in notebook cells: yaegi hands
// such values to compiled code as reflect-built types without their
// methods, so BundleOf cannot find them by type assertion. When go/types
// says the static type of a shown expression x has any of the methods
// HTML/Markdown/Latex/SVG() string, PNG/JPEG() []byte,
// MIMEBundle() map[string]any or String() string, the front-end rewrites
// the value to
//
//	display.Rich(x, display.Methods{HTML: x.HTML, String: x.String})
//
// listing exactly the methods the type has (as method values), wherever x
// reaches display: the cell's last expression, arguments of display.Show
// and display.Handle.Update. x must be evaluated once: unless it is a plain
// identifier, bind it to a temporary first (this also makes values with
// pointer-receiver methods addressable). Wrapping a compiled type's value
// is harmless; wrapping a Value keeps its bundle and adds to it. Rich calls
// the methods at once, recovering panics (reported in text/plain).
func Rich(v any, m Methods) Value {
	data := map[string]any{}
	var metadata map[string]any
	var errs []error
	add := func(val Value) {
		if val.err != nil {
			errs = append(errs, val.err)
			return
		}
		for k, x := range val.data {
			if _, ok := data[k]; !ok && k != MIMEText {
				data[k] = x
			}
		}
		for k, x := range val.metadata {
			if metadata == nil {
				metadata = map[string]any{}
			}
			if _, ok := metadata[k]; !ok {
				metadata[k] = x
			}
		}
	}
	text := func(mime string, f func() string) {
		if f == nil {
			return
		}
		if s, err := callString(mime, f); err != nil {
			errs = append(errs, err)
		} else if _, ok := data[mime]; !ok && s != "" {
			data[mime] = s
		}
	}

	if val, ok := v.(Value); ok {
		add(val)
		if t, ok := val.data[MIMEText]; ok {
			data[MIMEText] = t
		}
	}
	if m.MIMEBundle != nil {
		b, err := call("MIMEBundle", m.MIMEBundle)
		switch {
		case err != nil:
			errs = append(errs, err)
		case len(b) > 0:
			val := Bundle(b)
			add(val)
			if t, ok := b[MIMEText]; ok && val.err == nil {
				data[MIMEText] = fmt.Sprint(t)
			}
		}
	}
	text(MIMEHTML, m.HTML)
	text(MIMEMarkdown, m.Markdown)
	text(MIMELatex, m.Latex)
	if m.SVG != nil {
		if s, err := callString("SVG", m.SVG); err != nil {
			errs = append(errs, err)
		} else if s != "" {
			add(SVG(s))
		}
	}
	if m.PNG != nil {
		if b, err := call("PNG", m.PNG); err != nil {
			errs = append(errs, err)
		} else if len(b) > 0 {
			add(PNG(b))
		}
	}
	if m.JPEG != nil {
		if b, err := call("JPEG", m.JPEG); err != nil {
			errs = append(errs, err)
		} else if len(b) > 0 {
			add(JPEG(b))
		}
	}
	if img, ok := v.(image.Image); ok && len(data) == 0 && len(errs) == 0 {
		val := Image(img)
		add(val)
		if m.String == nil && val.err == nil {
			data[MIMEText] = val.String() // "[PNG image WxH]" beats a pixel dump
		}
	}

	if _, ok := data[MIMEText]; !ok {
		s := ""
		if m.String != nil {
			var err error
			if s, err = callString("String", m.String); err != nil {
				errs = append(errs, err)
				s = ""
			}
		}
		if m.String == nil || s == "" && len(errs) > 0 {
			s = fmt.Sprintf("%v", v)
		}
		data[MIMEText] = s
	}
	err := errors.Join(errs...)
	if err != nil {
		data[MIMEText] = fmt.Sprint(data[MIMEText]) + "\n[display: " + err.Error() + "]"
	}
	return Value{data: data, metadata: metadata, err: err}
}

// call runs a user's display method, turning a panic into an error so a
// broken method cannot take the kernel's worker down.
func call[T any](name string, f func() T) (r T, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s() panicked: %v", name, p)
		}
	}()
	return f(), nil
}

func callString(mime string, f func() string) (string, error) {
	return call(methodName[mime], f)
}

// methodName names the method behind each text format, for error messages.
var methodName = map[string]string{
	MIMEHTML: "HTML", MIMEMarkdown: "Markdown", MIMELatex: "Latex",
	"SVG": "SVG", "String": "String",
}

// RichFuncs is Rich with the methods as positional arguments, in the order
// the kernel's front-end emits them today
// (kernel/frontend.RichConstructor = "display.RichFuncs"):
//
//	display.RichFuncs(x, x.HTML, nil, x.SVG, nil, nil)
//
// Each argument is a method value or nil. Rich with Methods is the fuller
// form (it also carries Latex, JPEG and String).
func RichFuncs(v any, html, markdown, svg func() string, png func() []byte, bundle func() map[string]any) Value {
	return Rich(v, Methods{HTML: html, Markdown: markdown, SVG: svg, PNG: png, MIMEBundle: bundle})
}
