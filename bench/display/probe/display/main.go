// Command display is bench/display's size/init probe: a program that imports
// lib/display (and so gonum/plot).
package main

import (
	"fmt"

	"github.com/gokernel/gokernel/lib/display"
)

func main() {
	fmt.Println(display.HTML("<b>x</b>"))
}
