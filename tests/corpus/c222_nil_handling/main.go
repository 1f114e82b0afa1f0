// Program c222_nil_handling: nil slices, maps, pointers, funcs, channels and interfaces compared and used safely
package main

import (
	"fmt"
)

func main() {
	var s []int
	var m map[string]int
	var p *int
	var f func()
	var ch chan int
	var e error
	fmt.Println(s == nil, m == nil, p == nil, f == nil, ch == nil, e == nil)
	fmt.Println(len(s), len(m), m["x"])
	for range s {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s)
}
