// Program c031_slices_misc: slices.Max, Min, Reverse, Contains, Index, Chunk
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{3, 9, 4, 1}
	fmt.Println(slices.Max(xs), slices.Min(xs))
	slices.Reverse(xs)
	fmt.Println(xs)
	fmt.Println(slices.Contains(xs, 9), slices.Index(xs, 4))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println(c)
	}
	fmt.Println(slices.Equal([]int{1}, []int{1}))
}
