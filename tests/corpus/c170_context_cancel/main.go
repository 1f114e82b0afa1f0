// Program c170_context_cancel: context.WithCancel stopping a goroutine, context.WithTimeout deadline errors
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			close(out)
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	go worker(ctx, out)
	for v := range out {
		if v == 3 {
			cancel()
			break
		}
	}
	fmt.Println("cancelled:", ctx.Err())
	tctx, tcancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer tcancel()
	<-tctx.Done()
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))
	vctx := context.WithValue(context.Background(), "user", "ann")
	fmt.Println(vctx.Value("user"))
}
