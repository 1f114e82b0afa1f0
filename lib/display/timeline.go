package display

import (
	"fmt"
	"image/color"
	"slices"
	"sync"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Span is one task's run on one worker, for Timeline.
type Span struct {
	// Worker names the timeline row, e.g. "thread-1". Spans with no Worker
	// are packed onto rows "lane 1", "lane 2", ...: each goes to the
	// lowest-numbered lane free when it starts, so a pool of n workers
	// needs at most n lanes.
	Worker     string
	Task       string // label drawn on the bar if it fits
	Start, End time.Time
}

// Timeline returns a Gantt-style chart of spans: one row per worker (in the
// order workers started their first task), one bar per task from its start
// to its end, time on the x axis relative to the earliest start (in ms
// when everything took under two seconds, else in seconds).
func Timeline(title string, spans []Span) *Chart {
	c := &Chart{title: title, kind: timelineKind, width: defaultChartWidth, height: defaultChartHeight}
	c.spans = append([]Span(nil), spans...)
	if len(spans) == 0 {
		c.fail(errNoSpans)
	}
	for i, s := range spans {
		if s.Start.IsZero() || s.End.IsZero() {
			c.fail(fmt.Errorf("span %d (%s on %s) has no start or end time", i, s.Task, s.Worker))
		} else if s.End.Before(s.Start) {
			c.fail(fmt.Errorf("span %d (%s on %s) ends before it starts", i, s.Task, s.Worker))
		}
	}
	if c.err == nil {
		assignLanes(c.spans)
		// Rows keep a readable height however many workers there are
		// (Size overrides).
		c.height = min(max(100+40*float64(len(workersOf(c.spans))), 200), 900)
	}
	return c
}

// assignLanes gives each span without a Worker the lowest-numbered lane
// that is free at its start (a lane is busy until its last span's end).
func assignLanes(spans []Span) {
	var order []int
	for i, s := range spans {
		if s.Worker == "" {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return spans[a].Start.Compare(spans[b].Start) })
	var busyUntil []time.Time
	for _, i := range order {
		lane := slices.IndexFunc(busyUntil, func(t time.Time) bool { return !t.After(spans[i].Start) })
		if lane < 0 {
			lane = len(busyUntil)
			busyUntil = append(busyUntil, time.Time{})
		}
		busyUntil[lane] = spans[i].End
		spans[i].Worker = fmt.Sprintf("lane %d", lane+1)
	}
}

// workersOf lists the workers in the order of their first start.
func workersOf(spans []Span) []string {
	first := map[string]time.Time{}
	for _, s := range spans {
		if t, ok := first[s.Worker]; !ok || s.Start.Before(t) {
			first[s.Worker] = s.Start
		}
	}
	ws := make([]string, 0, len(first))
	for w := range first {
		ws = append(ws, w)
	}
	slices.SortFunc(ws, func(a, b string) int {
		if c := first[a].Compare(first[b]); c != 0 {
			return c
		}
		if a < b {
			return -1
		}
		return 1
	})
	return ws
}

// Recorder collects Spans as tasks run; it is safe for concurrent use. The
// zero Recorder is ready to use.
type Recorder struct {
	mu    sync.Mutex
	spans []Span
}

// Track records that task starts now on worker; call the returned func
// when it ends. With worker "" the timeline packs the task onto a lane
// (see Span), for code that does not know which worker runs it.
func (r *Recorder) Track(worker, task string) (done func()) {
	if r == nil {
		return func() {}
	}
	start := time.Now()
	var once sync.Once
	return func() {
		once.Do(func() {
			end := time.Now()
			r.mu.Lock()
			r.spans = append(r.spans, Span{Worker: worker, Task: task, Start: start, End: end})
			r.mu.Unlock()
		})
	}
}

// Spans returns the spans recorded so far, in the order they ended.
func (r *Recorder) Spans() []Span {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.spans)
}

// Timeline returns the timeline of the spans recorded so far.
func (r *Recorder) Timeline(title string) *Chart { return Timeline(title, r.Spans()) }

// addTimeline draws the spans as bars on worker rows.
func (c *Chart) addTimeline(p *plot.Plot) error {
	workers := workersOf(c.spans)
	row := map[string]int{}
	for i, w := range workers {
		// Rows go top to bottom in first-start order; y grows upwards.
		row[w] = len(workers) - 1 - i
	}
	t0, t1 := c.spans[0].Start, c.spans[0].End
	for _, s := range c.spans {
		if s.Start.Before(t0) {
			t0 = s.Start
		}
		if s.End.After(t1) {
			t1 = s.End
		}
	}
	unit, name := time.Second, "s"
	if t1.Sub(t0) < 2*time.Second {
		unit, name = time.Millisecond, "ms"
	}
	bars := &ganttBars{unit: unit, t0: t0, row: row}
	taskColor := map[string]int{}
	for _, s := range c.spans {
		if _, ok := taskColor[s.Task]; !ok {
			taskColor[s.Task] = len(taskColor)
		}
		bars.spans = append(bars.spans, ganttSpan{Span: s, color: palette(taskColor[s.Task])})
	}
	bars.label = draw.TextStyle{Color: color.Black, Font: font.From(sans, 9), XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: plot.DefaultTextHandler}
	p.Add(bars)
	names := slices.Clone(workers)
	slices.Reverse(names)
	p.NominalY(names...)
	if c.xLabel == "" {
		p.X.Label.Text = "time (" + name + ")"
	}
	p.X.Min = 0
	return nil
}

type ganttSpan struct {
	Span
	color color.Color
}

// ganttBars is a gonum plot.Plotter drawing one rectangle per span.
type ganttBars struct {
	spans []ganttSpan
	unit  time.Duration
	t0    time.Time
	row   map[string]int
	label draw.TextStyle
}

func (g *ganttBars) x(t time.Time) float64 { return float64(t.Sub(g.t0)) / float64(g.unit) }

// DataRange implements plot.DataRanger.
func (g *ganttBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmax = 0
	for _, s := range g.spans {
		xmax = max(xmax, g.x(s.End))
	}
	return 0, xmax, -0.5, float64(len(g.row)) - 0.5
}

// Plot implements plot.Plotter.
func (g *ganttBars) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	const half = 0.35 // bar height as a fraction of a row, each side
	for _, s := range g.spans {
		y := float64(g.row[s.Worker])
		x0, x1 := trX(g.x(s.Start)), trX(g.x(s.End))
		if x1-x0 < 1 { // keep instant tasks visible
			x1 = x0 + 1
		}
		y0, y1 := trY(y-half), trY(y+half)
		box := []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
		c.FillPolygon(s.color, c.ClipPolygonXY(box))
		c.StrokeLines(draw.LineStyle{Color: color.White, Width: vg.Points(0.75)}, c.ClipLinesXY(append(box, box[0]))...)
		if s.Task != "" && g.label.Width(s.Task) < x1-x0-2 {
			c.FillText(g.label, vg.Point{X: (x0 + x1) / 2, Y: (y0 + y1) / 2}, s.Task)
		}
	}
}
