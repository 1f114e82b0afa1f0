package worker

import (
	"runtime/debug"
	"syscall"

	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// limitMemory makes a runaway allocation kill the worker with Go's "fatal
// error: runtime: out of memory" (which the engine reports) before it takes
// the machine down: a soft GC target, and a hard cap on the address space.
func limitMemory() {
	limit := pipe.MemoryLimit()
	if limit == 0 {
		return
	}
	debug.SetMemoryLimit(limit / 2)
	rl := syscall.Rlimit{Cur: uint64(limit), Max: uint64(limit)}
	var old syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &old) == nil && old.Max < rl.Max {
		rl.Cur, rl.Max = old.Max, old.Max
	}
	_ = syscall.Setrlimit(syscall.RLIMIT_AS, &rl)
}
