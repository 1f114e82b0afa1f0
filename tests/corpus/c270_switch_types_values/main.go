// Program c270_switch_types_values: switch on strings with multiple values and a default fallthrough-free chain
package main

import (
	"fmt"
)

func main() {
	for _, cmd := range []string{"start", "stop", "status", "x"} {
		switch cmd {
		case "start", "run":
			fmt.Println("starting")
		case "stop":
			fmt.Println("stopping")
		case "status":
			fmt.Println("ok")
		default:
			fmt.Println("unknown:", cmd)
		}
	}
}
