// Covers: an iterator that keeps calling yield after the loop broke panics, and the panic can be recovered.
package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r != nil)
	}()
	for v := range bad {
		fmt.Println("got", v)
		break
	}
	fmt.Println("not reached")
}
