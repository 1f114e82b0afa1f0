// Program c115_generic_iter_funcs: generic iterator adapters declared in the program
package main

import (
	"fmt"
	"iter"
	"slices"
)

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func main() {
	odd := Filter(slices.Values([]int{1, 2, 3, 4, 5}), func(n int) bool { return n%2 == 1 })
	strs := Map(odd, func(n int) string { return fmt.Sprint(n * n) })
	fmt.Println(slices.Collect(strs))
}
