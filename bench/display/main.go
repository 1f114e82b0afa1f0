// Command display measures lib/display: what preloading it costs a binary
// (size, package init time, first chart), how fast charts render, and how
// cheap Progress.Add is under contention, each next to a reference measured
// in the same run. It prints a Markdown report (RESULTS.md is its output).
//
//	go run ./bench/display > bench/display/RESULTS.md
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/display"
)

func main() {
	// The very first chart in a process pays for font parsing; measure it
	// before anything else warms the caches.
	t := time.Now()
	first := display.BarChart("first", []string{"a", "b"}, []float64{1, 2}).SVG()
	firstChart := time.Since(t)
	if first == "" {
		fail(fmt.Errorf("first chart did not render"))
	}

	load, _ := os.ReadFile("/proc/loadavg") // a shared machine: say how busy it was
	fmt.Printf("# bench/display\n\nMeasured %s on %s/%s, %d CPUs, %s; load average at start: %s.\nCommand: `go run ./bench/display > bench/display/RESULTS.md` (from the module root).\nAbsolute times move with the machine's load; the ratios to the same-run references are the numbers to compare.\n\n",
		time.Now().UTC().Format("2006-01-02 15:04 UTC"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), strings.Join(strings.Fields(string(load))[:min(3, len(strings.Fields(string(load))))], " "))

	sizes()
	fmt.Printf("First chart rendered in a fresh process (SVG, includes parsing the fonts): %s\n\n", firstChart.Round(10*time.Microsecond))
	charts()
	progress()
	bundles()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench/display:", err)
	os.Exit(1)
}

// sizes builds the probes and compares binary size and package init time.
func sizes() {
	dir, err := os.MkdirTemp("", "displaybench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	type probe struct{ name, pkg, tags string }
	probes := []probe{
		{"reference: stdlib only (fmt, json, image/png)", "./bench/display/probe/base", ""},
		{"imports lib/display", "./bench/display/probe/display", ""},
		{"imports lib/display, `-tags minimal`", "./bench/display/probe/display", "minimal"},
	}
	fmt.Println("## Cost of importing lib/display (gonum.org/v1/plot v0.17.0)")
	fmt.Println()
	fmt.Println("| binary | size | vs reference | package init (median of 5) |")
	fmt.Println("|---|---:|---:|---:|")
	var ref int64
	for i, p := range probes {
		out := filepath.Join(dir, strconv.Itoa(i))
		args := []string{"build", "-o", out}
		if p.tags != "" {
			args = append(args, "-tags", p.tags)
		}
		if b, err := exec.Command("go", append(args, p.pkg)...).CombinedOutput(); err != nil {
			fail(fmt.Errorf("go build %s: %v\n%s", p.pkg, err, b))
		}
		st, err := os.Stat(out)
		if err != nil {
			fail(err)
		}
		if i == 0 {
			ref = st.Size()
		}
		fmt.Printf("| %s | %.1f MB | %+.1f MB | %s |\n", p.name, float64(st.Size())/1e6, float64(st.Size()-ref)/1e6, initTime(out))
	}
	fmt.Println()
}

var initLine = regexp.MustCompile(`(?m)^init \S+ @\S+ ms, ([0-9.]+) ms clock`)

// initTime runs bin 5 times with GODEBUG=inittrace=1 and returns the median
// total of its packages' init times.
func initTime(bin string) string {
	var totals []float64
	for range 5 {
		cmd := exec.Command(bin)
		cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
		b, err := cmd.CombinedOutput()
		if err != nil {
			fail(fmt.Errorf("%s: %v", bin, err))
		}
		sum := 0.0
		for _, m := range initLine.FindAllStringSubmatch(string(b), -1) {
			f, _ := strconv.ParseFloat(m[1], 64)
			sum += f
		}
		totals = append(totals, sum)
	}
	for i := range totals { // tiny insertion sort; 5 values
		for j := i; j > 0 && totals[j] < totals[j-1]; j-- {
			totals[j], totals[j-1] = totals[j-1], totals[j]
		}
	}
	return fmt.Sprintf("%.2f ms", totals[2])
}

func perOp(f func(b *testing.B)) time.Duration {
	r := testing.Benchmark(f)
	return time.Duration(r.NsPerOp())
}

func charts() {
	img := image.NewRGBA(image.Rect(0, 0, 640, 400))
	for i := range img.Pix {
		img.Pix[i] = byte(i * 7)
	}
	ref := perOp(func(b *testing.B) {
		for b.Loop() {
			var buf bytes.Buffer
			png.Encode(&buf, img)
		}
	})
	labels := []string{"sequential", "threads", "processes", "asyncio"}
	values := []float64{4.1, 1.2, 1.6, 1.1}
	t0 := time.Now()
	var spans []display.Span
	for i := range 100 {
		s := t0.Add(time.Duration(i*7) * time.Millisecond)
		spans = append(spans, display.Span{Worker: fmt.Sprint("worker-", i%8), Task: fmt.Sprint("t", i), Start: s, End: s.Add(40 * time.Millisecond)})
	}
	cases := []struct {
		name string
		f    func()
	}{
		{"BarChart, 4 bars → SVG", func() { display.BarChart("t", labels, values).SVG() }},
		{"BarChart, 4 bars → PNG 640×400", func() { display.BarChart("t", labels, values).AsPNG() }},
		{"LineChart, 2 lines × 50 points → SVG", func() {
			xs := make([]float64, 50)
			for i := range xs {
				xs[i] = float64(i)
			}
			display.LineChart("t", xs, xs).Line("b", xs, xs).SVG()
		}},
		{"Timeline, 100 tasks on 8 workers → SVG", func() { display.Timeline("t", spans).SVG() }},
	}
	fmt.Println("## Chart rendering")
	fmt.Println()
	fmt.Printf("Reference: `png.Encode` of a 640×400 RGBA image, %s per op.\n\n", ref)
	fmt.Println("| chart | per op | vs reference |")
	fmt.Println("|---|---:|---:|")
	for _, c := range cases {
		d := perOp(func(b *testing.B) {
			for b.Loop() {
				c.f()
			}
		})
		fmt.Printf("| %s | %s | %.2f× |\n", c.name, d.Round(time.Microsecond), float64(d)/float64(ref))
	}
	fmt.Println()
}

// progress compares Bar.Add under contention with an atomic counter and a
// mutex-guarded counter, with a publisher that discards messages.
func progress() {
	display.SetPublisher(func(display.Message) {})
	defer display.SetPublisher(nil)
	const goroutines = 8
	run := func(add func()) time.Duration {
		return perOp(func(b *testing.B) {
			var wg sync.WaitGroup
			n := b.N/goroutines + 1
			b.ResetTimer()
			for range goroutines {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for range n {
						add()
					}
				}()
			}
			wg.Wait()
		})
	}
	var a atomic.Int64
	var mu sync.Mutex
	var c int
	refAtomic := run(func() { a.Add(1) })
	refMutex := run(func() { mu.Lock(); c++; mu.Unlock() })
	refNow := run(func() { _ = time.Now() })
	bar := display.Progress(0)
	barAdd := run(func() { bar.Add(1) })
	bar.Done() // while the discarding publisher is still installed
	fmt.Println("## Progress.Add from 8 goroutines")
	fmt.Println()
	fmt.Println("| counter | per Add | vs atomic | vs mutex |")
	fmt.Println("|---|---:|---:|---:|")
	for _, r := range []struct {
		name string
		d    time.Duration
	}{{"reference: atomic.Int64.Add", refAtomic}, {"reference: mutex-guarded int", refMutex}, {"reference: time.Now()", refNow}, {"display.Bar.Add (≤10 redraws/s)", barAdd}} {
		fmt.Printf("| %s | %d ns | %.1f× | %.1f× |\n", r.name, r.d.Nanoseconds(), float64(r.d)/float64(refAtomic), float64(r.d)/float64(refMutex))
	}
	fmt.Println()
}

// bundles times BundleOf next to fmt's %v, which every bundle includes.
type card struct{}

func (card) HTML() string { return "<b>card</b>" }

func bundles() {
	ref := perOp(func(b *testing.B) {
		for b.Loop() {
			_ = fmt.Sprintf("%v", 42)
		}
	})
	fmt.Println("## BundleOf")
	fmt.Println()
	fmt.Printf("Reference: `fmt.Sprintf(\"%%v\", 42)`, %d ns.\n\n", ref.Nanoseconds())
	fmt.Println("| value | per op | vs reference |")
	fmt.Println("|---|---:|---:|")
	for _, c := range []struct {
		name string
		v    any
	}{{"int", 42}, {"display.HTML value", display.HTML("<b>x</b>")}, {"type with HTML() method", card{}}} {
		d := perOp(func(b *testing.B) {
			for b.Loop() {
				display.BundleOf(c.v)
			}
		})
		fmt.Printf("| %s | %d ns | %.1f× |\n", c.name, d.Nanoseconds(), float64(d)/float64(ref))
	}
}
