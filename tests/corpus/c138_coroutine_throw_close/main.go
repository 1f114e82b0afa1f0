// Program c138_coroutine_throw_close: Throw and Close reach the body at its yield
package main

import (
	"errors"
	"fmt"

	"github.com/gokernel/gokernel/lib/coroutine"
)

var errReset = errors.New("reset")

func main() {
	g := coroutine.New(func(y *coroutine.Yielder[int, any]) (any, error) {
		n := 0
		for {
			_, err := y.YieldErr(n)
			if errors.Is(err, errReset) {
				n = 0
				continue
			}
			if err != nil {
				fmt.Println("body sees:", err)
				return nil, err
			}
			n++
		}
	})
	fmt.Println(g.Next())
	fmt.Println(g.Next())
	fmt.Println(g.Throw(errReset))
	fmt.Println(g.Next())
	fmt.Println(g.Close(), g.State())
}
