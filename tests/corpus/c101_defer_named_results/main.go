// Program c101_defer_named_results: defer modifying named results and argument evaluation time
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	n = 21
	return n
}

func main() {
	fmt.Println(double())
	x := 1
	defer fmt.Println("deferred sees", x)
	x = 2
	fmt.Println("now", x)
}
