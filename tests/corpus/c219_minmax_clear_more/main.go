// Program c219_minmax_clear_more: min/max with mixed constant and variable args, named types, NaN, clear on nested structures
package main

import (
	"fmt"
	"math"
)

type Score float64

func main() {
	a, b := Score(2.5), Score(1.5)
	fmt.Println(min(a, b), max(a, b, 3))
	x := 10
	fmt.Println(min(x, 3, 7), max(-1, x))
	fmt.Println(math.IsNaN(min(1.0, math.NaN())), max(math.Inf(-1), 0))
	fmt.Println(max("a", "b", "ab"))
	m := map[int][]int{1: {1}, 2: {2, 2}}
	s := m[2]
	clear(m)
	fmt.Println(len(m), s)
	arr := []string{"x", "y"}
	clear(arr[:1])
	fmt.Printf("%q\n", arr)
}
