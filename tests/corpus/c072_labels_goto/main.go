// Program c072_labels_goto: labelled loops in plain for loops
package main

import "fmt"

func main() {
	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			if i == 4 {
				break rows
			}
			count++
		}
	}
	fmt.Println(count)
}
