// Program c230_rangefunc_basic: range-over-func with break, continue, labelled continue, return from the enclosing function, and a Seq2
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("iterator saw stop at", i)
				return
			}
		}
	}
}

func pairs(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func firstOver(limit int) (int, bool) {
	for v := range count(100) {
		if v*v > limit {
			return v, true
		}
	}
	return 0, false
}

func main() {
	for v := range count(10) {
		if v%2 == 0 {
			continue
		}
		if v > 7 {
			break
		}
		fmt.Println("odd", v)
	}
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j > i {
				continue outer
			}
			if i == 2 && j == 1 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println(firstOver(50))
	for i, w := range pairs([]string{"a", "b", "c"}) {
		fmt.Println(i, w)
	}
	n := 0
	for range count(4) {
		n++
	}
	fmt.Println("n", n)
}
