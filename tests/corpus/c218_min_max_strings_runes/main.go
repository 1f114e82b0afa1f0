// Program c218_min_max_strings_runes: builtin min and max over strings, runes and mixed constant expressions
package main

import (
	"fmt"
)

func main() {
	a, b := "pear", "peach"
	fmt.Println(min(a, b), max(a, b))
	r1, r2 := 'x', 'c'
	fmt.Println(string(min(r1, r2)), string(max(r1, r2, 'z')))
	const c = max(1.5, 2) * 2
	fmt.Println(c)
}
