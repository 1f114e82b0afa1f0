// Package coroutine_bench measures lib/coroutine's switch costs against a
// goroutine+channel ping-pong and raw iter.Pull; run.sh adds CPython's
// generator send and asyncio in the same run and writes the ratios.
package coroutine_bench

import (
	"iter"
	"testing"

	"github.com/gokernel/gokernel/lib/coroutine"
)

// echo yields back what it is sent: one Send is one round trip.
func echo() *coroutine.Generator[int, int, int] {
	return coroutine.New(func(y *coroutine.Yielder[int, int]) (int, error) {
		v := 0
		for {
			v = y.Yield(v + 1)
		}
	})
}

func BenchmarkSend(b *testing.B) {
	g := echo()
	g.Next()
	sum := 0
	for i := 0; b.Loop(); i++ {
		v, err := g.Send(i)
		if err != nil {
			b.Fatal(err)
		}
		sum += v
	}
	g.Close()
	_ = sum
}

func BenchmarkNext(b *testing.B) {
	g := coroutine.New(func(y *coroutine.Yielder[int, any]) (any, error) {
		for i := 0; ; i++ {
			y.Yield(i)
		}
	})
	for b.Loop() {
		if _, err := g.Next(); err != nil {
			b.Fatal(err)
		}
	}
	g.Close()
}

// BenchmarkIterPull is the floor: the runtime coroutine switch alone.
func BenchmarkIterPull(b *testing.B) {
	next, stop := iter.Pull(func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	})
	for b.Loop() {
		next()
	}
	stop()
}

// BenchmarkChannelPingPong is the goroutine way: send a value, get one back.
func BenchmarkChannelPingPong(b *testing.B) {
	in, out := make(chan int), make(chan int)
	go func() {
		for v := range in {
			out <- v + 1
		}
		close(out)
	}()
	for i := 0; b.Loop(); i++ {
		in <- i
		<-out
	}
	close(in)
}

// BenchmarkNewAndDrain is the cost of a short-lived generator: create it,
// take 3 values, let it finish.
func BenchmarkNewAndDrain(b *testing.B) {
	for b.Loop() {
		g := coroutine.New(func(y *coroutine.Yielder[int, any]) (int, error) {
			y.Yield(1)
			y.Yield(2)
			y.Yield(3)
			return 0, nil
		})
		for range g.All() {
		}
	}
}

// BenchmarkLoopSleep0 is one task switch on the event loop: two tasks
// alternate with Sleep(0); each op is one Sleep(0) of one task.
func BenchmarkLoopSleep0(b *testing.B) {
	n := b.N
	b.ResetTimer()
	_, err := coroutine.Run(func(l *coroutine.Loop) (any, error) {
		pinger := func(l *coroutine.Loop) (any, error) {
			for range n / 2 {
				if err := l.Sleep(0); err != nil {
					return nil, err
				}
			}
			return nil, nil
		}
		_, err := coroutine.Gather(l, coroutine.CreateTask(l, pinger), coroutine.CreateTask(l, pinger))
		return nil, err
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAverager is the document-style coroutine with a little work per
// step: a running average fed by Send, driven from a loop over the data.
// pysend.py times the same program in CPython.
func BenchmarkAverager(b *testing.B) {
	avg := coroutine.New(func(y *coroutine.Yielder[float64, float64]) (int, error) {
		total, count, average := 0.0, 0, 0.0
		for {
			v := y.Yield(average)
			total += v
			count++
			average = total / float64(count)
		}
	})
	avg.Next()
	data := make([]float64, 1000)
	for i := range data {
		data[i] = float64(i % 17)
	}
	var last float64
	for b.Loop() {
		for _, v := range data {
			last, _ = avg.Send(v)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(data)), "ns/send")
	_ = last
	avg.Close()
}
