// Program c136_coroutine_averager: a running average fed with Send
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/coroutine"
)

func main() {
	avg := coroutine.New(func(y *coroutine.Yielder[float64, float64]) (int, error) {
		total, count := 0.0, 0
		average := 0.0
		for count < 3 {
			v := y.Yield(average)
			total += v
			count++
			average = total / float64(count)
		}
		return count, nil
	})
	avg.Next()
	for _, v := range []float64{10, 30, 5} {
		a, err := avg.Send(v)
		fmt.Println(a, err)
	}
	fmt.Println("count:", avg.Result(), avg.State())
}
