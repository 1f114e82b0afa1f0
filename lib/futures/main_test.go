package futures_test

import (
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

// TestMain lets the test binary double as a process pool worker.
func TestMain(m *testing.M) {
	futures.Main()
	// Under -race every exiting process sleeps 1 s (GORACE atexit_sleep_ms)
	// and Shutdown(true) waits for the workers to exit: skip the sleep in
	// the workers this test starts.
	if os.Getenv("GORACE") == "" {
		os.Setenv("GORACE", "atexit_sleep_ms=0")
	}
	os.Exit(m.Run())
}

// sumGenerator is the document's sum(n for n in range(1, n + 1)).
func sumGenerator(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func exitWith(code int) int { os.Exit(code); return 0 }

// crashInGoroutine dies the way a yaegi cell's stray goroutine does: a
// panic nobody can recover kills the process.
func crashInGoroutine(msg string) int {
	go func() { panic(msg) }()
	time.Sleep(time.Minute)
	return 0
}

func panicWith(msg string) int { panic(msg) }

func failIfOdd(n int) (int, error) {
	if n%2 == 1 {
		return 0, fmt.Errorf("odd %d", n)
	}
	return n * 10, nil
}

func panicIfOdd(n int) int {
	if n%2 == 1 {
		panic(fmt.Sprintf("odd %d", n))
	}
	return n * 10
}

// workerState is set by initWorker in process pool workers.
var workerState string

func initWorker() error { workerState = "initialized"; return nil }

func initFail() error { return errors.New("no database") }

func readWorkerState(int) string { return workerState }

func square(n int) int { return n * n }

func pid(int) int { return os.Getpid() }

func init() {
	for name, fn := range map[string]any{
		"sum_generator": sumGenerator, "exit": exitWith, "panic": panicWith,
		"failIfOdd": failIfOdd, "square": square, "pid": pid, "initWorker": initWorker, "initFail": initFail, "readWorkerState": readWorkerState, "crash": crashInGoroutine, "panicIfOdd": panicIfOdd,
	} {
		if err := futures.Register(name, fn); err != nil {
			panic(err)
		}
	}
}

var errBoom = errors.New("boom")
