// Program c205_labels_goto: labelled break out of nested loops and a goto loop outside range-over-func
package main

import "fmt"

func main() {
	found := false
search:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if i*j == 6 {
				fmt.Println("found", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	i := 0
loop:
	if i < 3 {
		fmt.Print(i)
		i++
		goto loop
	}
	fmt.Println()
}
