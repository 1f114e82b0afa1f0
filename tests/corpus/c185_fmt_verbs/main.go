// Program c185_fmt_verbs: fmt verbs: %v %+v %q %x %X %o %b %e %g %08.3f %-5s| %5d %c %U %p-free
package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	t := T{1, "x"}
	fmt.Printf("%v|%+v\n", t, t)
	fmt.Printf("%q|%x|%X|%o|%b\n", "hi", 255, 255, 8, 5)
	fmt.Printf("%e|%g|%08.3f|%.2f\n", 1234.5678, 0.000012, 3.14159, 2.675)
	fmt.Printf("%-5s|%5s|%5d|%-5d|\n", "ab", "cd", 42, 42)
	fmt.Printf("%c|%U|%t|%v\n", 'G', 'G', true, nil)
	fmt.Printf("%v %v\n", []int{1, 2}, map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v %#v\n", []string{"a"}, map[int]bool{1: true})
	fmt.Printf("%x %X % x\n", "hello", []byte("hi"), []byte{1, 171})
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	fmt.Println(fmt.Sprintf("%3c|%-3c|", 'a', 'b'))
}
