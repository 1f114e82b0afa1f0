// Program c181_fan_in: fan-in of several goroutines' channels into one, with sorted output
package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(name string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return ch
}

func merge(chans ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var all []string
	for v := range merge(source("a", 2), source("b", 3)) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(all)
}
