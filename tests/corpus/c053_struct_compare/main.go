// Program c053_struct_compare: struct equality and maps keyed by structs
package main

import "fmt"

type Key struct {
	X, Y int
}

func main() {
	visits := map[Key]int{}
	for _, k := range []Key{{0, 0}, {1, 2}, {0, 0}} {
		visits[k]++
	}
	fmt.Println(visits[Key{0, 0}], visits[Key{1, 2}], visits[Key{5, 5}])
	fmt.Println(Key{1, 2} == Key{1, 2})
}
