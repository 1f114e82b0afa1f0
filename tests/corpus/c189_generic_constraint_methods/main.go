// Program c189_generic_constraint_methods: a generic function constrained by an interface with a method and a type set
package main

import (
	"fmt"
	"strconv"
)

type Labeled interface {
	~int | ~string
	Label() string
}

type Code int

func (c Code) Label() string { return "code-" + strconv.Itoa(int(c)) }

type Tag string

func (t Tag) Label() string { return "tag-" + string(t) }

func Labels[T Labeled](xs []T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, x.Label())
	}
	return out
}

func main() {
	fmt.Println(Labels([]Code{1, 2}))
	fmt.Println(Labels([]Tag{"a"}))
}
