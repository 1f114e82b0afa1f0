// Program c022_rangefunc_continue: continue inside range-over-func
package main

import "fmt"

func Upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for v := range Upto(10) {
		if v%3 != 0 {
			continue
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
