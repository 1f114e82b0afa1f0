package display

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/png"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"gonum.org/v1/plot/plotutil"
)

// svgParts parses an SVG document as XML (failing the test if it is not
// well-formed) and returns the text of its <text> elements and the style of
// each <path>.
func svgParts(t *testing.T, doc string) (texts, pathStyles []string) {
	t.Helper()
	if !strings.HasPrefix(doc, "<svg") {
		t.Fatalf("SVG does not start with <svg: %.40q", doc)
	}
	dec := xml.NewDecoder(strings.NewReader(doc))
	var inText bool
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "text":
				inText = true
				cur.Reset()
			case "path":
				for _, a := range tok.Attr {
					if a.Name.Local == "style" {
						pathStyles = append(pathStyles, a.Value)
					}
				}
			}
		case xml.CharData:
			if inText {
				cur.Write(tok)
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				texts = append(texts, cur.String())
				inText = false
			}
		}
	}
	return texts, pathStyles
}

// fill is the SVG fill style gonum writes for the i-th palette colour.
func fill(i int) string {
	r, g, b, _ := plotutil.Color(i).RGBA()
	return fmt.Sprintf("fill:#%02X%02X%02X", r>>8, g>>8, b>>8)
}

func countFills(styles []string, f string) int {
	n := 0
	for _, s := range styles {
		if strings.HasPrefix(s, f) {
			n++
		}
	}
	return n
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

func TestBarChartSVG(t *testing.T) {
	c := BarChart("Run <time> & cost", []string{"sequential", "threads", "processes"}, []float64{4.1, 1.2, 1.6}).
		Named("first").Bars("second", []float64{4, 1.1, 1.5}).Labels("strategy", "seconds")
	if c.Err() != nil {
		t.Fatal(c.Err())
	}
	data, _ := BundleOf(c)
	doc, ok := data[MIMESVG].(string)
	if !ok {
		t.Fatalf("no SVG in bundle: %v", data)
	}
	if _, ok := data[MIMEPNG]; ok {
		t.Error("chart bundle has PNG as well as SVG")
	}
	texts, styles := svgParts(t, doc)
	for _, want := range []string{"Run <time> & cost", "sequential", "threads", "processes", "strategy", "seconds", "first", "second",
		"4.1", "1.2", "1.6", "4", "1.1", "1.5"} { // the values, written above their bars
		if !contains(texts, want) {
			t.Errorf("SVG has no text %q; texts: %q", want, texts)
		}
	}
	// One path per bar in each series' colour, plus its legend swatch.
	if n := countFills(styles, fill(0)); n != 3+1 {
		t.Errorf("%d paths in series 0 colour, want 3 bars + 1 legend", n)
	}
	if n := countFills(styles, fill(1)); n != 3+1 {
		t.Errorf("%d paths in series 1 colour, want 3 bars + 1 legend", n)
	}
	if want := `bar chart "Run <time> & cost"; first: sequential=4.1 threads=1.2 processes=1.6; second: sequential=4 threads=1.1 processes=1.5`; data[MIMEText] != want {
		t.Errorf("text/plain %q, want %q", data[MIMEText], want)
	}
}

func TestLineChartSVG(t *testing.T) {
	c := LineChart("speedup", []float64{1, 2, 4, 8}, []float64{1, 1.9, 3.5, 5}).Named("measured").
		Line("ideal", []float64{1, 8}, []float64{1, 8}).Labels("workers", "×")
	texts, styles := svgParts(t, c.SVG())
	for _, want := range []string{"speedup", "workers", "×", "measured", "ideal"} {
		if !contains(texts, want) {
			t.Errorf("SVG has no text %q", want)
		}
	}
	// Each point is a filled circle glyph in its line's colour.
	if n := countFills(styles, fill(0)); n < 4 {
		t.Errorf("%d filled glyphs for 4 points of line 0", n)
	}
	if c.String() != `line chart "speedup"; 4 points (measured); 2 points (ideal)` {
		t.Errorf("String() = %q", c.String())
	}
}

func TestChartPNG(t *testing.T) {
	v := BarChart("t", []string{"a", "b"}, []float64{1, 2}).Size(320, 200).AsPNG()
	if v.Err() != nil {
		t.Fatal(v.Err())
	}
	data, md := BundleOf(v)
	if md[MIMEPNG] == nil || data[MIMEText] != `bar chart "t"; a=1 b=2` {
		t.Errorf("PNG chart bundle: text %q, metadata %v", data[MIMEText], md)
	}
	b, err := BarChart("t", []string{"a", "b"}, []float64{1, 2}).Size(320, 200).Render("png")
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if sz := img.Bounds().Size(); sz.X != 320 || sz.Y != 200 {
		t.Errorf("PNG is %v, want 320x200", sz)
	}
	// Some pixel is the bar colour.
	r0, g0, b0, _ := plotutil.Color(0).RGBA()
	found := false
	for y := 0; y < 200 && !found; y++ {
		for x := 0; x < 320; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); r == r0 && g == g0 && b == b0 {
				found = true
				break
			}
		}
	}
	if !found {
		t.Error("no pixel in the bar colour")
	}
}

func TestChartBadInput(t *testing.T) {
	cases := map[string]struct {
		c    *Chart
		want string
	}{
		"lengths":   {BarChart("x", []string{"a"}, []float64{1, 2}), `display: bar chart "x": bar series "" has 2 values for 1 labels`},
		"empty":     {BarChart("x", nil, nil), `display: bar chart "x": no data`},
		"no points": {LineChart("x", nil, nil), `display: line chart "x": no data`},
		"NaN":       {LineChart("x", []float64{1, 2}, []float64{1, nan()}), `display: line chart "x": series "": value 1 is NaN`},
		"xy":        {LineChart("x", []float64{1}, []float64{1, 2}), `line "" has 1 x values and 2 y values`},
		"kind":      {LineChart("x", []float64{1}, []float64{1}).Bars("b", []float64{1}), "Bars on a line chart"},
		"size":      {BarChart("x", []string{"a"}, []float64{1}).Size(0, 5), "size 0x5 out of range"},
		"no spans":  {Timeline("x", nil), `display: timeline chart "x": no spans`},
		"backwards": {Timeline("x", []Span{{"w", "t", time.Unix(2, 0), time.Unix(1, 0)}}), "span 0 (t on w) ends before it starts"},
		"unset":     {Timeline("x", []Span{{Worker: "w", Task: "t", Start: time.Unix(2, 0)}}), "span 0 (t on w) has no start or end time"},
	}
	for name, c := range cases {
		err := c.c.Err()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Err() = %v, want %q", name, err, c.want)
			continue
		}
		data, _ := BundleOf(c.c)
		if len(data) != 1 || !strings.Contains(data[MIMEText].(string), c.want) {
			t.Errorf("%s: bundle %v, want only the error", name, data)
		}
		if c.c.SVG() != "" {
			t.Errorf("%s: SVG() not empty", name)
		}
		if v := c.c.AsPNG(); v.Err() == nil {
			t.Errorf("%s: AsPNG has no error", name)
		}
	}
	if _, err := BarChart("x", []string{"a"}, []float64{1}).Render("gif"); err == nil || !strings.Contains(err.Error(), `chart format "gif"`) {
		t.Errorf("Render(gif): %v", err)
	}
}

func nan() float64 { var z float64; return z / z }

func TestTimelineSVG(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ms := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Millisecond) }
	spans := []Span{
		{"worker-1", "task B", ms(5), ms(200)},
		{"worker-0", "task A", ms(0), ms(300)},
		{"worker-1", "task C", ms(210), ms(600)},
		{"worker-0", "A", ms(310), ms(500)},
		{"worker-2", "tiny", ms(20), ms(21)},
	}
	c := Timeline("executor", spans)
	texts, styles := svgParts(t, c.SVG())
	for _, want := range []string{"executor", "worker-0", "worker-1", "worker-2", "task A", "task B", "task C", "time (ms)"} {
		if !contains(texts, want) {
			t.Errorf("SVG has no text %q; texts %q", want, texts)
		}
	}
	if contains(texts, "tiny") {
		t.Error("label of a 1 ms bar drawn although it cannot fit")
	}
	// One bar per task, coloured by task name: 5 different tasks.
	for i := range 5 {
		if n := countFills(styles, fill(i)); n != 1 {
			t.Errorf("%d bars in colour %d, want 1", n, i)
		}
	}
	if c.String() != `timeline chart "executor"; 5 tasks on 3 workers` {
		t.Errorf("String() = %q", c.String())
	}
	// Worker rows in first-start order, top to bottom.
	if got := workersOf(spans); strings.Join(got, ",") != "worker-0,worker-1,worker-2" {
		t.Errorf("workersOf = %v", got)
	}
	long := Timeline("s", []Span{{"w", "t", t0, t0.Add(5 * time.Second)}})
	if texts, _ := svgParts(t, long.SVG()); !contains(texts, "time (s)") {
		t.Errorf("5 s timeline not in seconds: %q", texts)
	}
}

func TestRecorder(t *testing.T) {
	var r Recorder
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 5 {
				done := r.Track(fmt.Sprint("w", w), fmt.Sprint("t", k))
				done()
				done() // a second call records nothing
			}
		}()
	}
	wg.Wait()
	spans := r.Spans()
	if len(spans) != 20 {
		t.Fatalf("%d spans, want 20", len(spans))
	}
	for _, s := range spans {
		if s.End.Before(s.Start) {
			t.Errorf("span %+v ends before it starts", s)
		}
	}
	if err := r.Timeline("run").Err(); err != nil {
		t.Error(err)
	}
}

func TestChartSVGFontFallback(t *testing.T) {
	svg := BarChart("t", []string{"x"}, []float64{1}).SVG()
	if strings.Contains(svg, "font-family:Liberation Sans;") || !strings.Contains(svg, svgFontFamily) {
		t.Errorf("SVG text has no metric-compatible fallback fonts")
	}
}

func TestTimelineLanes(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	ms := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Millisecond) }
	// Three workers' worth of overlap: a, b, c start together; d starts
	// when b ends and takes b's lane; e starts after a and c ended.
	spans := []Span{
		{"", "a", ms(0), ms(100)},
		{"", "b", ms(0), ms(50)},
		{"", "c", ms(1), ms(100)},
		{"", "d", ms(50), ms(120)},
		{"", "e", ms(100), ms(130)},
		{"named", "f", ms(0), ms(10)},
	}
	c := Timeline("lanes", spans)
	got := map[string]string{}
	for _, s := range c.spans {
		got[s.Task] = s.Worker
	}
	want := map[string]string{"a": "lane 1", "b": "lane 2", "c": "lane 3", "d": "lane 2", "e": "lane 1", "f": "named"}
	for task, w := range want {
		if got[task] != w {
			t.Errorf("task %s on %q, want %q", task, got[task], w)
		}
	}
	if spans[0].Worker != "" {
		t.Error("Timeline changed the caller's spans")
	}
	texts, _ := svgParts(t, c.SVG())
	for _, w := range []string{"lane 1", "lane 2", "lane 3", "named"} {
		if !contains(texts, w) {
			t.Errorf("no row %q", w)
		}
	}
}
