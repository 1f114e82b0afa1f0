// Program c105_var_func_recursion: recursive closures through a declared variable
package main

import "fmt"

func main() {
	var walk func(n int) []int
	walk = func(n int) []int {
		if n == 0 {
			return nil
		}
		return append(walk(n-1), n)
	}
	fmt.Println(walk(5))
}
