package futures_test

import (
	"fmt"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

// The three examples of the source document's "Concurrency" section, with
// Python's `with futures.ProcessPoolExecutor() as executor:` written as
// `defer ex.Shutdown(true)`. sumGenerator (the document's sum_generator) is
// registered in an init func and the test binary calls futures.Main in
// TestMain, as a program's main would.

// Example 1: executor.map over the work list, results in input order.
func Example_documentMap() {
	workList := []int{100, 1000, 10000, 100000}
	ex, err := futures.NewProcessPoolExecutor(min(10, len(workList)))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ex.Shutdown(true)

	var result []int
	for r, err := range futures.Map(ex, sumGenerator, workList) {
		if err != nil {
			fmt.Println(err)
			return
		}
		result = append(result, r)
	}
	fmt.Printf("result: %v\n", result)
	// Output: result: [5050 500500 50005000 5000050000]
}

// Example 2: submit, then wait(timeout=1) splits done from not done.
// Compiled Go sums 1..10^8 in well under a second, where CPython needs
// several, so the straggler here is 10^12 (it would take minutes): the split
// is certain. So that the second measures the work and not a worker
// process starting on a busy machine, the pool has one worker, started
// before the clock runs; the straggler is last in the queue. Wait yields
// its sets in input order, so the output is stable. The straggler is then
// killed rather than waited for.
func Example_documentWait() {
	workList := []int{100, 1000, 10000, 100000, 1_000_000_000_000}
	ex, err := futures.NewProcessPoolExecutor(1)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ex.KillWorkers()
	if warm, err := futures.Submit(ex, sumGenerator, 1); err == nil {
		warm.Result()
	}

	var futureList []*futures.Future[int]
	for _, work := range workList {
		future, err := futures.Submit(ex, sumGenerator, work)
		if err != nil {
			fmt.Println(err)
			return
		}
		futureList = append(futureList, future)
		fmt.Printf("Scheduled for %d\n", work)
	}

	done, notDone := futures.Wait(futureList, 1*time.Second, futures.AllCompleted)
	fmt.Printf("Done Tasks : %d\n", len(done))
	fmt.Printf("NotDone Tasks : %d, state=%s\n", len(notDone), notDone[0].State())

	var result []int
	for _, future := range done {
		r, _ := future.Result(futures.NoTimeout)
		result = append(result, r)
	}
	fmt.Printf("result(done): %v\n", result)
	// Output:
	// Scheduled for 100
	// Scheduled for 1000
	// Scheduled for 10000
	// Scheduled for 100000
	// Scheduled for 1000000000000
	// Done Tasks : 4
	// NotDone Tasks : 1, state=running
	// result(done): [5050 500500 50005000 5000050000]
}

// Example 3: as_completed yields futures in the order they finish, which
// varies from run to run, hence the unordered output.
func Example_documentAsCompleted() {
	workList := []int{100000, 100, 10000, 1000, 100000000}
	ex, err := futures.NewProcessPoolExecutor(0)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ex.Shutdown(true)

	var futureList []*futures.Future[int]
	for _, work := range workList {
		future, err := futures.Submit(ex, sumGenerator, work)
		if err != nil {
			fmt.Println(err)
			return
		}
		futureList = append(futureList, future)
	}

	for future, err := range futures.AsCompleted(futureList, futures.NoTimeout) {
		if err != nil {
			fmt.Println(err)
			return
		}
		r, _ := future.Result(futures.NoTimeout)
		fmt.Printf("result: %d done: %v cancelled: %v\n", r, future.Done(), future.Cancelled())
	}
	// Unordered output:
	// result: 5050 done: true cancelled: false
	// result: 500500 done: true cancelled: false
	// result: 50005000 done: true cancelled: false
	// result: 5000050000 done: true cancelled: false
	// result: 5000000050000000 done: true cancelled: false
}
