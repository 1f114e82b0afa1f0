// Program c151_loop_closures_to_compiled: closures made in a loop, handed to compiled code and called after the loop moved on
package main

import (
	"fmt"
	"sync"

	"github.com/gokernel/gokernel/lib/futures"
)

func main() {
	ex, _ := futures.NewThreadPoolExecutor(2)
	defer ex.Shutdown(true)
	var fs []*futures.Future[string]
	for _, w := range []string{"a", "b", "c"} {
		f, _ := futures.SubmitFunc(ex, func() string { return w + w })
		fs = append(fs, f)
	}
	for _, f := range fs {
		v, _ := f.Result(futures.NoTimeout)
		fmt.Print(v, " ")
	}
	fmt.Println()

	var once []func()
	for i := 0; i < 3; i++ {
		once = append(once, sync.OnceFunc(func() { fmt.Print(i, " ") }))
	}
	for _, f := range once {
		f()
	}
	fmt.Println()
}
