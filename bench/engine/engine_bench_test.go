// Package enginebench measures the engine and its worker process against
// the same work done by yaegi in-process (the reference: what the process
// boundary, the pipes and the ordering cost on top of the interpreter).
//
// Run: go test -run '^$' -bench . -benchtime 2000x ./bench/engine
package enginebench

import (
	"context"
	"errors"
	"io"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/gokernel/gokernel/kernel"
	"github.com/gokernel/gokernel/kernel/engine"
	"github.com/gokernel/gokernel/kernel/frontend"
	"github.com/gokernel/gokernel/kernel/worker"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func TestMain(m *testing.M) {
	if os.Getenv("GOKERNEL_BENCH_WORKER") == "1" {
		os.Exit(worker.Main())
	}
	os.Exit(m.Run())
}

func newEngine(b *testing.B) *engine.Engine {
	e, err := engine.New(
		engine.WithCommand(os.Args[0], "-test.run=^$", "-test.bench=^$"),
		engine.WithEnv(append(os.Environ(), "GOKERNEL_BENCH_WORKER=1")),
	)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { e.Shutdown(false) })
	return e
}

// counter is an Output that counts stdout bytes.
type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) Stream(name, text string) {
	c.mu.Lock()
	c.n += len(text)
	c.mu.Unlock()
}
func (c *counter) Display(kernel.MIMEBundle, string, bool) {}
func (c *counter) ClearOutput(bool)                        {}
func (c *counter) Input(string, bool) (string, error)      { return "", errors.New("no") }

func run(b *testing.B, e *engine.Engine, code string, out kernel.Output) {
	res := e.Execute(context.Background(), kernel.ExecuteRequest{Code: code}, out)
	if res.Err != nil {
		b.Fatalf("%s: %s", res.Err.Name, res.Err.Value)
	}
}

func percentiles(b *testing.B, ds []time.Duration) {
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkExecuteTrivial: Execute of `x := 1` through the engine and the
// worker process (request → reply, all output delivered).
func BenchmarkExecuteTrivial(b *testing.B) {
	e := newEngine(b)
	out := &counter{}
	run(b, e, "x := 1", out)
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t := time.Now()
		run(b, e, "x = 1", out)
		ds = append(ds, time.Since(t))
	}
	percentiles(b, ds)
}

// BenchmarkExecuteTrivialFrontend: the same through the real front-end
// (parse, type-check, lower), as the kernel runs it.
func BenchmarkExecuteTrivialFrontend(b *testing.B) {
	e, err := engine.New(
		engine.WithCommand(os.Args[0], "-test.run=^$", "-test.bench=^$"),
		engine.WithEnv(append(os.Environ(), "GOKERNEL_BENCH_WORKER=1")),
		engine.WithCompiler(func() engine.Compiler { return frontend.NewSession() }),
	)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { e.Shutdown(false) })
	out := &counter{}
	run(b, e, "x := 1", out)
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t := time.Now()
		run(b, e, "x = 1", out)
		ds = append(ds, time.Since(t))
	}
	percentiles(b, ds)
}

// BenchmarkCompileTrivialFrontend: the front-end alone on the same cell.
func BenchmarkCompileTrivialFrontend(b *testing.B) {
	s := frontend.NewSession()
	p, err := s.Compile("x := 1")
	if err != nil {
		b.Fatal(err)
	}
	s.Commit(p)
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t := time.Now()
		p, err := s.Compile("x = 1")
		if err != nil {
			b.Fatal(err)
		}
		s.Commit(p)
		ds = append(ds, time.Since(t))
	}
	percentiles(b, ds)
}

// BenchmarkEvalTrivialInProcess is the reference: the same statement
// evaluated by yaegi in this process.
func BenchmarkEvalTrivialInProcess(b *testing.B) {
	it := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
	it.Use(stdlib.Symbols)
	it.Eval("x := 1")
	ds := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		t := time.Now()
		if _, err := it.EvalWithContext(context.Background(), ";x = 1"); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t))
	}
	percentiles(b, ds)
}

// BenchmarkPrint100kLines: a cell printing 100 000 lines, all delivered to
// the Output in order before Execute returns.
func BenchmarkPrint100kLines(b *testing.B) {
	e := newEngine(b)
	run(b, e, "import \"fmt\"", &counter{})
	for range b.N {
		out := &counter{}
		run(b, e, "for i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}", out)
		if out.n != 588890 {
			b.Fatalf("got %d bytes", out.n)
		}
	}
}

// BenchmarkPrint100kLinesInProcess is the reference: the same loop in
// yaegi in-process, printing into a pipe drained by a goroutine.
func BenchmarkPrint100kLinesInProcess(b *testing.B) {
	r, w, err := os.Pipe()
	if err != nil {
		b.Fatal(err)
	}
	go io.Copy(io.Discard, r)
	defer w.Close()
	it := interp.New(interp.Options{Stdout: w, Stderr: io.Discard})
	it.Use(stdlib.Symbols)
	it.Eval("import \"fmt\"")
	b.ResetTimer()
	for range b.N {
		if _, err := it.Eval(";for i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPrint100kLinesInProcessDiscard is the interpreter's floor: the
// same loop in yaegi in-process with output thrown away.
func BenchmarkPrint100kLinesInProcessDiscard(b *testing.B) {
	it := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
	it.Use(stdlib.Symbols)
	it.Eval("import \"fmt\"")
	b.ResetTimer()
	for range b.N {
		if _, err := it.Eval(";for i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInterrupt: interrupt a running `for {}` → Execute returns.
func BenchmarkInterrupt(b *testing.B) {
	benchInterrupt(b, "for {\n}")
}

// BenchmarkInterruptSleep: interrupt time.Sleep(time.Hour), which yaegi
// cannot cancel: the worker is killed and restarted with replay.
func BenchmarkInterruptSleep(b *testing.B) {
	benchInterrupt(b, "time.Sleep(time.Hour)")
}

func benchInterrupt(b *testing.B, cell string) {
	e := newEngine(b)
	run(b, e, "import \"time\"", &counter{})
	ds := make([]time.Duration, 0, b.N)
	for range b.N {
		ctx, cancel := context.WithCancel(context.Background())
		var at time.Time
		time.AfterFunc(20*time.Millisecond, func() { at = time.Now(); cancel() })
		res := e.Execute(ctx, kernel.ExecuteRequest{Code: cell}, &counter{})
		ds = append(ds, time.Since(at))
		if res.Err == nil || res.Err.Name != "Interrupted" {
			b.Fatalf("%+v", res.Err)
		}
	}
	percentiles(b, ds)
}

// BenchmarkInterruptInProcess is the reference: cancelling yaegi's
// EvalWithContext on `for {}` in this process.
func BenchmarkInterruptInProcess(b *testing.B) {
	it := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
	it.Use(stdlib.Symbols)
	ds := make([]time.Duration, 0, b.N)
	for range b.N {
		ctx, cancel := context.WithCancel(context.Background())
		var at time.Time
		time.AfterFunc(20*time.Millisecond, func() { at = time.Now(); cancel() })
		it.EvalWithContext(ctx, ";for {\n}")
		ds = append(ds, time.Since(at))
	}
	percentiles(b, ds)
}

// BenchmarkWorkerStart: engine.New until the first cell can run.
func BenchmarkWorkerStart(b *testing.B) {
	ds := make([]time.Duration, 0, b.N)
	for range b.N {
		t := time.Now()
		e, err := engine.New(
			engine.WithCommand(os.Args[0], "-test.run=^$", "-test.bench=^$"),
			engine.WithEnv(append(os.Environ(), "GOKERNEL_BENCH_WORKER=1")),
		)
		if err != nil {
			b.Fatal(err)
		}
		run(b, e, "x := 1", &counter{})
		ds = append(ds, time.Since(t))
		e.Shutdown(false)
	}
	percentiles(b, ds)
}

// BenchmarkInterpNewInProcess is the reference: a new interpreter with the
// stdlib symbols, in this process.
func BenchmarkInterpNewInProcess(b *testing.B) {
	ds := make([]time.Duration, 0, b.N)
	for range b.N {
		t := time.Now()
		it := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
		it.Use(stdlib.Symbols)
		it.Eval("x := 1")
		ds = append(ds, time.Since(t))
	}
	percentiles(b, ds)
}

// BenchmarkEvalAfter measures yaegi evaluating the trivial statement
// `x := 1` in a session that already ran N statements. Every Eval adds slots
// to yaegi's global frame and resizeFrame reallocates and copies the whole
// frame when it grows, so the cost of any cell rises with the number of
// statements the session has run. The kernel-level round trip (bench/kernel)
// runs thousands of cells in one session and sees this growth.
func BenchmarkEvalAfter(b *testing.B) {
	for _, prior := range []int{0, 1000, 4000} {
		b.Run(strconv.Itoa(prior), func(b *testing.B) {
			it := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
			it.Use(stdlib.Symbols)
			for range prior {
				if _, err := it.Eval(";x := 1"); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for range b.N {
				if _, err := it.Eval(";x := 1"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
