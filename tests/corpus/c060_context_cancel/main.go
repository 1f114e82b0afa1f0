// Program c060_context_cancel: context cancellation stops a worker
package main

import (
	"context"
	"fmt"
)

func producer(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan int)
	go producer(ctx, ch)
	sum := 0
	for v := range ch {
		sum += v
		if v == 9 {
			cancel()
			break
		}
	}
	fmt.Println(sum, ctx.Err())
}
