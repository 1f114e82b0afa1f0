// Program c239_rangefunc_tree_walk: a range-over-func in-order walk of a binary tree with early exit
package main

import "fmt"

type Node struct {
	L, R *Node
	V    int
}

func (n *Node) Walk(yield func(int) bool) bool {
	if n == nil {
		return true
	}
	return n.L.Walk(yield) && yield(n.V) && n.R.Walk(yield)
}

func (n *Node) All() func(func(int) bool) {
	return func(yield func(int) bool) { n.Walk(yield) }
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{V: v}
	}
	if v < n.V {
		n.L = insert(n.L, v)
	} else {
		n.R = insert(n.R, v)
	}
	return n
}

func main() {
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80} {
		root = insert(root, v)
	}
	for v := range root.All() {
		if v > 60 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
}
