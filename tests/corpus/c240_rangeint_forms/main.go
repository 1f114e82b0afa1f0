// Program c240_rangeint_forms: range over integers: typed counts, expressions, unused key, break/continue, labelled
package main

import "fmt"

type Small int8

func main() {
	total := 0
	for i := range 10 {
		if i%2 == 1 {
			continue
		}
		if i > 6 {
			break
		}
		total += i
	}
	fmt.Println(total)
	n := 3
	for range n {
		fmt.Print("*")
	}
	fmt.Println()
	var s Small = 3
	for i := range s {
		fmt.Printf("%d:%v ", i, i+s)
	}
	fmt.Println()
outer:
	for i := range 3 {
		for j := range 3 {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	var i int
	for i = range 4 {
	}
	fmt.Println("last", i)
}
