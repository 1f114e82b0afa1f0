// Program c192_generics_constraints: generic constraints with ~ unions, comparable, methods in constraints, and cmp.Ordered
package main

import (
	"cmp"
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int32 | ~int64
}

func SumInts[T Integer](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxOf[T cmp.Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func IndexOf[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func main() {
	fmt.Println(SumInts(1, 2, 3), SumInts[int64](4, 5))
	fmt.Println(MaxOf(3, 9), MaxOf("b", "a"), MaxOf(2.5, -1))
	fmt.Println(IndexOf([]string{"a", "b"}, "b"), IndexOf([]int{1}, 5))
	fmt.Println(JoinAll([]ID{1, 2, 3}))
}
