// Program c052_arrays_slices: arrays vs slices, append growth and copy
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b)
	s := a[:]
	s[1] = 7
	fmt.Println(a, len(s), cap(s))
	t := make([]int, 2, 5)
	t = append(t, 1, 2)
	u := make([]int, len(t))
	n := copy(u, t)
	fmt.Println(t, u, n)
	fmt.Println(s[1:2], s[:0], len(s[3:]))
	grid := [][]int{{1, 2}, {3, 4}}
	fmt.Println(grid[1][0])
}
