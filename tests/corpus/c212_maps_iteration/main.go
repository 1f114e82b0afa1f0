// Program c212_maps_iteration: maps.All, maps.Keys with slices.Sorted, maps.Collect, slices.All and Backward
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, m[k], " ")
	}
	fmt.Println()
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println(sum)
	inv := maps.Collect(func(yield func(int, string) bool) {
		for k, v := range m {
			if !yield(v, k) {
				return
			}
		}
	})
	fmt.Println(inv[2])
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
