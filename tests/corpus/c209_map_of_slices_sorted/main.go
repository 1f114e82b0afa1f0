// Program c209_map_of_slices_sorted: a map of slices appended to and printed with sorted keys
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string][]int{}
	for i, k := range []string{"b", "a", "b", "c", "a"} {
		m[k] = append(m[k], i)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	fmt.Println(m)
}
