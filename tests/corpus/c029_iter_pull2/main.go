// Program c029_iter_pull2: iter.Pull2 over a two-value iterator
package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull2(slices.All([]float64{1.5, 2.5}))
	defer stop()
	for {
		i, v, ok := next()
		if !ok {
			break
		}
		fmt.Println(i, v)
	}
}
