// Program c203_iter_pull: iter.Pull over a cell-declared iterator: manual next/stop
package main

import (
	"fmt"
	"iter"
)

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	next, stop := iter.Pull(fib())
	defer stop()
	for range 8 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
}
