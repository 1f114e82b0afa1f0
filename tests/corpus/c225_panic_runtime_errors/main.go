// Program c225_panic_runtime_errors: recovering runtime errors: index out of range, nil map write, division by zero, type assertion
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "->", r)
		}
	}()
	f()
}

func main() {
	try("index", func() {
		s := []int{1}
		i := 5
		_ = s[i]
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("div", func() {
		z := 0
		_ = 1 / z
	})
	try("assert", func() {
		var v any = "s"
		_ = v.(int)
	})
	fmt.Println("survived")
}
