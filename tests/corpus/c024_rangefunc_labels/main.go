// Program c024_rangefunc_labels: labelled break and continue across nested iterator loops
package main

import "fmt"

func Pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func main() {
outer:
	for i, sq := range Pairs(4) {
		for j := range Pairs(4) {
			if j > i {
				continue outer
			}
			if sq > 4 {
				break outer
			}
			fmt.Println(i, j, sq)
		}
	}
	fmt.Println("done")
}
