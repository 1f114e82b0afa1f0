// Program c184_fmt_typenames: %T and %#v of a type declared in a cell print main.T, as under go run (the front-end spells the names yaegi's unnamed reflect types lack)
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
