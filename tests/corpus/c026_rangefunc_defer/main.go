// Program c026_rangefunc_defer: defer inside a range-over-func body runs at function return
package main

import "fmt"

func Three(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func work() {
	for i := range Three {
		defer fmt.Println("deferred", i)
		fmt.Println("body", i)
	}
	fmt.Println("after loop")
}

func main() {
	work()
	fmt.Println("returned")
}
