// Program c049_stringer: a Stringer seen by fmt
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

func main() {
	fmt.Println(Green)
	fmt.Printf("%v %s %d\n", Blue, Red, Blue)
	fmt.Println([]Color{Red, Blue})
}
