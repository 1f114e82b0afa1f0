// Program c231_rangefunc_closure_capture: closures capturing range-over-func loop variables see each iteration's value
package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	var fs []func() int
	for v := range upto(3) {
		fs = append(fs, func() int { return v * v })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
