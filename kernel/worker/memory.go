package worker

import (
	"os"
	"runtime/debug"
	"strconv"
	"syscall"
)

// DefaultMemoryLimit caps the worker's address space unless
// GOKERNEL_WORKER_MEMORY (bytes, 0 for no limit) says otherwise.
const DefaultMemoryLimit = 8 << 30

// limitMemory makes a runaway allocation kill the worker with Go's "fatal
// error: runtime: out of memory" (which the engine reports) before it takes
// the machine down: a soft GC target, and a hard cap on the address space.
func limitMemory() {
	limit := int64(DefaultMemoryLimit)
	if s := os.Getenv("GOKERNEL_WORKER_MEMORY"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
			limit = n
		}
	}
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

// MemoryLimitText describes the worker's memory cap for error messages.
func MemoryLimitText() string {
	limit := int64(DefaultMemoryLimit)
	if s := os.Getenv("GOKERNEL_WORKER_MEMORY"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
			limit = n
		}
	}
	if limit == 0 {
		return "unset"
	}
	return strconv.FormatInt(limit>>20, 10) + " MiB of address space, GOKERNEL_WORKER_MEMORY"
}
