// Program c113_generic_ordered_max: cmp.Ordered constraint
package main

import (
	"cmp"
	"fmt"
)

func MaxOf[T cmp.Ordered](first T, rest ...T) T {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("kiwi", "apple"), MaxOf(1.5))
}
