// Program c167_closures_counter: closures capturing and mutating outer variables, closure factories
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add5 := adder(5)
	fmt.Println(add5(10), adder(-1)(1))
	total := 0
	apply := func(fs ...func(int) int) {
		for _, f := range fs {
			total = f(total)
		}
	}
	apply(add5, add5, func(x int) int { return x * 3 })
	fmt.Println(total)
}
