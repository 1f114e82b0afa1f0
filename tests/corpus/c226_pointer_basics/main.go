// Program c226_pointer_basics: pointers: new, address-of, pointer to pointer, pointer receivers on struct fields
package main

import (
	"fmt"
)

func main() {
	p := new(int)
	*p = 5
	q := &p
	**q += 1
	fmt.Println(*p, p == *q)
	type Box struct{ v int }
	b := Box{1}
	bp := &b.v
	*bp = 9
	fmt.Println(b)
	swap := func(a, b *int) { *a, *b = *b, *a }
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
}
