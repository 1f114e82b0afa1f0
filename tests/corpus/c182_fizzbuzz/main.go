// Program c182_fizzbuzz: fizzbuzz with a switch and strconv
package main

import (
	"fmt"
	"strconv"
)

func main() {
	out := ""
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			out += "FizzBuzz"
		case i%3 == 0:
			out += "Fizz"
		case i%5 == 0:
			out += "Buzz"
		default:
			out += strconv.Itoa(i)
		}
		out += " "
	}
	fmt.Println(out)
}
