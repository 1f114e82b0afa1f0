// Package coroutine_bench measures lib/coroutine's switch costs against a
// goroutine+channel ping-pong and raw iter.Pull; run.sh adds CPython's
// generator send and asyncio in the same run and writes the ratios.
//
// The loops are `for i := 0; i < b.N; i++`, not b.Loop: in Go 1.26 calls in
// a b.Loop body are not inlined, which would measure Yield (inlined into a
// generator body in real code) as a call. Every measured call here is a
// call in real code too (Send, Next, iter.Pull's next), so this only keeps
// the loop itself the same as a user's.
package coroutine_bench

import (
	"iter"
	"syscall"
	"testing"

	"github.com/gokernel/gokernel/lib/coroutine"
)

// cpuNanos returns the CPU time (user+system) the process has used. On a
// shared machine the wall-clock ns/op includes time spent descheduled;
// CPU time per op does not, so run.sh compares both.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// cpuMetric starts a CPU-time measurement; the returned func reports
// "cpu-ns/op" for n operations.
func cpuMetric(b *testing.B) func(n int) {
	start := cpuNanos()
	return func(n int) {
		if n > 0 {
			b.ReportMetric(float64(cpuNanos()-start)/float64(n), "cpu-ns/op")
		}
	}
}

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
	done := cpuMetric(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		v, err := g.Send(i)
		if err != nil {
			b.Fatal(err)
		}
		sum += v
	}
	done(b.N)
	g.Close()
	_ = sum
}

func BenchmarkNext(b *testing.B) {
	g := coroutine.New(func(y *coroutine.Yielder[int, any]) (any, error) {
		for i := 0; ; i++ {
			y.Yield(i)
		}
	})
	b.ResetTimer()
	done := cpuMetric(b)
	for i := 0; i < b.N; i++ {
		if _, err := g.Next(); err != nil {
			b.Fatal(err)
		}
	}
	done(b.N)
	g.Close()
}

// BenchmarkIterPull is the floor: the runtime coroutine switch alone, a
// round trip into a pulled counter and back.
func BenchmarkIterPull(b *testing.B) {
	next, stop := iter.Pull(func(yield func(int) bool) {
		for i := 0; yield(i); i++ {
		}
	})
	b.ResetTimer()
	done := cpuMetric(b)
	for i := 0; i < b.N; i++ {
		next()
	}
	done(b.N)
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
	b.ResetTimer()
	done := cpuMetric(b)
	for i := 0; i < b.N; i++ {
		in <- i
		<-out
	}
	done(b.N)
	close(in)
}

// BenchmarkNewAndDrain is the cost of a short-lived generator: create it,
// take 3 values, let it finish.
func BenchmarkNewAndDrain(b *testing.B) {
	done := cpuMetric(b)
	defer func() { done(b.N) }()
	for i := 0; i < b.N; i++ {
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
	done := cpuMetric(b)
	defer func() { done(n) }()
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
	b.ResetTimer()
	done := cpuMetric(b)
	for i := 0; i < b.N; i++ {
		for _, v := range data {
			last, _ = avg.Send(v)
		}
	}
	done(b.N * len(data))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(data)), "ns/send")
	_ = last
	avg.Close()
}

// BenchmarkIterPullEcho is the floor for Send: iter.Pull with the sent value
// passed in through a shared variable and the echo computed in the pulled
// sequence — what a generator with no state, no errors and no guard costs.
func BenchmarkIterPullEcho(b *testing.B) {
	var sent int
	next, stop := iter.Pull(func(yield func(int) bool) {
		v := 0
		for yield(v + 1) {
			v = sent
		}
	})
	next()
	sum := 0
	done := cpuMetric(b)
	for i := 0; i < b.N; i++ {
		sent = i
		v, _ := next()
		sum += v
	}
	done(b.N)
	stop()
	_ = sum
}
