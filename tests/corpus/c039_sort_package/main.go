// Program c039_sort_package: sort.Slice, SliceStable and sort.Search
package main

import (
	"fmt"
	"sort"
)

func main() {
	words := []string{"banana", "kiwi", "apple", "fig"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	sort.SliceStable(words, func(i, j int) bool { return words[i][0] < words[j][0] })
	fmt.Println(words)
	xs := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 }))
	fmt.Println(sort.IsSorted(sort.IntSlice(xs)))
}
