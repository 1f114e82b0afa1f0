// Program c163_channel_of_channels: request/response over a channel of reply channels
package main

import (
	"fmt"
)

func main() {
	type req struct {
		n     int
		reply chan int
	}
	reqs := make(chan req)
	go func() {
		for r := range reqs {
			r.reply <- r.n * 2
		}
	}()
	for i := 1; i <= 3; i++ {
		rc := make(chan int)
		reqs <- req{i, rc}
		fmt.Print(<-rc, " ")
	}
	close(reqs)
	fmt.Println()
}
