// Program c196_goroutine_ping_pong: two goroutines exchanging a ball over unbuffered channels a fixed number of times
package main

import (
	"fmt"
)

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan struct{})
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		defer close(done)
		for v := range pong {
			if v >= 6 {
				close(ping)
				fmt.Println("final", v)
				for range pong {
				}
				return
			}
			ping <- v + 1
		}
	}()
	ping <- 0
	<-done
}
