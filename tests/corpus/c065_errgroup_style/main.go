// Program c065_errgroup_style: first error wins among goroutines
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var first error
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i == 3 {
				once.Do(func() { first = fmt.Errorf("task %d: %w", i, errors.ErrUnsupported) })
			}
		}()
	}
	wg.Wait()
	fmt.Println(first, errors.Is(first, errors.ErrUnsupported))
}
