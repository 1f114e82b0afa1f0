// Program c233_rangefunc_defer: defer inside a range-over-func loop body runs when the enclosing function returns, after the loop, in LIFO order
package main

import "fmt"

func nums(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func run() {
	for v := range nums(3) {
		defer fmt.Println("deferred", v)
		fmt.Println("body", v)
	}
	fmt.Println("after loop")
}

func main() {
	run()
	fmt.Println("done")
}
