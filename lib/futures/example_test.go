package futures_test

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

func ExampleSubmit() {
	ex, _ := futures.NewThreadPoolExecutor(4)
	defer ex.Shutdown(true) // Python's `with ThreadPoolExecutor(4) as ex:`

	f, err := futures.Submit(ex, sumGenerator, 100)
	if err != nil {
		fmt.Println(err)
		return
	}
	v, err := f.Result() // no timeout: wait as long as it takes
	fmt.Println(v, err, f.Done())
	// Output: 5050 <nil> true
}

func ExampleSubmitErr() {
	ex, _ := futures.NewThreadPoolExecutor(2)
	defer ex.Shutdown(true)
	f, _ := futures.SubmitErr(ex, failIfOdd, 3)
	taskErr, _ := f.Exception(futures.NoTimeout)
	fmt.Println(taskErr)
	// Output: odd 3
}

func ExampleSubmitFunc() {
	ex, _ := futures.NewThreadPoolExecutor(2)
	defer ex.Shutdown(true)
	greeting := "hello"
	f, _ := futures.SubmitFunc(ex, func() string { return greeting + ", world" })
	fmt.Println(f.Result(futures.NoTimeout))
	// Output: hello, world <nil>
}

func ExampleMap() {
	ex, _ := futures.NewThreadPoolExecutor(4)
	defer ex.Shutdown(true)
	for r, err := range futures.Map(ex, square, []int{1, 2, 3, 4}, futures.WithChunkSize(2)) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Print(r, " ")
	}
	fmt.Println()
	// Output: 1 4 9 16
}

func ExampleMapSeq() {
	ex, _ := futures.NewThreadPoolExecutor(2)
	defer ex.Shutdown(true)
	naturals := func(yield func(int) bool) { // an endless input: MapSeq is lazy
		for i := 1; yield(i); i++ {
		}
	}
	for r, err := range futures.MapSeq(ex, square, naturals, futures.WithBuffer(4)) {
		if err != nil || r > 50 {
			break
		}
		fmt.Print(r, " ")
	}
	fmt.Println()
	// Output: 1 4 9 16 25 36 49
}

func ExampleWait() {
	ex, _ := futures.NewThreadPoolExecutor(2)
	defer ex.Shutdown(true)
	release := make(chan struct{})
	blocked, _ := futures.Submit(ex, func(n int) int { <-release; return n }, 1)
	quick, _ := futures.Submit(ex, square, 3)

	done, notDone := futures.Wait([]*futures.Future[int]{blocked, quick}, 50*time.Millisecond, futures.AllCompleted)
	fmt.Println(len(done), len(notDone), done[0] == quick, notDone[0] == blocked)
	close(release)
	// Output: 1 1 true true
}

func ExampleAsCompleted() {
	ex, _ := futures.NewThreadPoolExecutor(2)
	defer ex.Shutdown(true)
	release := make(chan struct{})
	slow, _ := futures.Submit(ex, func(n int) int { <-release; return n }, 1)
	fast, _ := futures.Submit(ex, square, 3)
	for f, err := range futures.AsCompleted([]*futures.Future[int]{slow, fast}, futures.NoTimeout) {
		if err != nil {
			fmt.Println(err)
			break
		}
		v, _ := f.Result(0)
		fmt.Println("finished:", v)
		if f == fast {
			close(release) // the fast one is first; now let the slow one go
		}
	}
	// Output:
	// finished: 9
	// finished: 1
}

func ExampleAsCompleted_timeout() {
	never := futures.NewFuture[int]()
	done := futures.NewFuture[int]()
	done.SetResult(7)
	for f, err := range futures.AsCompleted([]*futures.Future[int]{never, done}, 10*time.Millisecond) {
		if err != nil {
			fmt.Println(errors.Is(err, futures.ErrTimeout), err)
			break
		}
		fmt.Println(f.Result(0))
	}
	// Output:
	// 7 <nil>
	// true futures: timeout: 1 (of 2) futures unfinished
}

func ExampleFuture_AddDoneCallback() {
	f := futures.NewFuture[string]()
	f.AddDoneCallback(func(f *futures.Future[string]) {
		v, _ := f.Result(0)
		fmt.Println("callback saw", v)
	})
	f.SetResult("done")
	f.AddDoneCallback(func(*futures.Future[string]) { fmt.Println("added late: runs at once") })
	// Output:
	// callback saw done
	// added late: runs at once
}

func ExampleFuture_Cancel() {
	ex, _ := futures.NewThreadPoolExecutor(1)
	release := make(chan struct{})
	running, _ := futures.Submit(ex, func(n int) int { <-release; return n }, 1)
	queued, _ := futures.Submit(ex, square, 2)
	for !running.Running() {
		time.Sleep(time.Millisecond)
	}
	fmt.Println(running.Cancel(), queued.Cancel(), queued.Cancelled())
	_, err := queued.Result(0)
	fmt.Println(err)
	close(release)
	ex.Shutdown(true)
	// Output:
	// false true true
	// futures: cancelled
}

func ExampleFuture_String() {
	f := futures.NewFuture[int]()
	fmt.Println(f.State())
	f.SetResult(1)
	s := f.String() // "<Future at #<id> state=finished returned int>"
	fmt.Println(f.State(), s[strings.Index(s, "state="):])
	// Output:
	// pending
	// finished state=finished returned int>
}

func ExampleNewProcessPoolExecutor() {
	// sumGenerator is registered in an init func:
	//	futures.Register("sum_generator", sumGenerator)
	// and main (here TestMain) calls futures.Main() first.
	ex, err := futures.NewProcessPoolExecutor(2)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ex.Shutdown(true)
	f, _ := futures.Submit(ex, sumGenerator, 1000)
	fmt.Println(f.Result(futures.NoTimeout))
	// Output: 500500 <nil>
}

func ExampleNewThreadPoolExecutor() {
	ex, _ := futures.NewThreadPoolExecutor(0, futures.WithInitializer(func() error {
		return nil // per-worker set-up
	}))
	defer ex.Shutdown(true)
	fmt.Println(ex.MaxWorkers() >= 5)
	_, err := futures.NewThreadPoolExecutor(-1)
	fmt.Println(err)
	// Output:
	// true
	// futures: max_workers must be greater than 0, got -1
}

// A compiled program that uses a ProcessPoolExecutor registers its task
// functions in an init func and calls Main first thing in main: in the
// re-executed worker processes Main serves the registered functions and
// exits; in the program itself it returns at once.
//
//	func init() { futures.Register("sum_generator", sumGenerator) }
//
//	func main() {
//		futures.Main()
//		ex, _ := futures.NewProcessPoolExecutor(0)
//		defer ex.Shutdown(true)
//		...
//	}
func ExampleMain() {
	futures.Main() // here, in the parent process, a no-op
	err := futures.Register("sum_generator", sumGenerator)
	fmt.Println(err) // registering the same function again is fine
	fmt.Println(futures.Register("sum_generator", square))
	// Output:
	// <nil>
	// futures: Register: "sum_generator" is already registered to another function
}

// SetInterrupt lets something outside the program end a wait: in a
// notebook, the kernel's interrupt button. Here the interrupt has fired
// already, so Result gives up at once.
func ExampleSetInterrupt() {
	ex, _ := futures.NewThreadPoolExecutor(1)
	release := make(chan struct{})
	f, _ := futures.SubmitFunc(ex, func() string { <-release; return "late" })

	fired := make(chan struct{})
	close(fired)
	onCellGoroutine := func() bool { return true }
	futures.SetInterrupt(func() <-chan struct{} { return fired }, onCellGoroutine)
	_, err := f.Result()
	fmt.Println(err, errors.Is(err, futures.ErrInterrupted))

	futures.SetInterrupt(nil, nil)
	close(release)
	fmt.Println(f.Result())
	ex.Shutdown(true)
	// Output:
	// futures: interrupted true
	// late <nil>
}
