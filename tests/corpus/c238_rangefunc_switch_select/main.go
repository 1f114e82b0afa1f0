// Program c238_rangefunc_switch_select: break inside a switch within a range-over-func body breaks the switch, not the loop
package main

import "fmt"

func letters(yield func(rune) bool) {
	for _, r := range "abcde" {
		if !yield(r) {
			return
		}
	}
}

func main() {
	for r := range letters {
		switch r {
		case 'b':
			fmt.Println("skip b")
			break
		case 'd':
			fmt.Println("stop at d")
		default:
			fmt.Println(string(r))
		}
		if r == 'd' {
			break
		}
	}
}
