//go:build yaegi

package futures_test

// The notebook seam with the real interpreter: cells' functions run on a
// thread pool as interpreted closures, and on a process pool whose workers
// are interpreter processes that received the session's declarations,
// served with futures.Serve and a lookup through the interpreter.
// Run with: go test -tags yaegi -run Notebook ./lib/futures

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/gokernel/gokernel/lib/futures"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

const yaegiWorkerEnv = "FUTURES_TEST_YAEGI_WORKER"

// session is what the kernel would replay in a new worker.
const session = `
import (
	"fmt"
	"github.com/gokernel/gokernel/lib/futures"
)

var _ = fmt.Sprint

func sum_generator(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}
`

// exports stands in for the generated instantiation tables.
func exports() interp.Exports {
	return interp.Exports{"github.com/gokernel/gokernel/lib/futures/futures": {
		"NewThreadPoolExecutor":  reflect.ValueOf(futures.NewThreadPoolExecutor),
		"NewProcessPoolExecutor": reflect.ValueOf(futures.NewProcessPoolExecutor),
		"Submit__int_int":        reflect.ValueOf(futures.Submit[int, int]),
		"SubmitNamed__int_int":   reflect.ValueOf(futures.SubmitNamed[int, int]),
		"Map__int_int":           reflect.ValueOf(futures.Map[int, int]),
		"WithName":               reflect.ValueOf(futures.WithName),
		"Future__int":            reflect.ValueOf((*futures.Future[int])(nil)),
		"Executor":               reflect.ValueOf((*futures.Executor)(nil)),
	}}
}

func newSession(t testing.TB, out *bytes.Buffer) *interp.Interpreter {
	i := interp.New(interp.Options{Stdout: out})
	i.Use(stdlib.Symbols)
	i.Use(exports())
	if _, err := i.Eval(session); err != nil {
		t.Fatal(err)
	}
	return i
}

// In a worker process started by the test's launcher: replay the session
// and serve through the interpreter.
func init() {
	if os.Getenv(yaegiWorkerEnv) == "" {
		return
	}
	var out bytes.Buffer
	i := newSession(&testing.B{}, &out)
	err := futures.ServeInherited(func(name string) (reflect.Value, bool) {
		v, err := i.Eval(name)
		return v, err == nil && v.Kind() == reflect.Func
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

func TestNotebookYaegi(t *testing.T) {
	futures.SetDefaultLauncher(futures.ExecLauncher{Env: []string{yaegiWorkerEnv + "=1"}})
	defer futures.SetDefaultLauncher(nil)
	var out bytes.Buffer
	i := newSession(t, &out)
	cell := `
ex, _ := futures.NewThreadPoolExecutor(2)
f, _ := futures.Submit__int_int(ex, sum_generator, 100)
v, err := f.Result()
fmt.Println("thread", v, err)
bad := func(n int) int { panic("cell panic") }
bf, _ := futures.Submit__int_int(ex, bad, 1)
_, berr := bf.Result()
fmt.Println("panic:", berr)
ex.Shutdown(true)

pex, _ := futures.NewProcessPoolExecutor(2)
_, errU := futures.Submit__int_int(pex, sum_generator, 1)
fmt.Println("unnamed:", errU != nil)
futures.Map__int_int(pex, sum_generator, []int{100, 1000, 10000, 100000}, futures.WithName("sum_generator"))(func(r int, err error) bool {
	fmt.Println("process", r, err)
	return true
})
pex.Shutdown(true)
`
	if _, err := i.Eval(cell); err != nil {
		t.Fatal(err)
	}
	want := `thread 5050 <nil>
panic: panic: cell panic
unnamed: true
process 5050 <nil>
process 500500 <nil>
process 50005000 <nil>
process 5000050000 <nil>
`
	if got := out.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(out.String(), "not registered in the worker") {
		t.Error("worker did not get the session")
	}
}
