// Program c257_stdlib_generics: generic stdlib APIs (slices, maps, cmp, iter.Pull, strings.SplitSeq/Lines) from cells
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func main() {
	xs := []int{5, 2, 8, 1}
	slices.Sort(xs)
	fmt.Println(xs, slices.Max(xs), slices.Min(xs))
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	slices.Reverse(xs)
	fmt.Println(xs, slices.Contains(xs, 8), slices.Index(xs, 2))
	words := []string{"pear", "fig", "apple"}
	slices.SortFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	doubled := slices.Collect(func(yield func(int) bool) {
		for _, x := range xs {
			if !yield(x * 2) {
				return
			}
		}
	})
	fmt.Println(doubled)
	for part := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()
	next, stop := iter.Pull(slices.Values([]string{"x", "y"}))
	defer stop()
	v, ok := next()
	fmt.Println(v, ok)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c)
	}
	fmt.Println()
	clone := maps.Clone(m)
	fmt.Println(len(clone), cmp.Compare(1, 2))
}
