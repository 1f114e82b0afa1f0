package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"testing"
)

// ipythonScript renders each case with IPython's own display classes and
// formatter, the reference for what a notebook receives from a Python
// kernel.
const ipythonScript = `
import sys, json, base64
from IPython.core.formatters import DisplayFormatter
from IPython.display import HTML, Markdown, Latex, SVG, Image, JSON
f = DisplayFormatter()
out = []
for c in json.load(sys.stdin):
    k, x = c["kind"], c["input"]
    obj = {"HTML": HTML, "Markdown": Markdown, "Latex": Latex, "SVG": SVG, "JSON": JSON}.get(k)
    if k == "PNG":
        obj = Image(data=base64.b64decode(x), format="png")
    elif k == "JPEG":
        obj = Image(data=base64.b64decode(x), format="jpeg")
    else:
        obj = obj(x)
    data, md = f.format(obj)
    out.append({"data": data, "metadata": md})
json.dump(out, sys.stdout)
`

// TestAgainstIPython compares each MIME value (everything but the
// deliberately different text/plain) with what IPython 8 produces for the
// same input.
func TestAgainstIPython(t *testing.T) {
	const python = "/usr/bin/python3"
	if _, err := os.Stat(python); err != nil {
		t.Skip("no CPython at", python)
	}
	if err := exec.Command(python, "-c", "import IPython").Run(); err != nil {
		t.Skip("IPython not installed for", python)
	}
	pngRaw := pngBytes(t, testImage(4, 3))
	jpegV := JPEG(jpegBytes(t))
	jpegRaw, _ := base64.StdEncoding.DecodeString(jpegV.data[MIMEJPEG].(string))
	type tc struct {
		Kind  string `json:"kind"`
		Input any    `json:"input"`
		v     Value
	}
	jsonIn := map[string]any{"a": []any{1.0, "two", nil, true}, "nested": map[string]any{"x": 1.5}}
	svgIn := `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="5"/></svg>`
	cases := []tc{
		{Kind: "HTML", Input: "<table><tr><td>é &amp; ü</td></tr></table>", v: HTML("<table><tr><td>é &amp; ü</td></tr></table>")},
		{Kind: "Markdown", Input: "# T\n\n* a\n* `b`", v: Markdown("# T\n\n* a\n* `b`")},
		{Kind: "Latex", Input: `$\int_0^1 x\,dx$`, v: Latex(`$\int_0^1 x\,dx$`)},
		{Kind: "SVG", Input: `<?xml version="1.0"?>` + svgIn, v: SVG(`<?xml version="1.0"?>` + svgIn)},
		{Kind: "PNG", Input: base64.StdEncoding.EncodeToString(pngRaw), v: PNG(pngRaw)},
		{Kind: "JPEG", Input: base64.StdEncoding.EncodeToString(jpegRaw), v: jpegV},
		{Kind: "JSON", Input: jsonIn, v: JSON(jsonIn)},
	}
	in, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-c", ipythonScript)
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("IPython: %v\n%s", err, stderr.String())
	}
	var ref []struct {
		Data     map[string]any `json:"data"`
		Metadata map[string]any `json:"metadata"`
	}
	if err := json.Unmarshal(out, &ref); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		// Compare on the wire: both sides as JSON would carry them.
		data, md := BundleOf(c.v)
		var got map[string]any
		wire, _ := json.Marshal(map[string]any{"data": data, "metadata": md})
		var gotMsg struct {
			Data     map[string]any `json:"data"`
			Metadata map[string]any `json:"metadata"`
		}
		if err := json.Unmarshal(wire, &gotMsg); err != nil {
			t.Fatal(err)
		}
		got = gotMsg.Data
		want := ref[i].Data
		for mime, w := range want {
			if mime == MIMEText {
				continue // IPython says "<IPython.core.display.HTML object>"; we give readable text
			}
			g, ok := got[mime]
			if !ok {
				t.Errorf("%s: no %s; IPython has it", c.Kind, mime)
				continue
			}
			if strings.HasPrefix(mime, "image/") && mime != MIMESVG {
				// IPython's base64 ends with a newline; the bytes must match.
				g, w = strings.TrimSpace(g.(string)), strings.TrimSpace(w.(string))
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("%s: %s = %#v\nIPython: %#v", c.Kind, mime, g, w)
			}
		}
		for mime := range got {
			if _, ok := want[mime]; !ok {
				t.Errorf("%s: extra MIME type %s", c.Kind, mime)
			}
		}
		if c.Kind == "JSON" && !reflect.DeepEqual(gotMsg.Metadata, ref[i].Metadata) {
			t.Errorf("JSON metadata %v, IPython %v", gotMsg.Metadata, ref[i].Metadata)
		}
	}
}
