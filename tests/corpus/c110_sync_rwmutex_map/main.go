// Program c110_sync_rwmutex_map: RWMutex and sync.Map
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.RWMutex
	cache := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			cache[i%3] += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.RLock()
	fmt.Println(cache[0], cache[1], cache[2])
	mu.RUnlock()
	var sm sync.Map
	sm.Store("b", 2)
	sm.Store("a", 1)
	v, ok := sm.Load("a")
	fmt.Println(v, ok)
	var keys []string
	sm.Range(func(k, v any) bool { keys = append(keys, k.(string)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
}
