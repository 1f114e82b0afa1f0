// Program c019_min_max_clear: the min, max and clear builtins
package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1.5), max("apple", "banana"))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s)
}
