// Program c161_builtins_minmax: the min, max and clear builtins on ints, floats, strings, maps and slices
package main

import "fmt"

func main() {
	a, b := 3, 7
	fmt.Println(min(a, b), max(a, b), min(a, b, -1), max(2.5, 1))
	x := 1.5
	fmt.Println(min(x, 2), max(x, 0.5, 9))
	fmt.Println(min("pear", "apple", "zoo"), max("pear", "apple"))
	const c = min(4, 2, 8)
	fmt.Println(c)
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s)
}
