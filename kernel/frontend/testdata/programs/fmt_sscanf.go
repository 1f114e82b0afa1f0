// Covers: fmt.Sscanf and fmt.Sscan parsing values from strings.
package main

import "fmt"

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("ann 42", "%s %d", &name, &age)
	fmt.Println(n, err, name, age)
	var a, b float64
	fmt.Sscan("1.5 2.25", &a, &b)
	fmt.Println(a + b)
	var x, y int
	_, err = fmt.Sscanf("7,x", "%d,%d", &x, &y)
	fmt.Println(x, err != nil)
}
