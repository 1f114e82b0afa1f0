// Program c032_slices_collect_sorted: slices.Collect, Sorted and Values
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(slices.Sorted(maps.Keys(m)))
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	doubled := slices.Collect(func(yield func(int) bool) {
		for _, v := range []int{1, 2, 3} {
			if !yield(v * 2) {
				return
			}
		}
	})
	fmt.Println(doubled, len(doubled))
}
