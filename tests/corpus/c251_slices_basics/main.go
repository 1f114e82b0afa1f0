// Program c251_slices_basics: slice literals, append growth, copy, slicing with shared backing arrays, 3-index slices
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	t := s[:2]
	t[0] = 99
	fmt.Println(s, t, len(t), cap(t))
	u := append(t, 100)
	fmt.Println(s, u)
	v := s[0:1:1]
	v = append(v, 7)
	fmt.Println(s, v)
	dst := make([]int, 2)
	n := copy(dst, s)
	fmt.Println(n, dst)
	var nilSlice []string
	fmt.Println(nilSlice == nil, len(nilSlice), append(nilSlice, "x"))
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
	}
	fmt.Println(grid)
}
