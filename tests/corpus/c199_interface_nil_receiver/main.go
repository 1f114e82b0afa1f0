// Program c199_interface_nil_receiver: calling a pointer-receiver method on a nil pointer inside an interface
package main

import (
	"fmt"
)

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

func (t *Tree) String() string {
	if t == nil {
		return "<empty>"
	}
	return fmt.Sprint(t.V)
}

func main() {
	var t *Tree
	var s fmt.Stringer = t
	fmt.Println(s.String(), t.Sum())
	t = &Tree{V: 3, L: &Tree{V: 1}}
	fmt.Println(t.Sum())
}
