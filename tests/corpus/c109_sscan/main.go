// Program c109_sscan: parsing with fmt.Sscanf and fmt.Sscan
package main

import "fmt"

func main() {
	var name string
	var age int
	n, err := fmt.Sscanf("kim 31", "%s %d", &name, &age)
	fmt.Println(n, err, name, age+1)
	var a, b float64
	fmt.Sscan("1.5 2.25", &a, &b)
	fmt.Println(a + b)
}
