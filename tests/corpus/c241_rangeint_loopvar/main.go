// Program c241_rangeint_loopvar: for i := range n, Go 1.22 per-iteration loop variables captured by closures and goroutines
package main

import (
	"fmt"
	"sync"
)

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var wg sync.WaitGroup
	res := make([]string, 3)
	for i, s := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = s + s
		}()
	}
	wg.Wait()
	fmt.Println(res)
	var gs []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var n uint8 = 4
	for k := range n {
		fmt.Printf("%T %v\n", k, k)
	}
}
