// Program c252_slices_of_slices_copy: deep vs shallow copies of nested slices
package main

import (
	"fmt"
)

func main() {
	orig := [][]int{{1, 2}, {3}}
	shallow := append([][]int(nil), orig...)
	deep := make([][]int, len(orig))
	for i := range orig {
		deep[i] = append([]int(nil), orig[i]...)
	}
	orig[0][0] = 100
	fmt.Println(shallow[0][0], deep[0][0])
}
