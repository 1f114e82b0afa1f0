package coroutine_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/gokernel/gokernel/lib/coroutine"
)

// Two tasks on one event loop take turns at their await points: the one
// with the shorter sleep finishes first, and Gather returns the results in
// the order the tasks were given (asyncio.run + create_task + gather).
func ExampleRun() {
	worker := func(name string, d time.Duration) func(*coroutine.Loop) (string, error) {
		return func(l *coroutine.Loop) (string, error) {
			fmt.Println("start", name)
			if err := l.Sleep(d); err != nil {
				return "", err
			}
			fmt.Println("end", name)
			return name + "!", nil
		}
	}
	res, err := coroutine.Run(func(l *coroutine.Loop) ([]string, error) {
		a := coroutine.CreateTask(l, worker("a", 20*time.Millisecond))
		b := coroutine.CreateTask(l, worker("b", 10*time.Millisecond))
		return coroutine.Gather(l, a, b)
	})
	fmt.Println(res, err)
	// Output:
	// start a
	// start b
	// end b
	// end a
	// [a! b!] <nil>
}

// WaitFor cancels a task that takes too long; the task sees the
// cancellation where it awaits.
func ExampleWaitFor() {
	_, err := coroutine.RunVirtual(func(l *coroutine.Loop) (string, error) {
		slow := coroutine.CreateTask(l, func(l *coroutine.Loop) (string, error) {
			if err := l.Sleep(time.Hour); err != nil {
				fmt.Println("slow:", err)
				return "", err
			}
			return "done", nil
		})
		return coroutine.WaitFor(l, slow, time.Second)
	})
	fmt.Println(err, errors.Is(err, coroutine.ErrTimeout))
	// Output:
	// slow: CancelledError
	// TimeoutError true
}
