package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"reflect"
	"strings"
	"testing"
)

func testImage(w, h int) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 40), uint8(y * 40), 200, 255})
		}
	}
	return img
}

func pngBytes(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestTextFormats(t *testing.T) {
	cases := []struct {
		v          Value
		mime, want string
		plain      string
	}{
		{HTML("<b>bold</b> &amp; <i>it</i>"), MIMEHTML, "<b>bold</b> &amp; <i>it</i>", "bold & it"},
		{Markdown("# Title\n*x*"), MIMEMarkdown, "# Title\n*x*", "# Title\n*x*"},
		{Latex(`$\frac{1}{2}$`), MIMELatex, `$\frac{1}{2}$`, `$\frac{1}{2}$`},
		{SVG(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), MIMESVG, `<svg xmlns="http://www.w3.org/2000/svg"/>`, "[SVG image]"},
	}
	for _, c := range cases {
		data, md := BundleOf(c.v)
		want := map[string]any{c.mime: c.want, MIMEText: c.plain}
		if !reflect.DeepEqual(data, want) || len(md) != 0 || md == nil || c.v.Err() != nil {
			t.Errorf("BundleOf(%s) = %#v, %v, err %v; want %#v", c.mime, data, md, c.v.Err(), want)
		}
		if c.v.String() != c.plain {
			t.Errorf("String() = %q, want %q", c.v.String(), c.plain)
		}
	}
}

func TestPNGAndImage(t *testing.T) {
	img := testImage(5, 3)
	raw := pngBytes(t, img)
	for name, v := range map[string]Value{"PNG": PNG(raw), "Image": Image(img)} {
		data, md := BundleOf(v)
		if v.Err() != nil {
			t.Fatalf("%s: %v", name, v.Err())
		}
		s, ok := data[MIMEPNG].(string)
		if !ok {
			t.Fatalf("%s: image/png is %T, want base64 string", name, data[MIMEPNG])
		}
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			t.Fatalf("%s: not base64: %v", name, err)
		}
		got, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: not a PNG: %v", name, err)
		}
		for y := 0; y < 3; y++ {
			for x := 0; x < 5; x++ {
				if !reflect.DeepEqual(color.RGBAModel.Convert(got.At(x, y)), img.At(x, y)) {
					t.Fatalf("%s: pixel %d,%d = %v, want %v", name, x, y, got.At(x, y), img.At(x, y))
				}
			}
		}
		if data[MIMEText] != "[PNG image 5x3]" {
			t.Errorf("%s: text/plain %q", name, data[MIMEText])
		}
		wantMD := map[string]any{MIMEPNG: map[string]any{"width": 5, "height": 3}}
		if !reflect.DeepEqual(md, wantMD) {
			t.Errorf("%s: metadata %v, want %v", name, md, wantMD)
		}
	}
}

func TestJPEG(t *testing.T) {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, testImage(4, 6), nil); err != nil {
		t.Fatal(err)
	}
	v := JPEG(buf.Bytes())
	data, md := BundleOf(v)
	if data[MIMEJPEG] != base64.StdEncoding.EncodeToString(buf.Bytes()) || data[MIMEText] != "[JPEG image 4x6]" {
		t.Errorf("JPEG bundle: %v", data)
	}
	if !reflect.DeepEqual(md, map[string]any{MIMEJPEG: map[string]any{"width": 4, "height": 6}}) {
		t.Errorf("JPEG metadata: %v", md)
	}
}

func TestBadInputIsAClearError(t *testing.T) {
	var nilImg *image.RGBA
	cases := map[string]struct {
		v    Value
		want string
	}{
		"PNG garbage":  {PNG([]byte("not a png")), "display.PNG: not a PNG image (9 bytes)"},
		"PNG nil":      {PNG(nil), "display.PNG: not a PNG image (0 bytes)"},
		"JPEG of PNG":  {JPEG(pngBytes(t, testImage(1, 1))), "display.JPEG: not a JPEG image"},
		"Image nil":    {Image(nil), "display.Image: nil image"},
		"Image nilptr": {Image(nilImg), "display.Image: encoding PNG: panic"},
		"JSON chan":    {JSON(make(chan int)), "display.JSON: json: unsupported type: chan int"},
		"SVG no svg":   {SVG("<div/>"), "display.SVG: no <svg> element"},
		"Bundle empty": {Bundle(nil), "display.Bundle: empty bundle"},
		"Bundle key":   {Bundle(map[string]any{"html": "x"}), `display.Bundle: "html" is not a MIME type`},
	}
	for name, c := range cases {
		data, _ := BundleOf(c.v)
		if c.v.Err() == nil || !strings.HasPrefix(c.v.Err().Error(), c.want) {
			t.Errorf("%s: Err() = %v, want prefix %q", name, c.v.Err(), c.want)
		}
		if len(data) != 1 || !strings.HasPrefix(data[MIMEText].(string), c.want) {
			t.Errorf("%s: bundle %v, want only text/plain with the error", name, data)
		}
	}
}

func TestJSON(t *testing.T) {
	type point struct {
		X    int64  `json:"x"`
		Name string `json:"name,omitempty"`
	}
	v := JSON(map[string]any{"p": point{X: 1<<62 + 1}, "list": []int{1, 2}})
	data, _ := BundleOf(v)
	// The bundle's JSON value, encoded again, must be what encoding/json
	// makes of the input: nothing lost (not even 64-bit integers).
	got, err := json.Marshal(data[MIMEJSON])
	if err != nil {
		t.Fatal(err)
	}
	want := `{"list":[1,2],"p":{"x":4611686018427387905}}`
	if string(got) != want {
		t.Errorf("application/json = %s, want %s", got, want)
	}
	if !strings.Contains(data[MIMEText].(string), "\n  \"list\": [") {
		t.Errorf("text/plain is not indented JSON: %q", data[MIMEText])
	}
	raw := JSON(json.RawMessage(`[true, null, "x"]`))
	if d, _ := BundleOf(raw); !reflect.DeepEqual(d[MIMEJSON], []any{true, nil, "x"}) {
		t.Errorf("RawMessage: %#v", d[MIMEJSON])
	}
}

func TestBundle(t *testing.T) {
	v := Bundle(map[string]any{
		"application/vnd.custom+json": map[string]any{"a": 1},
		"application/octet-stream":    []byte{0, 1, 2},
	})
	data, _ := BundleOf(v)
	if data["application/octet-stream"] != "AAEC" {
		t.Errorf("[]byte not base64: %v", data["application/octet-stream"])
	}
	if data[MIMEText] != "[application/octet-stream, application/vnd.custom+json]" {
		t.Errorf("text/plain fallback: %q", data[MIMEText])
	}
	v = Bundle(map[string]any{MIMEHTML: "<p>x</p>", MIMEText: 42})
	if v.String() != "42" {
		t.Errorf("non-string text/plain not formatted: %q", v.String())
	}
}

func TestMetadataIsCopied(t *testing.T) {
	v := PNG(pngBytes(t, testImage(2, 2))).WithMetadata(MIMEPNG, map[string]any{"width": 100})
	_, md := BundleOf(v)
	md[MIMEPNG].(map[string]any)["width"] = 1
	if _, md2 := BundleOf(v); md2[MIMEPNG].(map[string]any)["width"] != 100 {
		t.Errorf("metadata shared with caller: %v", md2)
	}
	data, _ := BundleOf(v)
	data[MIMEText] = "changed"
	if v.String() == "changed" {
		t.Error("data shared with caller")
	}
}

func TestPlainFromHTML(t *testing.T) {
	cases := map[string]string{
		"<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>": "a\tb\n1\t2",
		"<p>one</p><p>two &lt;3</p>":                          "one\ntwo <3",
		"<style>p{}</style><script>x()</script>hi <br/>there": "hi\nthere",
		"<img src=x>": "[HTML]",
		"a < b":       "a < b",
	}
	for in, want := range cases {
		if got := plainFromHTML(in); got != want {
			t.Errorf("plainFromHTML(%q) = %q, want %q", in, got, want)
		}
	}
}

func jpegBytes(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, testImage(4, 6), nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
