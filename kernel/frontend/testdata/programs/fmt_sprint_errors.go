// Covers: fmt.Sprint spacing rules, Sprintln, bad verbs and missing arguments.
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Print(fmt.Sprintln("x", 1))
	fmt.Println(fmt.Sprintf("%d", "str"))
	fmt.Println(fmt.Sprintf("%d %d", 1))
	fmt.Println(fmt.Sprintf("%d", 1, 2))
	fmt.Println(fmt.Sprintf("%!"))
	var p *int
	fmt.Println(p == nil, fmt.Sprint(nil))
}
