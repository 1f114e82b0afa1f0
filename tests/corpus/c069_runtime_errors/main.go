// Program c069_runtime_errors: runtime errors recovered with their messages
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var xs []int
	var m map[string]int
	var p *struct{ X int }
	try("index", func() { _ = xs[3] })
	try("nil map", func() { m["a"] = 1 })
	try("nil pointer", func() { _ = p.X })
	zero := 0
	try("divide", func() { _ = 10 / zero })
	try("custom", func() { panic(fmt.Sprintf("bad %d", 7)) })
}
