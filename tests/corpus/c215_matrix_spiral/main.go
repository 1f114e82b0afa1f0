// Program c215_matrix_spiral: spiral traversal of a 2D slice with direction vectors
package main

import "fmt"

func spiral(m [][]int) []int {
	var out []int
	top, bot, left, right := 0, len(m)-1, 0, len(m[0])-1
	for top <= bot && left <= right {
		for j := left; j <= right; j++ {
			out = append(out, m[top][j])
		}
		top++
		for i := top; i <= bot; i++ {
			out = append(out, m[i][right])
		}
		right--
		if top <= bot {
			for j := right; j >= left; j-- {
				out = append(out, m[bot][j])
			}
			bot--
		}
		if left <= right {
			for i := bot; i >= top; i-- {
				out = append(out, m[i][left])
			}
			left++
		}
	}
	return out
}

func main() {
	fmt.Println(spiral([][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}))
}
