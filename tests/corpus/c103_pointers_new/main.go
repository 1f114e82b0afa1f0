// Program c103_pointers_new: pointers, new and pointer-to-struct fields
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	p := new(int)
	*p = 5
	q := p
	*q++
	fmt.Println(*p)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
}
