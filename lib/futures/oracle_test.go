package futures_test

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

// cpython is the reference interpreter (the `python3` on PATH is another
// install; the project's oracle is this one).
const cpython = "/usr/bin/python3"

// oracleScript drives CPython's concurrent.futures through the scenarios
// that goScenarios replays on this package; the two transcripts must match
// line for line. Addresses, ids and exception class names are masked, since
// they cannot agree across languages.
const oracleScript = `
import sys
from concurrent import futures
from concurrent.futures._base import Future, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED
import threading

def fixtures():
    p = Future()
    r = Future(); r.set_running_or_notify_cancel()
    c = Future(); c.cancel(); c.set_running_or_notify_cancel()
    e = Future(); e.set_exception(ValueError("boom"))
    s = Future(); s.set_result(42)
    return [p, r, c, e, s]

names = ["pending", "running", "cancelled", "exception", "success"]
for n, f in zip(names, fixtures()):
    print("repr", n, repr(f))
for n, f in zip(names, fixtures()):
    print("cancel", n, f.cancel(), f.cancelled(), f.running(), f.done())
for n, f in zip(names, fixtures()):
    try:
        print("result", n, f.result(timeout=0))
    except futures.CancelledError:
        print("result", n, "CancelledError")
    except futures.TimeoutError:
        print("result", n, "TimeoutError")
    except ValueError as e:
        print("result", n, "raised", e)
for mode in ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]:
    fs = fixtures()
    done, not_done = futures.wait(fs, timeout=0, return_when=getattr(futures, mode))
    print("wait", mode, sorted(fs.index(f) for f in done), sorted(fs.index(f) for f in not_done))
fs = fixtures()
fs = fs[2:] + fs[:2] + fs
got = []
try:
    for f in futures.as_completed(fs, timeout=0):
        got.append(fs.index(f))
except futures.TimeoutError as e:
    print("as_completed", sorted(got), e)

def square(n):
    return n * n
def div(n):
    return 10 // n
with futures.ThreadPoolExecutor(max_workers=3) as ex:
    print("map", list(ex.map(square, range(10))))
    out = []
    try:
        for v in ex.map(div, [1, 2, 0, 5]):
            out.append(v)
    except ZeroDivisionError:
        out.append("error")
    print("map-exception", out)
    gate = threading.Event()
    started = threading.Event()
    def block(n):
        started.set()
        gate.wait()
        return n
    out = []
    try:
        for v in ex.map(lambda n: block(n) if n < 0 else n, [6, 6, -1], timeout=0.05):
            out.append(v)
    except futures.TimeoutError:
        out.append("timeout")
    gate.set()
    print("map-timeout", out)

ex = futures.ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
started = threading.Event()
def first(n):
    started.set()
    gate.wait()
    return n
f0 = ex.submit(first, 1)
rest = [ex.submit(square, i) for i in range(3)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("submit-after-shutdown", e)
print("shutdown-cancel", [f._state.lower() for f in rest], f0.running())
gate.set()
print("shutdown-running-result", f0.result())

def sum_generator(n):
    return sum(n for n in range(1, n + 1))
if __name__ == "__main__":
    with futures.ProcessPoolExecutor() as executor:
        result = executor.map(sum_generator, [100, 1000, 10000, 100000])
    print("document-map", list(result))
    with futures.ProcessPoolExecutor() as executor:
        fs = [executor.submit(sum_generator, w) for w in [100000, 100, 10000, 1000]]
        print("document-as-completed", sorted(f.result() for f in futures.as_completed(fs)))
`

var (
	maskAddr  = regexp.MustCompile(`at (0x[0-9a-f]+|#\d+)`)
	maskRaise = regexp.MustCompile(`raised \S+>`)
)

func mask(s string) string {
	s = maskAddr.ReplaceAllString(s, "at ADDR")
	s = maskRaise.ReplaceAllString(s, "raised E>")
	return strings.ReplaceAll(s, "futures: ", "")
}

func fixtures() []*futures.Future[int] {
	return []*futures.Future[int]{pendingFuture(), runningFuture(), cancelledFuture(), exceptionFuture(errors.New("boom")), successfulFuture(42)}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList[T any](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func indexes(all, fs []*futures.Future[int]) []int {
	var out []int
	for _, f := range fs {
		out = append(out, slices.Index(all, f))
	}
	slices.Sort(out)
	return out
}

// goScenarios writes the transcript of the oracle's scenarios run on this
// package.
func goScenarios(t *testing.T) []string {
	var out []string
	p := func(format string, a ...any) { out = append(out, fmt.Sprintf(format, a...)) }
	names := []string{"pending", "running", "cancelled", "exception", "success"}
	for i, f := range fixtures() {
		p("repr %s %s", names[i], f)
	}
	for i, f := range fixtures() {
		p("cancel %s %s %s %s %s", names[i], pyBool(f.Cancel()), pyBool(f.Cancelled()), pyBool(f.Running()), pyBool(f.Done()))
	}
	for i, f := range fixtures() {
		v, err := f.Result(0)
		switch {
		case errors.Is(err, futures.ErrCancelled):
			p("result %s CancelledError", names[i])
		case errors.Is(err, futures.ErrTimeout):
			p("result %s TimeoutError", names[i])
		case err != nil:
			p("result %s raised %v", names[i], err)
		default:
			p("result %s %d", names[i], v)
		}
	}
	for _, mode := range []futures.ReturnWhen{futures.FirstCompleted, futures.FirstException, futures.AllCompleted} {
		fs := fixtures()
		done, notDone := futures.Wait(fs, 0, mode)
		p("wait %s %s %s", mode, pyList(indexes(fs, done)), pyList(indexes(fs, notDone)))
	}
	fs := fixtures()
	fs = append(append(fs[2:], fs[:2]...), fs...)
	var got []*futures.Future[int]
	for f, err := range futures.AsCompleted(fs, 0) {
		if err != nil {
			p("as_completed %s %s", pyList(indexes(fs, got)), strings.TrimPrefix(err.Error(), futures.ErrTimeout.Error()+": "))
			break
		}
		got = append(got, f)
	}

	ex, _ := futures.NewThreadPoolExecutor(3)
	var squares []int
	for v, err := range futures.Map(ex, square, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}) {
		if err != nil {
			t.Fatal(err)
		}
		squares = append(squares, v)
	}
	p("map %s", pyList(squares))
	var mixed []any
	for v, err := range futures.Map(ex, func(n int) int { return 10 / n }, []int{1, 2, 0, 5}) {
		if err != nil {
			mixed = append(mixed, "'error'")
			break
		}
		mixed = append(mixed, v)
	}
	p("map-exception %s", pyList(mixed))
	g := make(gate)
	mixed = nil
	for v, err := range futures.Map(ex, func(n int) int {
		if n < 0 {
			return g.task(n)
		}
		return n
	}, []int{6, 6, -1}, futures.WithTimeout(50*time.Millisecond)) {
		if err != nil {
			mixed = append(mixed, "'timeout'")
			break
		}
		mixed = append(mixed, v)
	}
	close(g)
	p("map-timeout %s", pyList(mixed))
	ex.Shutdown(true)

	ex, _ = futures.NewThreadPoolExecutor(1)
	g = make(gate)
	f0 := mustSubmit(t, ex, g.task, 1)
	var rest []*futures.Future[int]
	for i := range 3 {
		rest = append(rest, mustSubmit(t, ex, square, i))
	}
	for !f0.Running() {
		time.Sleep(time.Millisecond)
	}
	ex.Shutdown(false, true)
	if _, err := futures.Submit(ex, square, 1); err != nil {
		p("submit-after-shutdown %s", err)
	}
	var states []string
	for _, f := range rest {
		states = append(states, "'"+f.State().String()+"'")
	}
	p("shutdown-cancel %s %s", pyList(states), pyBool(f0.Running()))
	close(g)
	v, _ := f0.Result(futures.NoTimeout)
	p("shutdown-running-result %d", v)

	pex, _ := futures.NewProcessPoolExecutor(0)
	var sums []int
	for v, err := range futures.Map(pex, sumGenerator, []int{100, 1000, 10000, 100000}) {
		if err != nil {
			t.Fatal(err)
		}
		sums = append(sums, v)
	}
	p("document-map %s", pyList(sums))
	var pfs []*futures.Future[int]
	for _, w := range []int{100000, 100, 10000, 1000} {
		pfs = append(pfs, mustSubmit(t, pex, sumGenerator, w))
	}
	sums = nil
	for f, err := range futures.AsCompleted(pfs, futures.NoTimeout) {
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.Result(0)
		sums = append(sums, v)
	}
	slices.Sort(sums)
	p("document-as-completed %s", pyList(sums))
	pex.Shutdown(true)
	return out
}

// TestAgainstCPython compares this package with CPython's
// concurrent.futures on the same scenarios.
func TestAgainstCPython(t *testing.T) {
	if _, err := os.Stat(cpython); err != nil {
		t.Skip("no CPython at " + cpython)
	}
	cmd := exec.Command(cpython, "-c", oracleScript)
	raw, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("CPython: %v\n%s", err, raw)
	}
	want := strings.Split(strings.TrimSpace(mask(string(raw))), "\n")
	got := goScenarios(t)
	for i := range got {
		got[i] = mask(got[i])
	}
	for i := range max(len(want), len(got)) {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Errorf("line %d:\n CPython: %s\n      Go: %s", i+1, w, g)
		}
	}
}
