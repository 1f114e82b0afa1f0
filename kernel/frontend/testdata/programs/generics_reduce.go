// Covers: Map/Filter/Reduce generic helpers with type arguments inferred from func literal results.
package main

import (
	"fmt"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, f func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if f(x) {
			out = append(out, x)
		}
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
	words := []string{"go", "is", "fun", "and", "fast"}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens)
	long := Filter(words, func(s string) bool { return len(s) > 2 })
	fmt.Println(long)
	joined := Reduce(words, "", func(acc string, s string) string { return acc + strings.ToUpper(s[:1]) })
	fmt.Println(joined)
	total := Reduce(lens, 0.5, func(acc float64, n int) float64 { return acc + float64(n) })
	fmt.Println(total)
}
