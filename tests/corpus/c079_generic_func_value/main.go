// Program c079_generic_func_value: instantiated generic functions as values
package main

import "fmt"

func Sum[T int | float64](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	sf := Sum[int]
	fmt.Println(sf([]int{1, 2, 3}))
	var g func([]float64) float64 = Sum[float64]
	fmt.Println(g([]float64{0.5, 0.25}))
	fs := []func([]int) int{Sum[int]}
	fmt.Println(fs[0]([]int{10}))
}
