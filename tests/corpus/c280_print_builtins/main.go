// Program c280_print_builtins: the builtins print and println write to
// stderr in the runtime's own formats, in order with fmt's output there
package main

import (
	"fmt"
	"math"
	"os"
)

type Celsius float64

func main() {
	println("numbers:", 42, -7, uint8(200), 2.5, float32(0.1), 1e21, math.Inf(-1))
	println("complex:", complex(1, -2), "bool:", true, 'x')
	print("no", "spaces", 1, 2, "\n")
	fmt.Fprintln(os.Stderr, "fmt in between")
	println(Celsius(36.6), math.NaN(), "")
	defer println("deferred println runs last")
	fmt.Println("stdout is separate")
}
