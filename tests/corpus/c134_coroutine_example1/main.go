// Program c134_coroutine_example1: the document's first coroutine example
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/coroutine"
)

func main() {
	cr1 := coroutine.New(func(y *coroutine.Yielder[any, int]) (any, error) {
		fmt.Println(">>> coroutine started.")
		i := y.Yield(nil)
		fmt.Println(">>> coroutine received:", i)
		return nil, nil
	})
	cr1.Next()
	_, err := cr1.Send(100)
	fmt.Println(err)
}
