// Program c221_new_stdlib_apis: standard library APIs newer than yaegi's tables: sync.OnceValue, strings.Lines, atomic.Uint64, slices.Concat-free code
package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	calls := 0
	get := sync.OnceValue(func() int {
		calls++
		return 42
	})
	fmt.Println(get(), get(), calls)
	for line := range strings.Lines("a\nb\nc") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	var u atomic.Uint64
	u.Add(5)
	u.Add(7)
	fmt.Println(u.Load())
	f := sync.OnceFunc(func() { fmt.Println("once") })
	f()
	f()
}
