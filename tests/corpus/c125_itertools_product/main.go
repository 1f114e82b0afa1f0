// Program c125_itertools_product: Product with repeat, printed like Python tuples
package main

import (
	"fmt"
	"strings"

	"github.com/gokernel/gokernel/lib/itertools"
)

func main() {
	for t := range itertools.ProductRepeat(2, itertools.Chars("ABC")) {
		fmt.Printf("('%s')\n", strings.Join(t, "', '"))
	}
}
