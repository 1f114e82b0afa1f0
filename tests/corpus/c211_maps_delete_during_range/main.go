// Program c211_maps_delete_during_range: deleting map entries while ranging is allowed; remaining keys sorted
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := range 10 {
		m[i] = true
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	fmt.Println(ks)
}
