// Program c067_channel_direction: send-only and receive-only channels
package main

import "fmt"

func produce(out chan<- string) {
	for _, s := range []string{"x", "y"} {
		out <- s
	}
	close(out)
}

func consume(in <-chan string) (n int) {
	for range in {
		n++
	}
	return n
}

func main() {
	ch := make(chan string, 2)
	produce(ch)
	fmt.Println(consume(ch), len(ch), cap(ch))
}
