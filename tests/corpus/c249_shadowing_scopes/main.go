// Program c249_shadowing_scopes: variable shadowing in if/else chains, for scopes, and closures
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	if x := "if"; x != "" {
		fmt.Println(x)
	} else if y := x + "!"; y != "" {
		fmt.Println(y)
	}
	fmt.Println(x)
	for x := 0; x < 1; x++ {
		fmt.Println("loop", x)
	}
	f := func() string { x := "closure"; return x }
	fmt.Println(f(), x)
	{
		x := 3.5
		fmt.Println(x)
	}
}
