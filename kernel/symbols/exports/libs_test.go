package exports_test

import "testing"

// A compiled thread pool calls interpreted functions from its own
// goroutines; results come back through compiled Future[int] instances.
func TestFuturesInstances(t *testing.T) {
	needLib(t, "futures")
	sameAsGoRun(t, `package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/futures"
)

func main() {
	ex, err := futures.NewThreadPoolExecutor(3)
	if err != nil {
		panic(err)
	}
	defer ex.Shutdown(true)
	var fs []*@{futures.Future|int}
	for i := 1; i <= 5; i++ {
		f, err := @{futures.Submit|int|int}(ex, func(n int) int { return n * n }, i)
		if err != nil {
			panic(err)
		}
		fs = append(fs, f)
	}
	total := 0
	for _, f := range fs {
		v, err := f.Result()
		fmt.Println(v, err)
		total += v
	}
	fmt.Println("total", total)
}
`)
}

// A generator whose body is interpreted runs on a compiled coroutine: Send
// resumes it, Close unwinds it through the interpreted frames.
func TestCoroutineInstances(t *testing.T) {
	needLib(t, "coroutine")
	sameAsGoRun(t, `package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/coroutine"
)

func main() {
	avg := @{coroutine.New|float64|float64|string}(func(y *@{coroutine.Yielder|float64|float64}) (string, error) {
		defer fmt.Println("body done")
		total, n := 0.0, 0.0
		for {
			v := y.Yield(total / max1(n))
			total += v
			n++
		}
	})
	_, err := avg.Next()
	fmt.Println(err)
	for _, v := range []float64{10, 20, 60} {
		m, err := avg.Send(v)
		fmt.Println(m, err)
	}
	fmt.Println(avg.Close(), avg.State())

	gen := @{coroutine.New|int|any|string}(func(y *@{coroutine.Yielder|int|any}) (string, error) {
		for i := 0; i < 3; i++ {
			y.Yield(i * 10)
		}
		return "finished", nil
	})
	for {
		v, err := gen.Next()
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(v)
	}
}

func max1(n float64) float64 {
	if n < 1 {
		return 1
	}
	return n
}
`)
}
