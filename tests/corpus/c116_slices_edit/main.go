// Program c116_slices_edit: slices.Insert, Delete, Compact, IndexFunc, ContainsFunc
package main

import (
	"fmt"
	"slices"
)

func main() {
	xs := []int{1, 2, 2, 3, 3, 3, 4}
	xs = slices.Compact(xs)
	fmt.Println(xs)
	xs = slices.Insert(xs, 1, 10, 11)
	fmt.Println(xs)
	xs = slices.Delete(xs, 0, 2)
	fmt.Println(xs)
	fmt.Println(slices.IndexFunc(xs, func(n int) bool { return n > 2 }), slices.ContainsFunc(xs, func(n int) bool { return n < 0 }))
	xs = slices.DeleteFunc(xs, func(n int) bool { return n%2 == 0 })
	fmt.Println(xs, slices.Repeat([]string{"ab"}, 2))
}
