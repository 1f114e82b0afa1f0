// Program c234_rangefunc_generic_iter: generic iterator adapters (Map, Take) declared in the cell over func iterators
package main

import "fmt"

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func MapIt[T, U any](seq func(func(T) bool), f func(T) U) func(func(U) bool) {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq func(func(T) bool), n int) []T {
	var out []T
	for v := range seq {
		if len(out) == n {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	sq := MapIt(Seq(100), func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(Take(sq, 5))
}
