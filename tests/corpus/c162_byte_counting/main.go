// Program c162_byte_counting: counting byte frequencies with an array indexed by byte
package main

import (
	"fmt"
	"sort"
)

func main() {
	var counts [256]int
	for _, c := range []byte("mississippi") {
		counts[c]++
	}
	var letters []byte
	for c, n := range counts {
		if n > 0 {
			letters = append(letters, byte(c))
		}
	}
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	for _, c := range letters {
		fmt.Printf("%c=%d ", c, counts[c])
	}
	fmt.Println()
}
