// Program c232_rangefunc_continue_labels: continue and labelled continue inside range-over-func bodies, with a regular inner loop
package main

import "fmt"

func evens(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	sum := 0
	for v := range evens(20) {
		if v%4 == 0 {
			continue
		}
		sum += v
	}
	fmt.Println(sum)
rows:
	for r := range evens(8) {
		for c := 0; c < 8; c++ {
			if c > r {
				continue rows
			}
			if c == 5 {
				break rows
			}
		}
		fmt.Println("row", r, "complete")
	}
	fmt.Println("end")
}
