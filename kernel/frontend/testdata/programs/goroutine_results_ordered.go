// Covers: goroutines writing results into distinct slice indexes, no locking needed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	res := make([]int, 8)
	var wg sync.WaitGroup
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(res)
}
