// Program c077_generic_comparable: comparable constraint and generic set
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	s := Set[string]{}
	s.Add("a")
	s.Add("b")
	s.Add("a")
	fmt.Println(len(s), s.Has("b"), s.Has("z"))
	fmt.Println(Index([]float64{1.5, 2.5}, 2.5), Index([]string{"x"}, "y"))
	keys := make([]string, 0)
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
