// Program c201_interfaces_stringer: fmt.Stringer implemented by a cell type, %v and %s on it
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s\n", Green, Green)
	fmt.Println(Point{1, 2})
	fmt.Printf("%v|%+v\n", Point{5, 6}, &Point{7, 8})
	s := fmt.Sprint(Red, " and ", Point{0, 0})
	fmt.Println(s, len(s))
}
