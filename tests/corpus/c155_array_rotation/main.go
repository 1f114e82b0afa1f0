// Program c155_array_rotation: rotating arrays and slices in place with reversal
package main

import (
	"fmt"
)

func main() {
	rev := func(s []int) {
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			s[i], s[j] = s[j], s[i]
		}
	}
	s := []int{1, 2, 3, 4, 5, 6, 7}
	k := 3
	rev(s)
	rev(s[:k])
	rev(s[k:])
	fmt.Println(s)
}
