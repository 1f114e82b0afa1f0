package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"io"
	"maps"
	"slices"
	"strings"
)

// MIME types this package produces.
const (
	MIMEText     = "text/plain"
	MIMEHTML     = "text/html"
	MIMEMarkdown = "text/markdown"
	MIMELatex    = "text/latex"
	MIMESVG      = "image/svg+xml"
	MIMEPNG      = "image/png"
	MIMEJPEG     = "image/jpeg"
	MIMEJSON     = "application/json"
)

// Value is a value that carries a MIME bundle. As the last expression of a
// cell it becomes execute_result with its bundle; Show publishes it as
// display_data. Printing it with fmt prints its text/plain fallback.
//
// A Value built from bad input (bytes that are not a PNG, a value JSON
// cannot encode, ...) carries only a text/plain bundle that says what went
// wrong, and Err reports the error.
type Value struct {
	data     map[string]any
	metadata map[string]any
	err      error
}

// MIMEBundle returns a copy of v's data: MIME type to JSON-ready content,
// always including text/plain.
func (v Value) MIMEBundle() map[string]any {
	if v.data == nil {
		return map[string]any{MIMEText: ""}
	}
	return maps.Clone(v.data)
}

// Metadata returns a copy of v's metadata (for example an image's width and
// height), or nil.
func (v Value) Metadata() map[string]any { return cloneDeep(v.metadata) }

// String returns v's text/plain fallback.
func (v Value) String() string {
	s, _ := v.data[MIMEText].(string)
	return s
}

// Err reports why the Value could not be built, or nil.
func (v Value) Err() error { return v.err }

// WithMetadata returns a copy of v with metadata key (usually a MIME type,
// as in {"image/png": {"width": 200}}) set to m.
func (v Value) WithMetadata(key string, m any) Value {
	md := cloneDeep(v.metadata)
	if md == nil {
		md = map[string]any{}
	}
	md[key] = m
	v.metadata = md
	v.data = maps.Clone(v.data)
	return v
}

// cloneDeep copies a metadata map one level down, so callers cannot change
// a Value's per-type metadata maps through the copy.
func cloneDeep(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	c := make(map[string]any, len(m))
	for k, x := range m {
		if inner, ok := x.(map[string]any); ok {
			x = maps.Clone(inner)
		}
		c[k] = x
	}
	return c
}

// textValue builds a Value with one text format and a text/plain fallback.
func textValue(mime, s, plain string) Value {
	return Value{data: map[string]any{mime: s, MIMEText: plain}}
}

// errValue is the Value for bad input: only text/plain, saying what failed.
func errValue(err error) Value {
	return Value{data: map[string]any{MIMEText: err.Error()}, err: err}
}

// HTML returns a Value shown as the HTML fragment s. Its text/plain fallback
// is s with the tags stripped.
func HTML(s string) Value { return textValue(MIMEHTML, s, plainFromHTML(s)) }

// Markdown returns a Value shown as the Markdown text s (which is also its
// text/plain fallback).
func Markdown(s string) Value { return textValue(MIMEMarkdown, s, s) }

// Latex returns a Value shown as LaTeX; as in IPython, math goes between
// dollar signs: display.Latex(`$e^{i\pi} + 1 = 0$`). The source is the
// text/plain fallback.
func Latex(s string) Value { return textValue(MIMELatex, s, s) }

// SVG returns a Value shown as the SVG document s. Anything before the
// <svg element (an XML declaration, a DOCTYPE) is dropped, since the
// notebook inserts the markup into its page. s must contain an <svg element.
func SVG(s string) Value {
	i := strings.Index(s, "<svg")
	if i < 0 {
		return errValue(errors.New("display.SVG: no <svg> element in input"))
	}
	return textValue(MIMESVG, s[i:], "[SVG image]")
}

// PNG returns a Value shown as the PNG image encoded in b, with its width
// and height as metadata. b must be a PNG file.
func PNG(b []byte) Value { return encodedImage("PNG", MIMEPNG, b, png.DecodeConfig) }

// JPEG returns a Value shown as the JPEG image encoded in b, with its width
// and height as metadata. b must be a JPEG file.
func JPEG(b []byte) Value { return encodedImage("JPEG", MIMEJPEG, b, jpeg.DecodeConfig) }

func encodedImage(name, mime string, b []byte, config func(io.Reader) (image.Config, error)) Value {
	c, err := config(bytes.NewReader(b))
	if err != nil {
		return errValue(fmt.Errorf("display.%s: not a %s image (%d bytes): %v", name, name, len(b), err))
	}
	return Value{
		data: map[string]any{
			mime:     base64.StdEncoding.EncodeToString(b),
			MIMEText: fmt.Sprintf("[%s image %dx%d]", name, c.Width, c.Height),
		},
		metadata: map[string]any{mime: map[string]any{"width": c.Width, "height": c.Height}},
	}
}

// Image returns a Value shown as img, encoded as PNG.
func Image(img image.Image) Value {
	if img == nil {
		return errValue(errors.New("display.Image: nil image"))
	}
	b, err := encodePNG(img)
	if err != nil {
		return errValue(fmt.Errorf("display.Image: %v", err))
	}
	return PNG(b)
}

func encodePNG(img image.Image) (b []byte, err error) {
	// A user-defined image.Image can panic (bad Bounds, nil ColorModel);
	// bad input must not take the process down.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("encoding PNG: panic: %v", r)
		}
	}()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// JSON returns a Value shown as the JSON encoding of v (by encoding/json,
// so struct tags apply; pass json.RawMessage for text that is already
// JSON), with IPython's metadata for it. Its text/plain fallback is the
// indented JSON text.
func JSON(v any) Value {
	raw, err := json.Marshal(v)
	if err != nil {
		return errValue(fmt.Errorf("display.JSON: %v", err))
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber() // keep 64-bit integers exact on their way to the wire
	var decoded any
	if err := dec.Decode(&decoded); err != nil {
		return errValue(fmt.Errorf("display.JSON: %v", err))
	}
	var ind bytes.Buffer
	_ = json.Indent(&ind, raw, "", "  ") // raw came from Marshal: valid
	return Value{
		data: map[string]any{MIMEJSON: decoded, MIMEText: ind.String()},
		// What IPython's JSON sends: JupyterLab's JSON viewer starts
		// collapsed, with the root labelled "root".
		metadata: map[string]any{MIMEJSON: map[string]any{"expanded": false, "root": "root"}},
	}
}

// Bundle returns a Value shown as the given MIME bundle, for any MIME type
// ("text/html", "application/vnd.vegalite.v5+json", ...). []byte contents
// are base64-encoded, as Jupyter expects binary data; a missing text/plain
// is filled in with a list of the bundle's types. Keys must look like MIME
// types (type/subtype).
func Bundle(b map[string]any) Value {
	if len(b) == 0 {
		return errValue(errors.New("display.Bundle: empty bundle"))
	}
	data := make(map[string]any, len(b)+1)
	for k, x := range b {
		if i := strings.IndexByte(k, '/'); i <= 0 || i == len(k)-1 || strings.ContainsAny(k, " \t\n") {
			return errValue(fmt.Errorf("display.Bundle: %q is not a MIME type (want type/subtype)", k))
		}
		if raw, ok := x.([]byte); ok {
			x = base64.StdEncoding.EncodeToString(raw)
		}
		data[k] = x
	}
	if t, ok := data[MIMEText]; ok {
		if _, isString := t.(string); !isString {
			data[MIMEText] = fmt.Sprint(t)
		}
	} else {
		data[MIMEText] = "[" + strings.Join(slices.Sorted(maps.Keys(data)), ", ") + "]"
	}
	return Value{data: data}
}
