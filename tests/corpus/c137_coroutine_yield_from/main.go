// Program c137_coroutine_yield_from: delegation with YieldFrom and YieldSeq
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/coroutine"
	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	inner := func() *coroutine.Generator[string, any, int] {
		return coroutine.New(func(y *coroutine.Yielder[string, any]) (int, error) {
			y.Yield("A")
			y.Yield("B")
			return 2, nil
		})
	}
	outer := coroutine.New(func(y *coroutine.Yielder[string, any]) (string, error) {
		n := coroutine.YieldFrom(y, inner())
		y.YieldSeq(itertools.Map(func(i int) string { return fmt.Sprint(i) }, itertools.Range(1, 4)))
		return fmt.Sprintf("inner yielded %d", n), nil
	})
	for v := range outer.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(outer.Result())
}
