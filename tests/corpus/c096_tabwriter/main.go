// Program c096_tabwriter: aligned columns with text/tabwriter
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tlang\tyear")
	fmt.Fprintln(w, "gokernel\tGo\t2026")
	fmt.Fprintln(w, "ipykernel\tPython\t2015")
	w.Flush()
}
