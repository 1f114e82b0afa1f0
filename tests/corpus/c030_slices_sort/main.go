// Program c030_slices_sort: slices.Sort, SortFunc and BinarySearch
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1}
	slices.Sort(xs)
	fmt.Println(xs)
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	people := []Person{{"Ann", 30}, {"bob", 25}, {"Cid", 30}}
	slices.SortFunc(people, func(a, b Person) int {
		if c := cmp.Compare(b.Age, a.Age); c != 0 {
			return c
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	fmt.Println(people)
}
