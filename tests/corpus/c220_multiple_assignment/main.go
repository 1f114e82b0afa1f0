// Program c220_multiple_assignment: parallel assignment, swaps and multi-value returns discarded with _
package main

import (
	"fmt"
)

func divide(a, b int) (int, float64) { return a / b, float64(a) / float64(b) }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	x, y := 10, 3
	x, y = y, x%y
	fmt.Println(x, y)
	_, frac := divide(7, 2)
	fmt.Println(frac)
}
