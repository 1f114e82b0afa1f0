// Program c190_generic_stack_iter: a generic stack with a range-over-func All method iterating top to bottom
package main

import (
	"fmt"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i := len(s.items) - 1; i >= 0; i-- {
			if !yield(len(s.items)-1-i, s.items[i]) {
				return
			}
		}
	}
}

func main() {
	s := &Stack[string]{}
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for i, v := range s.All() {
		fmt.Println(i, v)
		if i == 1 {
			break
		}
	}
}
