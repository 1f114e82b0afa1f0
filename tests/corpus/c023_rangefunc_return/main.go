// Program c023_rangefunc_return: return from the enclosing function inside range-over-func
package main

import (
	"fmt"
	"slices"
)

func firstOver(limit int, xs []int) (int, bool) {
	for _, x := range slices.All(xs) {
		if x > limit {
			return x, true
		}
	}
	return 0, false
}

func main() {
	fmt.Println(firstOver(3, []int{1, 5, 2, 7}))
	fmt.Println(firstOver(9, []int{1, 5, 2, 7}))
}
