// Program c145_bounded_parallel_sum: splitting CPU work over goroutines
package main

import (
	"fmt"
	"sync"
)

func sumRange(lo, hi int) int {
	s := 0
	for i := lo; i <= hi; i++ {
		s += i
	}
	return s
}

func main() {
	const n, parts = 1_000_000, 4
	results := make([]int, parts)
	var wg sync.WaitGroup
	chunk := n / parts
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[p] = sumRange(p*chunk+1, (p+1)*chunk)
		}()
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println(total, total == n*(n+1)/2)
}
