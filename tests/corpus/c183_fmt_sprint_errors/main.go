// Program c183_fmt_sprint_errors: fmt.Sprint spacing rules, Sprintln, bad verbs and missing arguments
package main

import "fmt"

func main() {
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Print(fmt.Sprintln("x", 1))
	// Formats held in variables: go vet would rightly refuse these calls.
	formats := []string{"%d", "%d %d", "%!"}
	fmt.Println(fmt.Sprintf(formats[0], "str"))
	fmt.Println(fmt.Sprintf(formats[1], 1))
	fmt.Println(fmt.Sprintf(formats[0], 1, 2))
	var none []any
	fmt.Println(fmt.Sprintf(formats[2], none...))
	var p *int
	fmt.Println(p == nil, fmt.Sprint(nil))
}
