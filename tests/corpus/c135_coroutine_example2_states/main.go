// Program c135_coroutine_example2_states: the document's second example with generator states
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/coroutine"
)

func coroutine2(x int) *coroutine.Generator[int, int, struct{}] {
	return coroutine.New(func(y *coroutine.Yielder[int, int]) (struct{}, error) {
		fmt.Println(">>> coroutine started:", x)
		v := y.Yield(x)
		fmt.Println(">>> coroutine received:", v)
		z := y.Yield(x + v)
		fmt.Println(">>> coroutine received:", z)
		return struct{}{}, nil
	})
}

func main() {
	cr2 := coroutine2(10)
	fmt.Println(cr2.State())
	fmt.Println(cr2.Next())
	fmt.Println(cr2.State())
	fmt.Println(cr2.Send(20))
	fmt.Println(cr2.State())
	_, err := cr2.Next()
	fmt.Println(err, cr2.State())
}
