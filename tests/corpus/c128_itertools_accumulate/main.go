// Program c128_itertools_accumulate: running totals and running maxima
package main

import (
	"fmt"
	"slices"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	data := []int{3, 4, 6, 2, 1, 9, 0, 7, 5, 8}
	fmt.Println(slices.Collect(itertools.Accumulate(itertools.Add[int], slices.Values(data))))
	fmt.Println(slices.Collect(itertools.Accumulate(func(a, b int) int { return max(a, b) }, slices.Values(data))))
}
