// Program c166_closure_generator: a closure-based generator returning successive values and a done flag
package main

import (
	"fmt"
)

func main() {
	gen := func(xs ...string) func() (string, bool) {
		i := 0
		return func() (string, bool) {
			if i >= len(xs) {
				return "", false
			}
			i++
			return xs[i-1], true
		}
	}
	next := gen("a", "b")
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println(v)
	}
}
