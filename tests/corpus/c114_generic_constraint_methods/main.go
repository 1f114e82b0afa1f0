// Program c114_generic_constraint_methods: a constraint with a method
package main

import (
	"fmt"
	"strings"
)

type Shower interface {
	Show() string
}

type Num int

func (n Num) Show() string { return fmt.Sprintf("#%d", int(n)) }

type Word string

func (w Word) Show() string { return strings.ToUpper(string(w)) }

func ShowAll[T Shower](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.Show()
	}
	return strings.Join(parts, ",")
}

func main() {
	fmt.Println(ShowAll([]Num{1, 2}))
	fmt.Println(ShowAll([]Word{"go", "py"}))
}
