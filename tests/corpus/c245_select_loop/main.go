// Program c245_select_loop: select in a loop over two channels until both are closed
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		b <- "x"
		close(b)
	}()
	nums, strs := 0, 0
	for a != nil || b != nil {
		select {
		case _, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			nums++
		case _, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			strs++
		}
	}
	fmt.Println(nums, strs)
}
