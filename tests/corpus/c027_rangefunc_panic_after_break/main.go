// Program c027_rangefunc_panic_after_break: an iterator that ignores yield's false
package main

import "fmt"

func Bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r != nil)
	}()
	for v := range Bad {
		fmt.Println("got", v)
		break
	}
	fmt.Println("not reached")
}
