package display

import (
	"errors"
	"image"
	"reflect"
	"strings"
	"testing"
)

type htmlCard struct{ title string }

func (c htmlCard) HTML() string     { return "<h1>" + c.title + "</h1>" }
func (c htmlCard) Markdown() string { return "# " + c.title }
func (c htmlCard) String() string   { return "card " + c.title }

type everything struct{ png []byte }

func (everything) Latex() string { return "$x$" }
func (everything) SVG() string   { return "<svg/>" }
func (e everything) PNG() []byte { return e.png }
func (e everything) JPEG() []byte {
	return []byte("junk") // bad data: left out, and said so
}

type bundled struct{}

func (bundled) MIMEBundle() map[string]any {
	return map[string]any{"application/vnd.x+json": map[string]any{"k": "v"}, MIMEText: "bundled!"}
}
func (bundled) HTML() string { return "<p>from HTML()</p>" }

type panicky struct{}

func (panicky) HTML() string   { panic("boom") }
func (panicky) String() string { return "panicky value" }

func TestBundleOfPlainValues(t *testing.T) {
	cases := []struct {
		v    any
		want string
	}{
		{42, "42"}, {"text", "text"}, {nil, "<nil>"}, {[]int{1, 2}, "[1 2]"},
		{errors.New("bad"), "bad"}, {struct{ A int }{3}, "{3}"}, {(*Value)(nil), "<nil>"},
	}
	for _, c := range cases {
		data, md := BundleOf(c.v)
		if !reflect.DeepEqual(data, map[string]any{MIMEText: c.want}) || len(md) != 0 || md == nil {
			t.Errorf("BundleOf(%#v) = %v, %v; want only text/plain %q", c.v, data, md, c.want)
		}
	}
}

func TestBundleOfMethods(t *testing.T) {
	data, _ := BundleOf(htmlCard{"Hi"})
	want := map[string]any{MIMEHTML: "<h1>Hi</h1>", MIMEMarkdown: "# Hi", MIMEText: "card Hi"}
	if !reflect.DeepEqual(data, want) {
		t.Errorf("htmlCard: %v, want %v", data, want)
	}
	// Pointer receivers see value methods too.
	if data, _ := BundleOf(&htmlCard{"P"}); data[MIMEHTML] != "<h1>P</h1>" {
		t.Errorf("*htmlCard: %v", data)
	}

	raw := pngBytes(t, testImage(2, 2))
	data, md := BundleOf(everything{raw})
	if data[MIMELatex] != "$x$" || data[MIMESVG] != "<svg/>" || data[MIMEPNG] == nil {
		t.Errorf("everything: %v", data)
	}
	if _, ok := data[MIMEJPEG]; ok {
		t.Error("JPEG() returned no image but image/jpeg is in the bundle")
	}
	if !strings.Contains(data[MIMEText].(string), "display.JPEG: not a JPEG image (4 bytes)") {
		t.Errorf("text/plain does not explain the bad JPEG(): %q", data[MIMEText])
	}
	if md[MIMEPNG] == nil {
		t.Errorf("PNG metadata missing: %v", md)
	}

	data, _ = BundleOf(bundled{})
	want = map[string]any{
		"application/vnd.x+json": map[string]any{"k": "v"},
		MIMEHTML:                 "<p>from HTML()</p>",
		MIMEText:                 "bundled!",
	}
	if !reflect.DeepEqual(data, want) {
		t.Errorf("bundled: %v, want %v", data, want)
	}
}

type noForms struct{}

func (noForms) HTML() string { return "" }
func (noForms) PNG() []byte  { return nil }

func TestBundleOfEmptyMeansAbsent(t *testing.T) {
	if data, _ := BundleOf(noForms{}); !reflect.DeepEqual(data, map[string]any{MIMEText: "{}"}) {
		t.Errorf("empty HTML()/PNG() results: %v", data)
	}
}

func TestBundleOfPanickingMethod(t *testing.T) {
	data, _ := BundleOf(panicky{})
	if _, ok := data[MIMEHTML]; ok {
		t.Error("panicking HTML() produced text/html")
	}
	if s := data[MIMEText].(string); !strings.HasPrefix(s, "panicky value") || !strings.Contains(s, "HTML() panicked: boom") {
		t.Errorf("text/plain = %q", s)
	}
}

func TestBundleOfImage(t *testing.T) {
	var img image.Image = testImage(3, 2)
	data, md := BundleOf(img)
	if data[MIMEPNG] == nil || data[MIMEText] != "[PNG image 3x2]" || md == nil {
		t.Errorf("image.Image: %v %v", data, md)
	}
}

func TestRichWithFuncs(t *testing.T) {
	// What the front-end emits for a cell type: the methods as funcs.
	c := htmlCard{"R"}
	v := Rich(struct{ X int }{1}, Methods{HTML: c.HTML, String: c.String})
	data, _ := BundleOf(v)
	want := map[string]any{MIMEHTML: "<h1>R</h1>", MIMEText: "card R"}
	if !reflect.DeepEqual(data, want) {
		t.Errorf("Rich: %v, want %v", data, want)
	}
	// No methods: exactly BundleOf's plain rule.
	if data, _ := BundleOf(Rich(7, Methods{})); !reflect.DeepEqual(data, map[string]any{MIMEText: "7"}) {
		t.Errorf("Rich(7): %v", data)
	}
	// A Value keeps its bundle, methods add to it.
	data, _ = BundleOf(Rich(Markdown("*m*"), Methods{HTML: c.HTML}))
	if data[MIMEMarkdown] != "*m*" || data[MIMEHTML] != "<h1>R</h1>" || data[MIMEText] != "*m*" {
		t.Errorf("Rich(Value): %v", data)
	}
}

// Nil receivers of the package's types behave, rather than crash the cell.
func TestNilReceivers(t *testing.T) {
	r := record(t)
	var c *Chart
	if c.Bars("x", nil).Line("y", nil, nil).Named("n").Labels("a", "b").Size(1, 1) != nil || c.Err() == nil || c.SVG() != "" || c.String() != "<nil chart>" {
		t.Error("nil *Chart")
	}
	if data, _ := BundleOf(c); data[MIMEText] != "display: nil *Chart" {
		t.Errorf("BundleOf(nil *Chart) = %v", data)
	}
	var b *Bar
	b.Add(1)
	b.Done()
	if b.Describe("x") != nil || b.Count() != 0 || b.String() != "<nil progress bar>" {
		t.Error("nil *Bar")
	}
	if data, _ := BundleOf(b); data[MIMEText] != "<nil progress bar>" {
		t.Errorf("BundleOf(nil *Bar) = %v", data)
	}
	var h *Handle
	h.Update("shown anyway")
	if h.ID() != "" || len(r.all()) != 1 || r.all()[0].Data[MIMEText] != "shown anyway" {
		t.Errorf("nil *Handle: %+v", r.all())
	}
	var rec *Recorder
	rec.Track("w", "t")()
	if rec.Spans() != nil || rec.Timeline("t").Err() == nil {
		t.Error("nil *Recorder")
	}
}
