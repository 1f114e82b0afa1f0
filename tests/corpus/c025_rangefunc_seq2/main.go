// Program c025_rangefunc_seq2: two-value iterators and maps.All
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	for i, k := range slices.All(keys) {
		fmt.Println(i, k, m[k])
	}
	total := 0
	for _, v := range maps.All(m) {
		total += v
	}
	fmt.Println(total)
}
