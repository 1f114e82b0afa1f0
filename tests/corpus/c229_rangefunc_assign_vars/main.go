// Program c229_rangefunc_assign_vars: range-over-func assigning to existing variables with =, and ranging without variables
package main

import "fmt"

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func main() {
	var k string
	var v int
	for k, v = range pairs {
		if v == 2 {
			break
		}
	}
	fmt.Println(k, v)
	n := 0
	for range pairs {
		n++
	}
	fmt.Println(n)
	for k = range pairs {
	}
	fmt.Println(k)
}
