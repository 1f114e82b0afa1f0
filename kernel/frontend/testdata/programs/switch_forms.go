// Covers: switch without condition, fallthrough, multiple values per case, switch with init.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for _, n := range []int{95, 85, 50} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	switch d := 3; d {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("fell into four")
	case 5:
		fmt.Println("five")
	}
	switch x := "go"; {
	case len(x) == 2:
		fmt.Println("two letters")
	}
}
