package display

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// nbScript validates a notebook against nbformat's JSON schema and renders
// it with nbconvert's HTML exporter — Jupyter's own code for choosing and
// rendering a MIME type — printing the HTML.
const nbScript = `
import sys, nbformat
from nbconvert import HTMLExporter
nb = nbformat.reads(sys.stdin.read(), as_version=4)
nbformat.validate(nb)
body, _ = HTMLExporter().from_notebook_node(nb)
sys.stdout.write(body)
`

// TestNotebookOutputs puts every kind of bundle into a notebook as
// display_data, update-able display_data (with transient display_id, which
// nbformat drops) and execute_result, then has nbformat validate it and
// nbconvert render it.
func TestNotebookOutputs(t *testing.T) {
	const python = "/usr/bin/python3"
	if _, err := os.Stat(python); err != nil {
		t.Skip("no CPython at", python)
	}
	if err := exec.Command(python, "-c", "import nbformat, nbconvert").Run(); err != nil {
		t.Skip("nbformat/nbconvert not installed for", python)
	}
	r := record(t)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	Show(
		HTML(`<b id="gk-html">bold</b>`),
		Markdown("## gk-markdown"),
		Latex(`$gk^{latex}$`),
		PNG(pngBytes(t, testImage(3, 3))),
		JSON(map[string]any{"gk": "json"}),
		Table([]string{"gk-table"}, [][]any{{1}}),
		BarChart("gk-bar", []string{"a"}, []float64{1}),
		BarChart("gk-png", []string{"a"}, []float64{1}).AsPNG(),
		Timeline("gk-timeline", []Span{{"w", "t", t0, t0.Add(time.Second)}}),
	)
	clk := newManualClock()
	b := newBar(10, clk, true)
	b.Add(10)

	// Build the outputs as a front-end does: display_data appends, an
	// update replaces the outputs shown under its display_id.
	var outputs []map[string]any
	byID := map[string][]int{}
	for _, m := range r.all() {
		md := m.Metadata
		if md == nil {
			md = map[string]any{}
		}
		out := map[string]any{"output_type": "display_data", "data": m.Data, "metadata": md}
		switch m.Type {
		case DisplayData:
			byID[m.DisplayID] = append(byID[m.DisplayID], len(outputs))
			outputs = append(outputs, out)
		case UpdateDisplayData:
			if len(byID[m.DisplayID]) == 0 {
				t.Fatalf("update for unknown display_id %q", m.DisplayID)
			}
			for _, i := range byID[m.DisplayID] {
				outputs[i] = out
			}
		}
	}
	data, md := BundleOf(HTML(`<i id="gk-result">result</i>`))
	if md == nil {
		md = map[string]any{}
	}
	outputs = append(outputs, map[string]any{"output_type": "execute_result", "execution_count": 1, "data": data, "metadata": md})
	nb := map[string]any{
		"nbformat": 4, "nbformat_minor": 5,
		"metadata": map[string]any{"language_info": map[string]any{"name": "go"}},
		"cells": []any{map[string]any{
			"cell_type": "code", "id": "c1", "execution_count": 1, "metadata": map[string]any{},
			"source": "display.Show(...)", "outputs": outputs,
		}},
	}
	src, err := json.Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, "-c", nbScript)
	cmd.Stdin = bytes.NewReader(src)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("nbformat/nbconvert rejected the outputs: %v\n%s", err, stderr.String())
	}
	html := string(out)
	for _, want := range []string{
		`<b id="gk-html">bold</b>`,                   // text/html verbatim
		`<h2 id="gk-markdown">gk-markdown`,           // text/markdown rendered
		`$gk^{latex}$`,                               // text/latex handed to MathJax
		`<img src="data:image/png;base64,`,           // image/png
		`data-mime-type="image/svg+xml">` + "\n<svg", // the charts, as SVG (nbconvert 6.5's clean_html then strips SVG's inner elements, for every kernel's SVG)
		`<th>gk-table</th>`,                          // Table
		`<progress value="10" max="10"`,              // progress bar, after its updates
		`<i id="gk-result">result</i>`,               // execute_result
	} {
		if !strings.Contains(html, want) {
			t.Errorf("nbconvert HTML lacks %s", want)
		}
	}
}
