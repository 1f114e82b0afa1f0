// Program c001_hello: printing with fmt
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Print("no newline", "\n")
	fmt.Printf("%s has %d letters\n", "gopher", len("gopher"))
}
