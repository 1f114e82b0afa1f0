// Program c033_maps_clone_collect: maps.Clone, Collect and Equal
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := maps.Clone(a)
	b["z"] = 3
	fmt.Println(len(a), len(b), maps.Equal(a, b))
	c := maps.Collect(slices.All([]string{"p", "q"}))
	fmt.Println(c)
	delete(b, "z")
	fmt.Println(maps.Equal(a, b))
}
