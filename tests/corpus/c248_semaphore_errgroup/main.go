// Program c248_semaphore_errgroup: a buffered-channel semaphore limiting concurrency and collecting the first error
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	var firstErr error
	results := make([]int, 6)
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			if i == 4 {
				mu.Lock()
				if firstErr == nil {
					firstErr = errors.New("task 4 failed")
				}
				mu.Unlock()
				return
			}
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results, firstErr)
}
