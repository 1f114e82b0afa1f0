package worker

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"

	"github.com/gokernel/gokernel/kernel/frontend"
	"github.com/gokernel/gokernel/kernel/worker/rt"
	"github.com/gokernel/gokernel/lib/futures"
	"github.com/traefik/yaegi/interp"
)

// FuturesArg is the argument of gokernel-worker that starts a process pool's
// interpreter worker instead of the kernel's.
const FuturesArg = "--futures"

// declLog is the session's imports and declarations in the order they ran.
type declLog struct {
	mu    sync.Mutex
	steps []string
}

func (d *declLog) add(src string) {
	d.mu.Lock()
	d.steps = append(d.steps, src)
	d.mu.Unlock()
}

func (d *declLog) snapshot() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.steps...)
}

// installProcessPools makes a cell's futures.NewProcessPoolExecutor start
// interpreter processes ("gokernel-worker --futures") that first run the
// session's declarations as they are at that moment, then serve calls to the
// cell functions by name. What the tasks print goes to the cell's streams.
func installProcessPools(session *declLog, stdout, stderr io.Writer) {
	futures.SetDefaultLauncher(futures.LauncherFunc(func() (*futures.WorkerConn, error) {
		exe, err := os.Executable()
		if err != nil {
			return nil, err
		}
		decls, err := json.Marshal(session.snapshot())
		if err != nil {
			return nil, err
		}
		return futures.ExecLauncher{
			Path:   exe,
			Args:   []string{FuturesArg},
			Stdin:  strings.NewReader(string(decls)),
			Stdout: stdout,
			Stderr: stderr,
		}.Launch()
	}))
}

// FuturesMain runs a process pool's interpreter worker: it reads the
// session's declarations (a JSON list of sources) from stdin, runs them in a
// fresh interpreter with the kernel's symbol tables, and serves the pool's
// calls, looking functions up by name in that interpreter.
func FuturesMain() int {
	var decls []string
	if err := json.NewDecoder(os.Stdin).Decode(&decls); err != nil {
		fmt.Fprintln(os.Stderr, "gokernel-worker --futures: reading the session:", err)
		return 2
	}
	it := interp.New(interp.Options{Stdout: os.Stdout, Stderr: os.Stderr, Env: os.Environ(), Args: []string{"gokernel"}})
	for _, t := range symbolTables() {
		if err := it.Use(t); err != nil {
			fmt.Fprintln(os.Stderr, "gokernel-worker --futures: loading symbols:", err)
			return 1
		}
	}
	if err := it.Use(rt.Symbols); err != nil {
		fmt.Fprintln(os.Stderr, "gokernel-worker --futures:", err)
		return 1
	}
	if _, err := it.Eval(frontend.RuntimeImport); err != nil {
		fmt.Fprintln(os.Stderr, "gokernel-worker --futures:", err)
		return 1
	}
	for _, src := range decls {
		// A declaration that fails here failed in the kernel's worker too
		// (only the ones that ran are sent); the rest still serve.
		it.Eval(src)
	}
	err := futures.ServeInherited(func(name string) (reflect.Value, bool) {
		v, err := it.Eval(name)
		return v, err == nil && v.IsValid() && v.Kind() == reflect.Func
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gokernel-worker --futures:", err)
		return 1
	}
	return 0
}
