// Program c254_sort_package: sort: Ints, Strings, Slice, SliceStable, Search, sort.Interface implementation
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	xs := []int{5, 2, 9, 1}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	ss := []string{"banana", "kiwi", "apple"}
	sort.Strings(ss)
	fmt.Println(ss)
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sorted := []int{1, 3, 5, 7}
	fmt.Println(sort.SearchInts(sorted, 5), sort.Search(len(sorted), func(i int) bool { return sorted[i] >= 4 }))
}
