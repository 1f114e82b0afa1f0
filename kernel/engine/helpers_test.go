package engine

import (
	"context"
	"errors"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gokernel/gokernel/kernel"
	"github.com/gokernel/gokernel/kernel/frontend"
	"github.com/gokernel/gokernel/kernel/worker"
	"github.com/gokernel/gokernel/lib/futures"
)

// The test binary doubles as the worker: the engine starts it again with
// GOKERNEL_TEST_WORKER=1.
func TestMain(m *testing.M) {
	// A process pool started by a cell runs this binary again as its
	// interpreter worker.
	if os.Getenv(futures.WorkerEnv) == "1" {
		os.Exit(worker.FuturesMain())
	}
	// (It inherits GOKERNEL_TEST_WORKER, so that check comes second.)
	if os.Getenv("GOKERNEL_TEST_WORKER") == "1" {
		os.Exit(worker.Main())
	}
	os.Exit(m.Run())
}

// testCompiler is a stand-in front-end: "---" lines split a cell into
// steps, a step "=expr" shows expr's values, and vars a statement step
// defines with := are reported lost on replay.
type testCompiler struct {
	Passthrough
	vars []string
}

var defineRE = regexp.MustCompile(`(?m)^\s*(\w+)\s*:=`)

func (c *testCompiler) Compile(cell string) (*frontend.Plan, error) {
	if msg, ok := strings.CutPrefix(cell, "!compile-error "); ok {
		return nil, &frontend.CompileError{Errors: []frontend.Error{{Line: 1, Col: 5, Msg: msg}}}
	}
	plan := &frontend.Plan{Cell: cell}
	line := 1
	for _, part := range strings.Split(cell, "\n---\n") {
		var st frontend.Step
		if expr, ok := strings.CutPrefix(part, "="); ok {
			st = frontend.Step{Kind: frontend.Result, Source: frontend.RuntimeName + ".Result(" + expr + ")"}
			st.Lines = []int{line}
		} else {
			st = chunk(part)
			for i := range st.Lines {
				st.Lines[i] += line - 1
			}
		}
		plan.Steps = append(plan.Steps, st)
		line += strings.Count(part, "\n") + 2
	}
	return plan, nil
}

func (c *testCompiler) Commit(p *frontend.Plan) {
	c.Passthrough.Commit(p)
	for _, s := range p.Steps {
		if s.Kind == frontend.Stmt {
			for _, m := range defineRE.FindAllStringSubmatch(strings.TrimPrefix(s.Source, ";"), -1) {
				c.vars = append(c.vars, m[1])
			}
		}
	}
}

func (c *testCompiler) Replay() ([]frontend.Step, []string) {
	steps, _ := c.Passthrough.Replay()
	return steps, append([]string(nil), c.vars...)
}

func newTestEngine(t testing.TB, env ...string) *Engine {
	t.Helper()
	e, err := New(
		WithCommand(os.Args[0], "-test.run=^$"),
		WithEnv(append(append(os.Environ(), "GOKERNEL_TEST_WORKER=1"), env...)),
		WithCompiler(func() Compiler { return &testCompiler{} }),
	)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Shutdown(false) })
	return e
}

// item is one thing a cell produced, in arrival order.
type item struct {
	kind string // "stdout", "stderr", "display", "clear"
	text string
	data map[string]any
}

// recorder is a kernel.Output that records everything in order.
type recorder struct {
	mu     sync.Mutex
	items  []item
	inputs []string
	noIn   bool
}

func (r *recorder) Stream(name, text string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if n := len(r.items); n > 0 && r.items[n-1].kind == name {
		r.items[n-1].text += text
		return
	}
	r.items = append(r.items, item{kind: name, text: text})
}

func (r *recorder) Display(b kernel.MIMEBundle, id string, update bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items = append(r.items, item{kind: "display", data: b.Data})
}

func (r *recorder) ClearOutput(wait bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items = append(r.items, item{kind: "clear"})
}

func (r *recorder) Input(prompt string, password bool) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.noIn || len(r.inputs) == 0 {
		return "", errors.New("no input")
	}
	s := r.inputs[0]
	r.inputs = r.inputs[1:]
	return s, nil
}

// text is everything streamed to name.
func (r *recorder) text(name string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var b strings.Builder
	for _, it := range r.items {
		if it.kind == name {
			b.WriteString(it.text)
		}
	}
	return b.String()
}

func (r *recorder) snapshot() []item {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]item(nil), r.items...)
}

// cell runs code as a non-silent cell with a fresh recorder.
func cell(t testing.TB, e *Engine, code string) (kernel.ExecuteResult, *recorder) {
	t.Helper()
	out := &recorder{}
	return execWith(t, e, code, out, false), out
}

func execWith(t testing.TB, e *Engine, code string, out *recorder, allowStdin bool) kernel.ExecuteResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return e.Execute(ctx, kernel.ExecuteRequest{Code: code, AllowStdin: allowStdin, StoreHistory: true}, out)
}

func mustOK(t testing.TB, res kernel.ExecuteResult) {
	t.Helper()
	if res.Err != nil {
		t.Fatalf("cell failed: %s: %s\n%s", res.Err.Name, res.Err.Value, strings.Join(res.Err.Traceback, "\n"))
	}
}

func plain(res kernel.ExecuteResult) string {
	if res.Result == nil {
		return "<no result>"
	}
	s, _ := res.Result.Data["text/plain"].(string)
	return s
}
