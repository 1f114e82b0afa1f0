// Program c058_atomic: sync/atomic typed values
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var u atomic.Uint64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
			u.Add(1)
		}()
	}
	wg.Wait()
	flag.Store(true)
	fmt.Println(n.Load(), u.Load(), flag.Load())
	fmt.Println(n.CompareAndSwap(40, 1), n.Load())
}
