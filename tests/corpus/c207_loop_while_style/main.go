// Program c207_loop_while_style: for used as a while loop and an infinite loop with break
package main

import (
	"fmt"
)

func main() {
	n, steps := 27, 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	fmt.Println("collatz steps", steps)
	i := 0
	for {
		i++
		if i*i > 50 {
			break
		}
	}
	fmt.Println(i)
}
