package display_test

import (
	"fmt"
	"time"

	"github.com/gokernel/gokernel/lib/display"
)

// A Message is what the kernel's publisher receives.
func ExampleMessage() {
	display.SetPublisher(func(m display.Message) {
		fmt.Printf("%s %v id=%v\n", m.Type, m.Data, m.DisplayID != "")
	})
	defer display.SetPublisher(nil)
	display.Show(display.Markdown("*hi*"))
	display.Clear(false)
	// Output:
	// display_data map[text/markdown:*hi* text/plain:*hi*] id=true
	// clear_output map[] id=false
}

func ExampleValue() {
	v := display.Latex(`$\sum_{i=1}^n i$`)
	fmt.Println(v.MIMEBundle()["text/latex"], v.Err())
	// Output: $\sum_{i=1}^n i$ <nil>
}

func ExampleMethods() {
	// What the front-end emits for a value whose cell-declared type has
	// Markdown() and String() methods.
	md := func() string { return "**42**" }
	str := func() string { return "answer 42" }
	v := display.Rich(42, display.Methods{Markdown: md, String: str})
	fmt.Println(v.MIMEBundle())
	// Output: map[text/markdown:**42** text/plain:answer 42]
}

func ExampleHandle() {
	h := display.Show() // a placeholder: nothing shown yet
	for i := 1; i <= 3; i++ {
		h.Update(fmt.Sprintf("step %d of 3", i))
	}
	// Output:
	// step 1 of 3
	// step 2 of 3
	// step 3 of 3
}

func ExampleBar() {
	display.SetPublisher(func(display.Message) {}) // as in the kernel; no text lines
	defer display.SetPublisher(nil)
	var futuresProgress interface{ Add(n int) } = display.Progress(100) // what futures.WithProgress takes
	futuresProgress.Add(100)
	fmt.Println(futuresProgress.(*display.Bar).Count())
	// Output: 100
}

func ExampleBar_Count() {
	bar := display.Progress(10)
	bar.Add(3)
	fmt.Println(bar.Count())
	// Output: 3
}

func ExampleChart() {
	c := display.BarChart("requests/s", []string{"1 worker", "4 workers"}, []float64{120, 410})
	data, _ := display.BundleOf(c) // what a cell's last expression c shows
	_, svg := data["image/svg+xml"]
	fmt.Println(svg, data["text/plain"])
	// Output: true bar chart "requests/s"; 1 worker=120 4 workers=410
}

func ExampleSpan() {
	start := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	s := display.Span{Worker: "thread-1", Task: "download", Start: start, End: start.Add(1500 * time.Millisecond)}
	fmt.Println(s.End.Sub(s.Start), display.Timeline("one task", []display.Span{s}).Err())
	// Output: 1.5s <nil>
}
