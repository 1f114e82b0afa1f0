// Program c271_sync_cond_free_barrier: a WaitGroup barrier between two phases of goroutines
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var phase1, phase2 sync.WaitGroup
	var mu sync.Mutex
	log := []string{}
	phase1.Add(3)
	phase2.Add(3)
	for i := range 3 {
		go func() {
			mu.Lock()
			log = append(log, "a")
			mu.Unlock()
			phase1.Done()
			phase1.Wait()
			mu.Lock()
			log = append(log, "b")
			mu.Unlock()
			phase2.Done()
			_ = i
		}()
	}
	phase2.Wait()
	fmt.Println(strings.Join(log, ""))
}
