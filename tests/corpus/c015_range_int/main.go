// Program c015_range_int: range over an integer (Go 1.22)
package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for range n {
		total += 10
	}
	fmt.Println(total)
}
