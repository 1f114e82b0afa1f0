// Program c210_maps_basic: maps: insert, lookup with comma-ok, delete, iteration in sorted key order, nested maps
package main

import (
	"fmt"
	"sort"
)

func main() {
	ages := map[string]int{"alice": 30, "bob": 25}
	ages["carol"] = 35
	if a, ok := ages["bob"]; ok {
		fmt.Println("bob", a)
	}
	_, ok := ages["dave"]
	fmt.Println(ok, len(ages))
	delete(ages, "alice")
	keys := make([]string, 0, len(ages))
	for k := range ages {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	nested := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x"} {
		k1, k2 := w[:1], w[2:]
		if nested[k1] == nil {
			nested[k1] = map[string]int{}
		}
		nested[k1][k2]++
	}
	fmt.Println(nested)
}
