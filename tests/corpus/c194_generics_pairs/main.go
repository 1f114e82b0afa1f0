// Program c194_generics_pairs: generic funcs returning two-parameter generic types, and generic func values
package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func Apply[T any](f func(T) T, v T) T { return f(v) }

func Inc(n int) int { return n + 1 }

func main() {
	z := Zip([]string{"a", "b", "c"}, []int{1, 2})
	fmt.Println(z, len(z))
	fmt.Printf("%+v\n", Swap(z[0]))
	f := Apply[int]
	fmt.Println(f(Inc, 41))
}
