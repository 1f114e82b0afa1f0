// Program c164_channels_buffered: buffered channels, len/cap, close and receive from closed channel
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}
