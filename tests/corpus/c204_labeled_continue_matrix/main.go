// Program c204_labeled_continue_matrix: labelled continue skipping rows of a matrix that contain a negative number
package main

import (
	"fmt"
)

func main() {
	m := [][]int{{1, 2}, {3, -1}, {5, 6}}
	sum := 0
rows:
	for _, row := range m {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
		}
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println(sum)
}
