// Program c236_rangefunc_nested_return: nested range-over-func loops returning a value and a labelled break out of both
package main

import "fmt"

func grid(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (int, int, bool) {
	for a := range seq(5) {
		for b := range seq(5) {
			if a*b == target {
				return a, b, true
			}
		}
	}
	return 0, 0, false
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(100))
	count := 0
outer:
	for i, j := range grid(4) {
		for k := range seq(3) {
			if i+j+k > 4 {
				break outer
			}
			count++
		}
	}
	fmt.Println("count", count)
}
