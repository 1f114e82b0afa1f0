// Program c208_loopvar_pointers: taking the address of a loop variable gives a distinct pointer per iteration
package main

import "fmt"

type Item struct{ ID int }

func main() {
	items := []Item{{1}, {2}, {3}}
	var ptrs []*Item
	for _, it := range items {
		ptrs = append(ptrs, &it)
	}
	for _, p := range ptrs {
		fmt.Print(p.ID, " ")
	}
	fmt.Println()
	var ips []*int
	for i := 0; i < 3; i++ {
		ips = append(ips, &i)
	}
	fmt.Println(*ips[0], *ips[1], *ips[2])
}
