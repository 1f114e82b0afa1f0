package display

import (
	"reflect"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// newInterp returns a yaegi interpreter that can import this package as
// "display", the way the kernel's worker preloads it.
func newInterp(t *testing.T) *interp.Interpreter {
	t.Helper()
	i := interp.New(interp.Options{})
	if err := i.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	exports := interp.Exports{"github.com/gokernel/gokernel/lib/display/display": {
		"Show":      reflect.ValueOf(Show),
		"Rich":      reflect.ValueOf(Rich),
		"RichFuncs": reflect.ValueOf(RichFuncs),
		"BundleOf":  reflect.ValueOf(BundleOf),
		"HTML":      reflect.ValueOf(HTML),
		"Progress":  reflect.ValueOf(Progress),
		"Methods":   reflect.ValueOf((*Methods)(nil)),
		"Value":     reflect.ValueOf((*Value)(nil)),
		"Handle":    reflect.ValueOf((*Handle)(nil)),
		"Bar":       reflect.ValueOf((*Bar)(nil)),
		"BarChart":  reflect.ValueOf(BarChart),
		"Table":     reflect.ValueOf(Table),
		"Recorder":  reflect.ValueOf((*Recorder)(nil)),
		"Chart":     reflect.ValueOf((*Chart)(nil)),
	}}
	if err := i.Use(exports); err != nil {
		t.Fatal(err)
	}
	if _, err := i.Eval(`import "github.com/gokernel/gokernel/lib/display"`); err != nil {
		t.Fatal(err)
	}
	return i
}

const cellType = `
type Card struct{ Title string }

func (c Card) HTML() string   { return "<h2>" + c.Title + "</h2>" }
func (c Card) String() string { return "Card(" + c.Title + ")" }
`

// TestRichFromInterpretedCell checks the front-end's contract on the real
// interpreter: methods of a type declared in a cell reach BundleOf only
// through Rich.
func TestRichFromInterpretedCell(t *testing.T) {
	r := record(t)
	i := newInterp(t)
	if _, err := i.Eval(cellType); err != nil {
		t.Fatal(err)
	}
	// What the front-end emits for display.Show(c) and for a last
	// expression c.
	src := `
c := Card{"Go"}
h := display.Show(display.Rich(c, display.Methods{HTML: c.HTML, String: c.String}))
h.Update(display.Rich(Card{"Went"}, display.Methods{HTML: Card{"Went"}.HTML}))
`
	if _, err := i.Eval(src); err != nil {
		t.Fatal(err)
	}
	msgs := r.all()
	if len(msgs) != 2 {
		t.Fatalf("got %d messages, want 2", len(msgs))
	}
	if msgs[0].Data[MIMEHTML] != "<h2>Go</h2>" || msgs[0].Data[MIMEText] != "Card(Go)" {
		t.Errorf("Show(Rich(cell value)) = %v", msgs[0].Data)
	}
	if msgs[1].Type != UpdateDisplayData || msgs[1].Data[MIMEHTML] != "<h2>Went</h2>" || msgs[1].DisplayID != msgs[0].DisplayID {
		t.Errorf("Update(Rich(cell value)) = %+v", msgs[1])
	}
	// The positional form the front-end emits today, nil for absent methods.
	if _, err := i.Eval(`display.Show(display.RichFuncs(c, c.HTML, nil, nil, nil, nil))`); err != nil {
		t.Fatal(err)
	}
	if msgs := r.all(); len(msgs) != 3 || msgs[2].Data[MIMEHTML] != "<h2>Go</h2>" {
		t.Errorf("Show(RichFuncs(cell value)) = %+v", msgs[len(msgs)-1])
	}
	v, err := i.Eval(`display.BundleOf(display.Rich(c, display.Methods{HTML: c.HTML}))`)
	if err != nil {
		t.Fatal(err)
	}
	data := v.Interface().(map[string]any)
	if data[MIMEHTML] != "<h2>Go</h2>" || !strings.Contains(data[MIMEText].(string), "Go") {
		t.Errorf("BundleOf(Rich) from a cell = %v", data)
	}
}

// TestPlainShowOfCellValue records why Rich exists: compiled BundleOf does
// not see methods declared in a cell. If yaegi ever starts passing them,
// this test fails and Rich becomes optional.
func TestPlainShowOfCellValue(t *testing.T) {
	i := newInterp(t)
	if _, err := i.Eval(cellType); err != nil {
		t.Fatal(err)
	}
	v, err := i.Eval(`display.BundleOf(Card{"Go"})`)
	if err != nil {
		t.Fatal(err)
	}
	data := v.Interface().(map[string]any)
	if _, ok := data[MIMEHTML]; ok {
		t.Errorf("compiled code saw a cell's HTML method: %v (Rich may no longer be needed)", data)
	}
}

// TestProgressFromCellGoroutines advances a bar from interpreted
// goroutines.
func TestProgressFromCellGoroutines(t *testing.T) {
	r := record(t)
	i := newInterp(t)
	src := `
import "sync"

func run() int {
	bar := display.Progress(400)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				bar.Add(1)
			}
		}()
	}
	wg.Wait()
	return bar.Count()
}
`
	if _, err := i.Eval(src); err != nil {
		t.Fatal(err)
	}
	v, err := i.Eval(`run()`)
	if err != nil {
		t.Fatal(err)
	}
	if v.Int() != 400 {
		t.Errorf("count %d, want 400", v.Int())
	}
	msgs := r.all()
	if last := msgs[len(msgs)-1].Data[MIMEText].(string); !strings.Contains(last, "400/400  100%") {
		t.Errorf("last draw %q", last)
	}
}

// TestChartsFromCell builds a chart, a table and a timeline in a cell, with
// a Recorder tracked from interpreted goroutines.
func TestChartsFromCell(t *testing.T) {
	r := record(t)
	i := newInterp(t)
	src := `
import (
	"fmt"
	"sync"
	"time"
)

func work() *display.Chart {
	var rec display.Recorder
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			done := rec.Track(fmt.Sprint("worker-", w), fmt.Sprint("task ", w))
			time.Sleep(time.Millisecond)
			done()
		}(w)
	}
	wg.Wait()
	display.Show(display.BarChart("t", []string{"a", "b"}, []float64{1, 2}))
	display.Show(display.Table([]string{"n"}, [][]any{{1}, {2}}))
	return rec.Timeline("run")
}
`
	if _, err := i.Eval(src); err != nil {
		t.Fatal(err)
	}
	v, err := i.Eval(`work()`)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := BundleOf(v.Interface())
	if data[MIMEText] != `timeline chart "run"; 3 tasks on 3 workers` || data[MIMESVG] == nil {
		t.Errorf("timeline from a cell: %v", data[MIMEText])
	}
	msgs := r.all()
	if len(msgs) != 2 || msgs[0].Data[MIMESVG] == nil || !strings.Contains(msgs[1].Data[MIMEHTML].(string), "<th>n</th>") {
		t.Errorf("chart and table from a cell: %d messages", len(msgs))
	}
}
