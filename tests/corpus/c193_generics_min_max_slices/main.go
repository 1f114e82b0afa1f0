// Program c193_generics_min_max_slices: generic min/max/sum over slices with cmp.Ordered and the builtin min/max
package main

import (
	"cmp"
	"fmt"
)

func MinMax[T cmp.Ordered](xs []T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

func main() {
	fmt.Println(MinMax([]int{3, 1, 4, 1, 5}))
	fmt.Println(MinMax([]string{"kiwi", "apple", "fig"}))
	fmt.Println(MinMax([]float64{2.5, -1, 0}))
}
