// Program c021_rangefunc_break: break out of a range-over-func loop
package main

import "fmt"

func Naturals(yield func(int) bool) {
	for i := 1; ; i++ {
		if !yield(i) {
			fmt.Println("iterator stopped at", i)
			return
		}
	}
}

func main() {
	sum := 0
	for n := range Naturals {
		if n > 5 {
			break
		}
		sum += n
	}
	fmt.Println("sum", sum)
}
