// Program c195_generics_types: generic types: a linked list, a map-backed set, methods returning the type, zero values
package main

import (
	"fmt"
	"sort"
)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable]() Set[T] { return Set[T]{} }

func main() {
	var l List[string]
	l.Push("a")
	l.Push("b")
	fmt.Println(l.All(), l.size)
	s := NewSet[int]()
	s.Add(3)
	s.Add(1)
	s.Add(3)
	fmt.Println(len(s), s.Has(1), s.Has(2))
	keys := make([]int, 0)
	for k := range s {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
}
