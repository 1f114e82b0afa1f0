// Program c047_fmt_verbs: fmt verbs
package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

func main() {
	p := P{1, 2, "pt"}
	fmt.Printf("%v|%+v|%#v\n", p, p, p)
	fmt.Printf("%T %T %T\n", p, &p, []any{1})
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%b\n", 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%f|%.2f|%8.3f|%e|%g\n", 3.14159, 3.14159, 3.14159, 1234.5678, 0.000012)
	fmt.Printf("%s|%q|%10s|%-10s|%x\n", "go", "go", "right", "left", "hi")
	fmt.Printf("%c|%U|%t\n", 'G', 'G', true)
	fmt.Printf("%v %v\n", []string{"a"}, map[string]int{"k": 1})
	fmt.Printf("%6.2f%%\n", 12.3456)
}
