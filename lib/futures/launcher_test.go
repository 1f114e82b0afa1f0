package futures_test

import (
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

// pipeLauncher serves in a goroutine of this process over io.Pipes, the
// way a notebook kernel plugs its own workers in: a Launcher, a Lookup
// naming session functions, and a resolver from function values to names.
func pipeLauncher(lookup futures.Lookup) futures.Launcher {
	return futures.LauncherFunc(func() (*futures.WorkerConn, error) {
		reqR, reqW := io.Pipe()
		repR, repW := io.Pipe()
		done := make(chan error, 1)
		go func() {
			err := futures.Serve(reqR, repW, lookup)
			repW.CloseWithError(io.EOF)
			done <- err
		}()
		return &futures.WorkerConn{
			Requests: reqW,
			Replies:  repR,
			Kill:     func() error { reqR.CloseWithError(errors.New("killed")); return nil },
			Wait:     func() error { return <-done },
		}, nil
	})
}

func TestLauncherSeam(t *testing.T) {
	double := func(n int) int { return 2 * n } // a "cell" function, not registered
	lookup := func(name string) (reflect.Value, bool) {
		if name == "double" {
			return reflect.ValueOf(double), true
		}
		return reflect.Value{}, false
	}
	resolve := func(fn any) (string, bool) {
		if reflect.ValueOf(fn).Pointer() == reflect.ValueOf(double).Pointer() {
			return "double", true
		}
		return "", false
	}
	ex := newProcPool(t, 2, futures.WithLauncher(pipeLauncher(lookup)), futures.WithResolver(resolve))
	f := mustSubmit(t, ex, double, 21)
	if v, err := f.Result(futures.NoTimeout); v != 42 || err != nil {
		t.Fatalf("got %v %v", v, err)
	}
	sum := 0
	for v, err := range futures.Map(ex, double, []int{1, 2, 3}, futures.WithChunkSize(2)) {
		if err != nil {
			t.Fatal(err)
		}
		sum += v
	}
	if sum != 12 {
		t.Errorf("sum %d", sum)
	}
	// a name the worker does not know: a clear remote error
	g := mustSubmit(t, ex, square, 2)
	if _, err := g.Result(futures.NoTimeout); err == nil || !strings.Contains(err.Error(), `"square" is not registered in the worker`) {
		t.Errorf("unknown in worker: %v", err)
	}
}

func TestLaunchFailures(t *testing.T) {
	failing := futures.LauncherFunc(func() (*futures.WorkerConn, error) { return nil, errBoom })
	ex := newProcPool(t, 1, futures.WithLauncher(failing))
	f := mustSubmit(t, ex, square, 2)
	if _, err := f.Result(futures.NoTimeout); !errors.Is(err, futures.ErrBrokenPool) || !errors.Is(err, errBoom) {
		t.Errorf("launch error: %v", err)
	}
	// a program that does not serve (forgot futures.Main): a clear error
	ex2 := newProcPool(t, 1, futures.WithLauncher(futures.ExecLauncher{Path: "/bin/true"}))
	g := mustSubmit(t, ex2, square, 2)
	if _, err := g.Result(futures.NoTimeout); !errors.Is(err, futures.ErrBrokenPool) || !strings.Contains(err.Error(), "futures.Main") {
		t.Errorf("non-serving worker: %v", err)
	}
	if _, err := futures.NewProcessPoolExecutor(-2); err == nil {
		t.Error("negative max_workers accepted")
	}
	if err := futures.Register("x", 5); err == nil {
		t.Error("registered a non-function")
	}
	if err := futures.Register("square", sumGenerator); err == nil {
		t.Error("re-registered a name to another function")
	}
}

// Functions made by reflect.MakeFunc (as an interpreter makes them) share
// one code pointer: registering two must not let Submit pick the wrong one;
// SubmitNamed and WithName name them explicitly.
func TestNamedCalls(t *testing.T) {
	mk := func(k int) func(int) int {
		return reflect.MakeFunc(reflect.TypeFor[func(int) int](), func(in []reflect.Value) []reflect.Value {
			return []reflect.Value{reflect.ValueOf(int(in[0].Int()) * k)}
		}).Interface().(func(int) int)
	}
	triple, quadruple := mk(3), mk(4)
	if err := futures.Register("triple_mf", triple); err != nil {
		t.Fatal(err)
	}
	if err := futures.Register("quadruple_mf", quadruple); err != nil {
		t.Fatal(err)
	}
	cell := map[string]reflect.Value{"triple": reflect.ValueOf(triple), "quadruple": reflect.ValueOf(quadruple)}
	lookup := func(name string) (reflect.Value, bool) { v, ok := cell[name]; return v, ok }
	ex := newProcPool(t, 1, futures.WithLauncher(pipeLauncher(lookup)))
	if _, err := futures.Submit(ex, quadruple, 1); err == nil || !strings.Contains(err.Error(), "SubmitNamed") {
		t.Errorf("ambiguous function accepted: %v", err)
	}
	f, err := futures.SubmitNamed(ex, "quadruple", quadruple, 5)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := f.Result(futures.NoTimeout); v != 20 || err != nil {
		t.Errorf("SubmitNamed: %v %v", v, err)
	}
	var got []int
	for v, err := range futures.Map(ex, triple, []int{1, 2, 3}, futures.WithName("triple")) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
	}
	if fmt.Sprint(got) != "[3 6 9]" {
		t.Errorf("Map WithName: %v", got)
	}
	// on a thread pool the name is not needed and the function runs in place
	tp := newPool(t, 1)
	g, _ := futures.SubmitNamed(tp, "ignored", triple, 2)
	if v, _ := g.Result(futures.NoTimeout); v != 6 {
		t.Errorf("thread SubmitNamed: %d", v)
	}
}

// A worker that never says hello is killed after HelloTimeout.
func TestHelloTimeout(t *testing.T) {
	old := futures.HelloTimeout
	futures.HelloTimeout = 50 * time.Millisecond
	defer func() { futures.HelloTimeout = old }()
	ex := newProcPool(t, 1, futures.WithLauncher(futures.ExecLauncher{Path: "/bin/sleep", Args: []string{"60"}}))
	f := mustSubmit(t, ex, square, 2)
	if _, err := f.Result(futures.NoTimeout); !errors.Is(err, futures.ErrBrokenPool) || !strings.Contains(err.Error(), "killed") {
		t.Errorf("silent worker: %v", err)
	}
}

func TestDefaultLauncher(t *testing.T) {
	lookup := func(name string) (reflect.Value, bool) {
		if name == "square" {
			return reflect.ValueOf(func(n int) int { return -n * n }), true // tells this launcher apart
		}
		return reflect.Value{}, false
	}
	futures.SetDefaultLauncher(pipeLauncher(lookup))
	ex := newProcPool(t, 1)
	futures.SetDefaultLauncher(nil)
	f := mustSubmit(t, ex, square, 3)
	if v, err := f.Result(futures.NoTimeout); v != -9 || err != nil {
		t.Errorf("default launcher not used: %v %v", v, err)
	}
	ex2 := newProcPool(t, 1)
	g := mustSubmit(t, ex2, square, 3)
	if v, err := g.Result(futures.NoTimeout); v != 9 || err != nil {
		t.Errorf("restored default: %v %v", v, err)
	}
}

// A launcher that fills in only the pipes still works; one that returns
// nothing is a clear error, not a crash.
func TestLauncherPartialConn(t *testing.T) {
	full := pipeLauncher(nil)
	partial := futures.LauncherFunc(func() (*futures.WorkerConn, error) {
		c, err := full.Launch()
		if err != nil {
			return nil, err
		}
		return &futures.WorkerConn{Requests: c.Requests, Replies: c.Replies}, nil
	})
	ex := newProcPool(t, 1, futures.WithLauncher(partial))
	if v, err := mustSubmit(t, ex, square, 6).Result(); v != 36 || err != nil {
		t.Errorf("partial conn: %v %v", v, err)
	}
	empty := futures.LauncherFunc(func() (*futures.WorkerConn, error) { return nil, nil })
	ex2 := newProcPool(t, 1, futures.WithLauncher(empty))
	if _, err := mustSubmit(t, ex2, square, 6).Result(); !errors.Is(err, futures.ErrBrokenPool) {
		t.Errorf("empty conn: %v", err)
	}
}
