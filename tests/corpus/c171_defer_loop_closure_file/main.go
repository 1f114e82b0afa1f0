// Program c171_defer_loop_closure_file: simulated resource cleanup with defers in a helper called per item
package main

import (
	"fmt"
)

func main() {
	open := func(name string) func() {
		fmt.Println("open", name)
		return func() { fmt.Println("close", name) }
	}
	process := func(name string) {
		closeFn := open(name)
		defer closeFn()
		fmt.Println("use", name)
	}
	for _, n := range []string{"a.txt", "b.txt"} {
		process(n)
	}
}
