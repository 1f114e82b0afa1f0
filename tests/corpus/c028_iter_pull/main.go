// Program c028_iter_pull: pulling values with iter.Pull
package main

import (
	"fmt"
	"iter"
	"slices"
)

func main() {
	next, stop := iter.Pull(slices.Values([]string{"x", "y", "z"}))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
	v, ok := next()
	fmt.Printf("%q %v\n", v, ok)
}
