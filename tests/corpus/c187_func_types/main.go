// Program c187_func_types: function types as values, maps of funcs, funcs as struct fields, higher-order funcs
package main

import (
	"fmt"
	"sort"
)

type Op func(int, int) int

type Calculator struct {
	ops map[string]Op
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func main() {
	c := Calculator{ops: map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}}
	names := []string{}
	for n := range c.ops {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, c.ops[n](6, 7))
	}
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	var nilFn func()
	fmt.Println(nilFn == nil)
}
