// Program c186_func_returning_multiple_funcs: a function returning two closures that share state
package main

import (
	"fmt"
)

func main() {
	newCounter := func() (inc func(), get func() int) {
		n := 0
		inc = func() { n++ }
		get = func() int { return n }
		return
	}
	inc, get := newCounter()
	inc()
	inc()
	inc2, get2 := newCounter()
	inc2()
	fmt.Println(get(), get2())
}
