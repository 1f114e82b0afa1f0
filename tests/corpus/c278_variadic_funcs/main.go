// Program c278_variadic_funcs: variadic functions, passing slices with ..., multiple return values, named returns
package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1, 2), sum([]int{4, 5, 6}...))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(join("-", "a", "b", "c"), join(","))
}
