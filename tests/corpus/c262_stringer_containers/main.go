// Program c262_stringer_containers: a Stringer declared in a cell printed with %d (the number, as go run prints it) and inside a slice (each element with its String)
package main

import "fmt"

type Color int

func (c Color) String() string { return "color" }

type Point struct{ X, Y int }

func (p Point) String() string { return "pt" }

func main() {
	fmt.Printf("%d\n", Color(1))
	fmt.Println([]Point{{3, 4}})
}
