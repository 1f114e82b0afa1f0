// Covers: %T and %#v of a type declared in a cell (known difference: yaegi's interpreted types are unnamed reflect types, so they print structurally).
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	t := T{1, "x"}
	fmt.Printf("%#v|%T\n", t, t)
}
