// Program c150_println_builtin_and_exit_code: print helpers that write to stdout
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred before return")
	fmt.Fprint(os.Stdout, "a", "b", 1, 2, "\n")
	fmt.Println(len(os.Args) >= 1)
}
