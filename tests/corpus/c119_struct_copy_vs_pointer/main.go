// Program c119_struct_copy_vs_pointer: value semantics of structs and arrays in calls
package main

import "fmt"

type Box struct {
	Items [2]int
	Tags  []string
}

func mutate(b Box) {
	b.Items[0] = 99
	b.Tags[0] = "changed"
}

func main() {
	b := Box{[2]int{1, 2}, []string{"orig"}}
	mutate(b)
	fmt.Println(b.Items, b.Tags)
	c := b
	c.Items[1] = 7
	fmt.Println(b.Items, c.Items)
}
