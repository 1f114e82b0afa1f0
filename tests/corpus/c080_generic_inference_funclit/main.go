// Program c080_generic_inference_funclit: inferring type arguments from a function literal's result
package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	strs := Map([]int{1, 2, 3}, func(i int) string { return strconv.Itoa(i * 10) })
	fmt.Println(strs, len(strs[2]))
	total := Reduce(strs, 0, func(acc int, s string) int { return acc + len(s) })
	fmt.Println(total)
}
