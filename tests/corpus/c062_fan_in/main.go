// Program c062_fan_in: merging channels with select
package main

import (
	"fmt"
	"sort"
)

func emit(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return ch
}

func main() {
	a, b := emit("a", 3), emit("b", 2)
	var got []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	sort.Strings(got)
	fmt.Println(got)
}
