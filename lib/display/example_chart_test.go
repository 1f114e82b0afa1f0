package display_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/gokernel/gokernel/lib/display"
)

func ExampleBarChart() {
	c := display.BarChart("time per strategy", []string{"sequential", "threads"}, []float64{4.2, 1.1}).
		Labels("", "seconds")
	fmt.Println(c)
	fmt.Println(strings.HasPrefix(c.SVG(), "<svg"))
	// Output:
	// bar chart "time per strategy"; sequential=4.2 threads=1.1
	// true
}

func ExampleLineChart() {
	c := display.LineChart("speedup", []float64{1, 2, 4}, []float64{1, 1.8, 3.1}).Named("measured").
		Line("ideal", []float64{1, 4}, []float64{1, 4})
	fmt.Println(c)
	// Output: line chart "speedup"; 3 points (measured); 2 points (ideal)
}

func ExampleChart_Bars() {
	c := display.BarChart("runs", []string{"a", "b"}, []float64{1, 2}).Named("run 1").
		Bars("run 2", []float64{1.5, 2.5})
	fmt.Println(c)
	// Output: bar chart "runs"; run 1: a=1 b=2; run 2: a=1.5 b=2.5
}

func ExampleChart_Line() {
	c := display.LineChart("y", []float64{0, 1}, []float64{0, 1}).Line("flat", []float64{0, 1}, []float64{0.5, 0.5})
	fmt.Println(c.Err())
	// Output: <nil>
}

func ExampleChart_Named() {
	fmt.Println(display.BarChart("t", []string{"x"}, []float64{3}).Named("only"))
	// Output: bar chart "t"; only: x=3
}

func ExampleChart_Labels() {
	c := display.LineChart("t", []float64{1, 2}, []float64{3, 4}).Labels("workers", "seconds")
	fmt.Println(strings.Contains(c.SVG(), ">workers</text>"))
	// Output: true
}

func ExampleChart_Size() {
	c := display.BarChart("t", []string{"x"}, []float64{3}).Size(320, 200)
	fmt.Println(c.AsPNG())
	// Output: bar chart "t"; x=3
}

func ExampleChart_AsPNG() {
	v := display.BarChart("t", []string{"x"}, []float64{3}).Size(300, 150).AsPNG()
	fmt.Println(v.Metadata())
	// Output: map[image/png:map[height:150 width:300]]
}

func ExampleChart_AsSVG() {
	data, _ := display.BundleOf(display.BarChart("t", []string{"x"}, []float64{3}).AsSVG())
	_, ok := data["image/svg+xml"]
	fmt.Println(ok)
	// Output: true
}

func ExampleChart_Err() {
	c := display.BarChart("t", []string{"x", "y"}, []float64{3})
	fmt.Println(c.Err())
	// Output: display: bar chart "t": bar series "" has 1 values for 2 labels
}

func ExampleChart_MIMEBundle() {
	b := display.BarChart("t", []string{"x"}, []float64{3}).MIMEBundle()
	fmt.Println(b["text/plain"], strings.HasPrefix(b["image/svg+xml"].(string), "<svg"))
	// Output: bar chart "t"; x=3 true
}

func ExampleChart_Render() {
	b, err := display.LineChart("t", []float64{1, 2}, []float64{1, 2}).Render("png")
	fmt.Println(err, string(b[1:4]))
	// Output: <nil> PNG
}

func ExampleChart_SVG() {
	svg := display.BarChart("t", []string{"x"}, []float64{3}).SVG()
	fmt.Println(strings.HasPrefix(svg, "<svg"), strings.HasSuffix(svg, "</svg>\n"))
	// Output: true true
}

func ExampleChart_String() {
	fmt.Println(display.Timeline("run", []display.Span{{Worker: "w0", Task: "a", Start: time.Unix(0, 0), End: time.Unix(1, 0)}}))
	// Output: timeline chart "run"; 1 tasks on 1 workers
}

func ExampleTimeline() {
	t0 := time.Now()
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	c := display.Timeline("executor run", []display.Span{
		{Worker: "worker-0", Task: "fetch 1", Start: at(0), End: at(300)},
		{Worker: "worker-1", Task: "fetch 2", Start: at(5), End: at(250)},
		{Worker: "worker-0", Task: "fetch 3", Start: at(300), End: at(520)},
	})
	fmt.Println(c)
	// Output: timeline chart "executor run"; 3 tasks on 2 workers
}

func ExampleRecorder() {
	var rec display.Recorder
	done := rec.Track("worker-0", "task 1")
	time.Sleep(time.Millisecond) // the task's work
	done()
	fmt.Println(len(rec.Spans()), rec.Timeline("run"))
	// Output: 1 timeline chart "run"; 1 tasks on 1 workers
}

func ExampleRecorder_Track() {
	var rec display.Recorder
	finish := rec.Track("w", "t")
	finish()
	s := rec.Spans()[0]
	fmt.Println(s.Worker, s.Task, !s.End.Before(s.Start))
	// Output: w t true
}

func ExampleRecorder_Spans() {
	var rec display.Recorder
	rec.Track("a", "1")()
	rec.Track("b", "2")()
	fmt.Println(len(rec.Spans()))
	// Output: 2
}

func ExampleRecorder_Timeline() {
	var rec display.Recorder
	rec.Track("a", "1")()
	fmt.Println(rec.Timeline("t").Err())
	// Output: <nil>
}
