// Program c097_os_stdout_stderr: writing to os.Stdout directly
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Stdout.WriteString("direct write\n")
	fmt.Fprintln(os.Stdout, "fprintln to stdout")
	fmt.Fprintf(os.Stdout, "%d%%\n", 50)
}
