package display

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart is a small bar chart, line chart or task timeline, drawn with
// gonum.org/v1/plot. It displays as SVG (AsPNG gives a PNG instead). Build
// it with BarChart, LineChart or Timeline and refine it with the chained
// methods; bad data (mismatched lengths, NaN, no data) is reported by Err
// and shown as text instead of a chart.
type Chart struct {
	title, xLabel, yLabel string
	width, height         float64 // CSS pixels
	kind                  chartKind
	labels                []string // bar charts: one per bar group
	series                []series
	spans                 []Span // timelines
	err                   error  // from building; rendering adds its own
}

type chartKind int

const (
	barKind chartKind = iota
	lineKind
	timelineKind
)

type series struct {
	name   string
	xs, ys []float64
}

// Default chart size in CSS pixels.
const (
	defaultChartWidth  = 640
	defaultChartHeight = 400
)

// BarChart returns a bar chart with one bar per label. More series of bars
// (drawn side by side, with a legend) are added with Bars.
func BarChart(title string, labels []string, values []float64) *Chart {
	c := &Chart{title: title, kind: barKind, width: defaultChartWidth, height: defaultChartHeight}
	c.labels = append([]string(nil), labels...)
	return c.Bars("", values)
}

// LineChart returns a line chart of the points (xs[i], ys[i]). More lines
// are added with Line.
func LineChart(title string, xs, ys []float64) *Chart {
	c := &Chart{title: title, kind: lineKind, width: defaultChartWidth, height: defaultChartHeight}
	return c.Line("", xs, ys)
}

// Bars adds a series of bars, one value per label, named in the legend,
// and returns c.
func (c *Chart) Bars(name string, values []float64) *Chart {
	if c == nil {
		return nil
	}
	switch {
	case c.kind != barKind:
		c.fail(fmt.Errorf("Bars on a %s chart", c.kind))
	case len(values) != len(c.labels):
		c.fail(fmt.Errorf("bar series %q has %d values for %d labels", name, len(values), len(c.labels)))
	default:
		c.fail(checkFinite(name, values))
		c.series = append(c.series, series{name: name, ys: append([]float64(nil), values...)})
	}
	return c
}

// Line adds a line through the points (xs[i], ys[i]), named in the legend,
// and returns c.
func (c *Chart) Line(name string, xs, ys []float64) *Chart {
	if c == nil {
		return nil
	}
	switch {
	case c.kind != lineKind:
		c.fail(fmt.Errorf("Line on a %s chart", c.kind))
	case len(xs) != len(ys):
		c.fail(fmt.Errorf("line %q has %d x values and %d y values", name, len(xs), len(ys)))
	default:
		c.fail(checkFinite(name, xs))
		c.fail(checkFinite(name, ys))
		c.series = append(c.series, series{name: name, xs: append([]float64(nil), xs...), ys: append([]float64(nil), ys...)})
	}
	return c
}

// Named names the most recently added series in the legend (BarChart and
// LineChart start with an unnamed one) and returns c.
func (c *Chart) Named(name string) *Chart {
	if c == nil {
		return nil
	}
	if len(c.series) > 0 {
		c.series[len(c.series)-1].name = name
	}
	return c
}

// Labels sets the axis labels and returns c.
func (c *Chart) Labels(x, y string) *Chart {
	if c == nil {
		return nil
	}
	c.xLabel, c.yLabel = x, y
	return c
}

// Size sets the chart's size in CSS pixels (default 640×400) and returns c.
func (c *Chart) Size(width, height float64) *Chart {
	if c == nil {
		return nil
	}
	if !(width >= 16 && height >= 16 && width <= 10000 && height <= 10000) {
		c.fail(fmt.Errorf("size %gx%g out of range 16..10000", width, height))
		return c
	}
	c.width, c.height = width, height
	return c
}

func (c *Chart) fail(err error) {
	if err != nil && c.err == nil {
		c.err = fmt.Errorf("display: %s chart %q: %w", c.kind, c.title, err)
	}
}

func (k chartKind) String() string {
	return [...]string{"bar", "line", "timeline"}[k]
}

func checkFinite(name string, xs []float64) error {
	for i, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return fmt.Errorf("series %q: value %d is %v", name, i, x)
		}
	}
	return nil
}

// Err reports why the chart cannot be drawn, or nil.
func (c *Chart) Err() error {
	if c == nil {
		return errors.New("display: nil *Chart")
	}
	if c.err != nil {
		return c.err
	}
	points := 0
	for _, s := range c.series {
		points += len(s.ys)
	}
	if c.kind != timelineKind && points == 0 {
		return fmt.Errorf("display: %s chart %q: no data", c.kind, c.title)
	}
	return nil
}

// Render draws the chart as "svg" or "png" (PNG at 96 dots per inch, so
// its pixel size is the chart's Size).
func (c *Chart) Render(format string) (b []byte, err error) {
	if err := c.Err(); err != nil {
		return nil, err
	}
	defer func() {
		// gonum/plot panics on some degenerate inputs; a chart must never
		// take the worker down.
		if r := recover(); r != nil {
			err = fmt.Errorf("display: drawing %s chart %q: %v", c.kind, c.title, r)
		}
	}()
	p, err := c.plot()
	if err != nil {
		return nil, fmt.Errorf("display: %s chart %q: %w", c.kind, c.title, err)
	}
	w, h := vg.Length(c.width)*0.75, vg.Length(c.height)*0.75 // px → pt
	var canvas vg.CanvasWriterTo
	switch format {
	case "svg":
		canvas = vgsvg.New(w, h)
	case "png":
		canvas = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(96))}
	default:
		return nil, fmt.Errorf("display: chart format %q: want svg or png", format)
	}
	p.Draw(draw.New(canvas))
	var buf bytes.Buffer
	if _, err := canvas.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SVG returns the chart as SVG markup starting at the <svg element, or ""
// if it cannot be drawn (see Err).
func (c *Chart) SVG() string {
	s, _ := c.AsSVG().data[MIMESVG].(string)
	return s
}

// AsPNG returns the chart drawn as a PNG image, for display.
func (c *Chart) AsPNG() Value {
	b, err := c.Render("png")
	if err != nil {
		return errValue(err)
	}
	v := PNG(b)
	v.data[MIMEText] = c.String()
	return v
}

// AsSVG returns the chart drawn as SVG, for display (what showing the
// chart itself does).
func (c *Chart) AsSVG() Value {
	b, err := c.Render("svg")
	if err != nil {
		return errValue(err)
	}
	v := SVG(strings.ReplaceAll(string(b), "font-family:Liberation Sans;", svgFontFamily))
	v.data[MIMEText] = c.String()
	return v
}

// svgFontFamily replaces the bare family gonum writes: browsers without
// Liberation Sans then use Arial or Helvetica, which have the same metrics
// (so labels still fit the space gonum measured), before any sans-serif.
const svgFontFamily = `font-family:'Liberation Sans',Arial,Helvetica,sans-serif;`

// MIMEBundle returns the chart as image/svg+xml with a text/plain summary,
// or only the error text if it cannot be drawn.
func (c *Chart) MIMEBundle() map[string]any { return c.AsSVG().data }

// String returns a one-line summary of the chart's data.
func (c *Chart) String() string {
	if c == nil {
		return "<nil chart>"
	}
	var s strings.Builder
	fmt.Fprintf(&s, "%s chart %q", c.kind, c.title)
	switch c.kind {
	case barKind:
		for _, sr := range c.series {
			s.WriteString(";")
			if sr.name != "" {
				s.WriteString(" " + sr.name + ":")
			}
			for i, y := range sr.ys {
				if i < len(c.labels) {
					fmt.Fprintf(&s, " %s=%g", c.labels[i], y)
				}
			}
		}
	case lineKind:
		for _, sr := range c.series {
			fmt.Fprintf(&s, "; %d points", len(sr.xs))
			if sr.name != "" {
				s.WriteString(" (" + sr.name + ")")
			}
		}
	case timelineKind:
		fmt.Fprintf(&s, "; %d tasks on %d workers", len(c.spans), len(workersOf(c.spans)))
	}
	return s.String()
}

// sans is the face for all chart text: the notebook's own text is sans.
var sans = font.Font{Typeface: "Liberation", Variant: "Sans"}

// plot builds the gonum plot for c.
func (c *Chart) plot() (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = c.title
	p.X.Label.Text = c.xLabel
	p.Y.Label.Text = c.yLabel
	for _, ts := range []*draw.TextStyle{&p.Title.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle,
		&p.X.Tick.Label, &p.Y.Tick.Label, &p.Legend.TextStyle} {
		ts.Font = font.From(sans, ts.Font.Size)
	}
	p.Legend.Top = true
	switch c.kind {
	case barKind:
		return p, c.addBars(p)
	case lineKind:
		return p, c.addLines(p)
	}
	return p, c.addTimeline(p)
}

func (c *Chart) addBars(p *plot.Plot) error {
	n := len(c.series)
	// Bars of one group share the space of one label, centred on it.
	width := vg.Length(c.width) * 0.75 * 0.55 / vg.Length(len(c.labels)*n)
	// Values are written above the bars while there is room for them.
	showValues := len(c.labels)*n <= 16
	for i, sr := range c.series {
		b, err := plotter.NewBarChart(plotter.Values(sr.ys), width)
		if err != nil {
			return err
		}
		b.Color = plotutil.Color(i)
		b.LineStyle.Width = 0
		b.Offset = width * (vg.Length(i) - vg.Length(n-1)/2)
		p.Add(b)
		if sr.name != "" {
			p.Legend.Add(sr.name, b)
		}
		if showValues {
			if err := addValueLabels(p, sr.ys, b.Offset); err != nil {
				return err
			}
		}
	}
	p.Add(plotter.NewGrid())
	p.NominalX(c.labels...)
	// Long or many labels would run into each other: slant them.
	chars := 0
	for _, l := range c.labels {
		chars += len([]rune(l)) + 2
	}
	if float64(chars)*6 > c.width*0.8 {
		p.X.Tick.Label.Rotation = math.Pi / 6
		p.X.Tick.Label.XAlign = draw.XRight
		p.X.Tick.Label.YAlign = draw.YCenter
	}
	// Room around the outer bars, and above the tallest for the legend
	// and the value labels.
	p.X.Min, p.X.Max = -0.5, float64(len(c.labels))-0.5
	p.Y.Min = math.Min(p.Y.Min, 0)
	p.Y.Max += (p.Y.Max - p.Y.Min) * 0.1
	return nil
}

// addValueLabels writes each value just above (or, if negative, below) its
// bar, which sits offset from its label's position.
func addValueLabels(p *plot.Plot, ys []float64, offset vg.Length) error {
	xys := make(plotter.XYs, len(ys))
	texts := make([]string, len(ys))
	for j, y := range ys {
		xys[j] = plotter.XY{X: float64(j), Y: y}
		texts[j] = strconv.FormatFloat(y, 'g', 4, 64)
	}
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: texts})
	if err != nil {
		return err
	}
	for j := range l.TextStyle {
		l.TextStyle[j].Font = font.From(sans, 9)
		l.TextStyle[j].XAlign = draw.XCenter
		if ys[j] < 0 {
			l.TextStyle[j].YAlign = draw.YTop
		}
	}
	l.Offset = vg.Point{X: offset, Y: 2}
	p.Add(l)
	return nil
}

func (c *Chart) addLines(p *plot.Plot) error {
	for i, sr := range c.series {
		xys := make(plotter.XYs, len(sr.xs))
		for j := range sr.xs {
			xys[j] = plotter.XY{X: sr.xs[j], Y: sr.ys[j]}
		}
		l, s, err := plotter.NewLinePoints(xys)
		if err != nil {
			return err
		}
		l.Color = plotutil.Color(i)
		l.Width = vg.Points(1.5)
		s.Color = plotutil.Color(i)
		s.Shape = draw.CircleGlyph{}
		p.Add(l, s)
		if sr.name != "" {
			p.Legend.Add(sr.name, l, s)
		}
	}
	p.Add(plotter.NewGrid())
	p.Legend.Left = true // lines tend to rise to the right
	return nil
}

// palette returns the fill colour for the i-th task.
func palette(i int) color.Color { return plotutil.Color(i) }

var errNoSpans = errors.New("no spans")
