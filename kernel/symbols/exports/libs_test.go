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
