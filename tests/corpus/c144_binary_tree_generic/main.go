// Program c144_binary_tree_generic: a generic binary search tree with an in-order iterator
package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[K cmp.Ordered] struct {
	root *tnode[K]
}

type tnode[K cmp.Ordered] struct {
	key         K
	left, right *tnode[K]
}

func (t *Tree[K]) Insert(k K) {
	p := &t.root
	for *p != nil {
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &tnode[K]{key: k}
}

func (t *Tree[K]) InOrder() iter.Seq[K] {
	var walk func(n *tnode[K], yield func(K) bool) bool
	walk = func(n *tnode[K], yield func(K) bool) bool {
		if n == nil {
			return true
		}
		return walk(n.left, yield) && yield(n.key) && walk(n.right, yield)
	}
	return func(yield func(K) bool) { walk(t.root, yield) }
}

func main() {
	var t Tree[int]
	for _, k := range []int{5, 3, 8, 1, 4, 9} {
		t.Insert(k)
	}
	for k := range t.InOrder() {
		fmt.Print(k, " ")
		if k == 8 {
			break
		}
	}
	fmt.Println()
}
