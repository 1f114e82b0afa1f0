// Program c006_map_sorted: maps with sorted iteration
package main

import (
	"fmt"
	"sort"
)

func main() {
	counts := map[string]int{}
	for _, w := range []string{"go", "py", "go", "rs", "go", "py"} {
		counts[w]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	v, ok := counts["c"]
	fmt.Println(v, ok, len(counts))
	delete(counts, "go")
	fmt.Println(len(counts))
}
