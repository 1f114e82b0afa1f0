// Command futures benchmarks lib/futures against CPython's
// concurrent.futures in the same run and prints a Markdown report:
// per-task overhead of submit → result, CPU-bound speed-up of thread and
// process executors over serial on this machine's cores, and Map over many
// trivial items with its memory. Run from the module root:
//
//	go run ./bench/futures > bench/futures/RESULTS.md
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gokernel/gokernel/lib/futures"
)

//go:embed bench.py
var pyBench string

func noop(x int) int { return x }

// sumGenerator is the document's sum_generator: sum(n for n in range(1, n+1)).
func sumGenerator(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func init() {
	futures.Register("sum_generator", sumGenerator)
	futures.Register("noop", noop)
}

func best(reps int, fn func()) time.Duration {
	b := time.Duration(1 << 62)
	for range reps {
		t := time.Now()
		fn()
		b = min(b, time.Since(t))
	}
	return b
}

func must[T any](v T, err error) T {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	return v
}

func main() {
	futures.Main()
	python := flag.String("python", "/usr/bin/python3", "CPython to compare with")
	goTasks := flag.Int("tasks", 200000, "tasks for the overhead measurement (Go)")
	pyTasks := flag.Int("pytasks", 20000, "tasks for the overhead measurement (CPython)")
	goCPU := flag.Int("cpu", 100_000_000, "n of each CPU-bound sum_generator task (Go)")
	pyCPU := flag.Int("pycpu", 1_000_000, "n of each CPU-bound sum_generator task (CPython)")
	items := flag.Int("items", 8, "CPU-bound tasks")
	reps := flag.Int("reps", 5, "interleaved repetitions of the CPU-bound runs (best is kept)")
	mapN := flag.Int("map", 1_000_000, "trivial items through Map (Go)")
	pyMapN := flag.Int("pymap", 100_000, "trivial items through executor.map (CPython: it keeps a future per item, ~1.7 KB each)")
	flag.Parse()

	load0 := loadavg()
	py := runPython(*python, *pyTasks, *pyCPU, *items, *pyMapN, *reps)

	// Per-task overhead on a 2-worker thread pool.
	ex := must(futures.NewThreadPoolExecutor(2))
	must(futures.Submit(ex, noop, 0)).Result(futures.NoTimeout)
	roundtrip := best(3, func() {
		for i := range *goTasks {
			must(futures.Submit(ex, noop, i)).Result(futures.NoTimeout)
		}
	}) / time.Duration(*goTasks)
	batch := best(3, func() {
		fs := make([]*futures.Future[int], *goTasks)
		for i := range fs {
			fs[i] = must(futures.Submit(ex, noop, i))
		}
		for _, f := range fs {
			f.Result(futures.NoTimeout)
		}
	}) / time.Duration(*goTasks)
	ex.Shutdown(true)

	// The same round trip through a process pool (gob over pipes).
	pex := must(futures.NewProcessPoolExecutor(2))
	for range 2 {
		must(futures.Submit(pex, noop, 0)).Result()
	}
	procRoundtrip := best(3, func() {
		for i := range *goTasks / 10 {
			must(futures.Submit(pex, noop, i)).Result()
		}
	}) / time.Duration(*goTasks/10)
	pex.Shutdown(true)

	// CPU-bound work: serial, 2 goroutine workers, 2 worker processes; the
	// pools are created inside the timed region, as in the document.
	work := make([]int, *items)
	for i := range work {
		work[i] = *goCPU
	}
	sink := 0
	serialRun := func() {
		for _, w := range work {
			sink += sumGenerator(w)
		}
	}
	pool := func(ex futures.Executor) {
		defer ex.Shutdown(true)
		for v, err := range futures.Map(ex, sumGenerator, work) {
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			sink += v
		}
	}
	// Interleaved repetitions, best of each: on a shared machine the load
	// drifts, and interleaving keeps the drift from favouring one mode.
	// The control: the same work on two bare goroutines, no library. If it
	// does not speed up, the machine has no second core to give.
	bare := func() {
		done := make(chan int)
		for k := range 2 {
			go func() {
				s := 0
				for i := k; i < len(work); i += 2 {
					s += sumGenerator(work[i])
				}
				done <- s
			}()
		}
		sink += <-done + <-done
	}
	var serial, threads, procs, control timing
	for range *reps {
		serial.keepBest(timed(serialRun))
		control.keepBest(timed(bare))
		threads.keepBest(timed(func() { pool(must(futures.NewThreadPoolExecutor(2))) }))
		procs.keepBest(timed(func() { pool(must(futures.NewProcessPoolExecutor(2))) }))
	}

	// Map over many trivial items: time and heap growth.
	input := makeRange(*mapN)
	var before, peak runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	peakHeap := before.HeapAlloc
	mex := must(futures.NewThreadPoolExecutor(2))
	t := time.Now()
	total, k := 0, 0
	for v, err := range futures.Map(mex, noop, input) {
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		total += v
		if k++; k%100000 == 0 {
			runtime.GC() // live heap, not garbage awaiting collection
			runtime.ReadMemStats(&peak)
			peakHeap = max(peakHeap, peak.HeapAlloc)
		}
	}
	mapTime := time.Since(t) // includes the sampling GCs
	mex.Shutdown(true)
	tChunk := time.Now()
	mex = must(futures.NewThreadPoolExecutor(2))
	for v := range futures.Map(mex, noop, input, futures.WithChunkSize(1000)) {
		total += v
	}
	mapChunk := time.Since(tChunk)
	mex.Shutdown(true)
	_ = sink

	inputMB := float64(*mapN*8) / (1 << 20)
	growthMB := float64(int64(peakHeap)-int64(before.HeapAlloc)) / (1 << 20)
	fmt.Printf("# bench/futures results\n\n")
	fmt.Printf("Load average (1/5/15 min) at start: %s; at end: %s. The machine is shared: parallel speed-ups need idle cores, so read them with the load in mind.\n\n", load0, loadavg())
	fmt.Printf("Machine: %d CPUs (runtime.NumCPU), %s, %s/%s. CPython: %s.\n", runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH, py["version"])
	args := ""
	if len(os.Args) > 1 {
		args = " " + strings.Join(os.Args[1:], " ")
	}
	fmt.Printf("Command (module root): `go run ./bench/futures%s > bench/futures/RESULTS.md`.\n", args)
	fmt.Printf("Overhead: best of 3 runs. CPU-bound: best of %d interleaved runs of serial / threads / processes. ", *reps)
	fmt.Printf("CPython measured by the same run via `%s bench/futures/bench.py` (embedded).\n\n", *python)
	fmt.Printf("## Per-task overhead, 2-worker pools\n\n")
	fmt.Printf("| measure | Go lib/futures | CPython concurrent.futures | CPython / Go |\n|---|---|---|---|\n")
	fmt.Printf("| submit(f, i).result() one at a time | %.0f ns | %.0f ns | %.1f× |\n", ns(roundtrip), py.f("roundtrip_ns"), py.f("roundtrip_ns")/ns(roundtrip))
	fmt.Printf("| submit all, then result each | %.0f ns | %.0f ns | %.1f× |\n", ns(batch), py.f("batch_ns"), py.f("batch_ns")/ns(batch))
	fmt.Printf("| process pool (2 workers): submit(f, i).result() one at a time | %.0f ns | %.0f ns | %.1f× |\n\n", ns(procRoundtrip), py.f("proc_roundtrip_ns"), py.f("proc_roundtrip_ns")/ns(procRoundtrip))
	fmt.Printf("Go: %d tasks (process pool: %d); CPython: %d tasks (process pool: %d).\n\n", *goTasks, *goTasks/10, *pyTasks, *pyTasks/10)
	fmt.Printf("## CPU-bound sum_generator, %d tasks, 2 workers\n\n", *items)
	fmt.Printf("Go n=%d per task; CPython n=%d per task (CPython is ~100× slower per iteration, so its n is smaller; compare the speed-ups).\n\n", *goCPU, *pyCPU)
	fmt.Printf("CPU/wall is CPU time (the process and its reaped children) over wall time: the cores actually used, at most 2 here.\n\n")
	fmt.Printf("| | Go wall | Go speed-up | Go CPU/wall | CPython wall | CPython speed-up | CPython CPU/wall |\n|---|---|---|---|---|---|---|\n")
	row := func(name string, g timing, key string) {
		pw, pc := py.f("cpu_"+key+"_s"), py.f("cpu_"+key+"_cpu")
		fmt.Printf("| %s | %.3f s | %.2f× | %.2f | %.3f s | %.2f× | %.2f |\n", name, g.wall.Seconds(), serial.wall.Seconds()/g.wall.Seconds(), g.cpu.Seconds()/g.wall.Seconds(),
			pw, py.f("cpu_serial_s")/pw, pc/pw)
	}
	row("serial", serial, "serial")
	fmt.Printf("| control: 2 bare goroutines, no executor | %.3f s | %.2f× | %.2f | | | |\n", control.wall.Seconds(), serial.wall.Seconds()/control.wall.Seconds(), control.cpu.Seconds()/control.wall.Seconds())
	row("thread executor", threads, "threads")
	row("process executor (pool start-up included)", procs, "processes")
	fmt.Println()
	fmt.Printf("## Map over trivial items, 2-worker thread pool\n\nGo: %d items; CPython: %d items.\n\n", *mapN, *pyMapN)
	fmt.Printf("| | time | memory |\n|---|---|---|\n")
	fmt.Printf("| Go Map, chunk 1 | %.3f s (%.0f ns/item) | live heap growth at most %.2f MB while iterating, sampled after a GC every 100000 items (the input slice, %.1f MB, is allocated before and not counted) |\n", mapTime.Seconds(), ns(mapTime)/float64(*mapN), growthMB, inputMB)
	fmt.Printf("| Go Map, chunk 1000 | %.3f s (%.0f ns/item) | |\n", mapChunk.Seconds(), ns(mapChunk)/float64(*mapN))
	fmt.Printf("| CPython executor.map | %.3f s (%.0f ns/item) | max RSS grew %.1f MB (it submits every item up front) |\n", py.f("map_s"), py.f("map_s")*1e9/float64(*pyMapN), py.f("map_rss_growth_kb")/1024)
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// timing is one run's wall and CPU time.
type timing struct{ wall, cpu time.Duration }

func (t *timing) keepBest(u timing) {
	if t.wall == 0 || u.wall < t.wall {
		*t = u
	}
}

func cpuTime() time.Duration {
	var self, children syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	return time.Duration(self.Utime.Nano() + self.Stime.Nano() + children.Utime.Nano() + children.Stime.Nano())
}

func timed(fn func()) timing {
	c, t := cpuTime(), time.Now()
	fn()
	return timing{time.Since(t), cpuTime() - c}
}

func ns(d time.Duration) float64 { return float64(d.Nanoseconds()) }

func makeRange(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

type pyResults map[string]string

func (p pyResults) f(key string) float64 {
	v, err := strconv.ParseFloat(p[key], 64)
	if err != nil {
		fmt.Fprintf(os.Stderr, "CPython result %s: %v\n", key, err)
		os.Exit(1)
	}
	return v
}

func runPython(python string, tasks, cpu, items, mapN, reps int) pyResults {
	f := must(os.CreateTemp("", "bench-futures-*.py"))
	defer os.Remove(f.Name())
	f.WriteString(pyBench)
	f.Close()
	out, err := exec.Command(python, f.Name(), strconv.Itoa(tasks), strconv.Itoa(cpu), strconv.Itoa(items), strconv.Itoa(mapN), strconv.Itoa(reps)).Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "CPython bench: %v\n", err)
		os.Exit(1)
	}
	res := pyResults{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if k, v, ok := strings.Cut(line, " "); ok {
			res[k] = v
		}
	}
	v, _ := exec.Command(python, "--version").Output()
	res["version"] = strings.TrimSpace(string(v))
	return res
}
