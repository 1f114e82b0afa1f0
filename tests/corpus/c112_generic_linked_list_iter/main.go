// Program c112_generic_linked_list_iter: a generic list with an All iterator method
package main

import (
	"fmt"
	"iter"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.v) {
				return
			}
		}
	}
}

func main() {
	var l List[string]
	for _, s := range []string{"c", "b", "a"} {
		l.Push(s)
	}
	for v := range l.All() {
		fmt.Print(v)
	}
	fmt.Println(" size", l.size)
}
