// Program c216_method_values_goroutines: method values passed to goroutines and as callbacks keep their receivers
package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int) {
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

func each(xs []int, f func(int)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	var a Acc
	var wg sync.WaitGroup
	add := a.Add
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			add(i)
		}()
	}
	wg.Wait()
	each([]int{10, 20}, a.Add)
	fmt.Println(a.sum)
}
