// Program c148_channels_results_struct: collecting typed results from goroutines in order
package main

import (
	"fmt"
	"strings"
)

type result struct {
	idx int
	out string
}

func main() {
	inputs := []string{"go", "kernel", "yaegi"}
	ch := make(chan result)
	for i, s := range inputs {
		go func() { ch <- result{i, strings.ToUpper(s)} }()
	}
	outs := make([]string, len(inputs))
	for range inputs {
		r := <-ch
		outs[r.idx] = r.out
	}
	fmt.Println(outs)
}
