// Program c267_struct_comparison_keys: comparable structs as map keys and equality of nested structs
package main

import (
	"fmt"
)

func main() {
	type Point struct{ X, Y int }
	type Segment struct{ A, B Point }
	visits := map[Point]int{}
	for _, p := range []Point{{0, 0}, {1, 2}, {0, 0}} {
		visits[p]++
	}
	fmt.Println(visits[Point{0, 0}], len(visits))
	s1 := Segment{Point{0, 0}, Point{1, 1}}
	s2 := Segment{Point{0, 0}, Point{1, 1}}
	fmt.Println(s1 == s2, s1 != Segment{})
}
