// Covers: defer runs last-in first-out, arguments evaluated at defer time, deferred closures see later values.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 2
	fmt.Println("body done")
}
