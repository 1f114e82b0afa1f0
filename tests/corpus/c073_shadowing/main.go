// Program c073_shadowing: scopes and shadowed variables
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "function"
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if", x)
	}
	fmt.Println(x)
}
