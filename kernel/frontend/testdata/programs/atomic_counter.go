// Covers: sync/atomic typed values: atomic.Int64, atomic.Bool, atomic.Value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println(n.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load())
	var v atomic.Value
	v.Store("config-1")
	fmt.Println(v.Load().(string))
	var old int32 = 5
	atomic.AddInt32(&old, 3)
	fmt.Println(atomic.LoadInt32(&old))
}
