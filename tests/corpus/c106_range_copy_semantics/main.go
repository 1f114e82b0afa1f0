// Program c106_range_copy_semantics: range copies values; index to modify
package main

import "fmt"

type Item struct{ N int }

func main() {
	items := []Item{{1}, {2}}
	for _, it := range items {
		it.N *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].N *= 10
	}
	fmt.Println(items)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println(v)
		}
	}
}
