// Program c078_generic_pair: generic functions returning generic types
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{k, v}
}

func Swap[A comparable, B comparable](p Pair[A, B]) Pair[B, A] {
	return Pair[B, A]{p.Val, p.Key}
}

func main() {
	p := MakePair("a", 1)
	fmt.Printf("%v %+v\n", p, p)
	q := Swap(p)
	fmt.Println(q.Key+1, q.Val)
}
