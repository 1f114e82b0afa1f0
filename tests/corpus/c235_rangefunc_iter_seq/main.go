// Program c235_rangefunc_iter_seq: iter.Seq and iter.Seq2 typed iterators declared in a cell, composed with a filter
package main

import (
	"fmt"
	"iter"
)

func Count(start int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter(seq iter.Seq[int], keep func(int) bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Enumerate(words []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func main() {
	for v := range Filter(Count(1), func(n int) bool { return n%3 == 0 }) {
		if v > 12 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, w := range Enumerate([]string{"x", "y"}) {
		fmt.Println(i, w)
	}
}
