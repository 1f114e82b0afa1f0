package pipe

import (
	"os"
	"strconv"
)

// DefaultMemoryLimit caps the worker's address space unless
// GOKERNEL_WORKER_MEMORY (bytes, 0 for no limit) says otherwise.
const DefaultMemoryLimit = 8 << 30

// MemoryLimit is the worker's address-space cap in bytes (0: none), from
// GOKERNEL_WORKER_MEMORY or DefaultMemoryLimit.
func MemoryLimit() int64 {
	if s := os.Getenv("GOKERNEL_WORKER_MEMORY"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
			return n
		}
	}
	return DefaultMemoryLimit
}

// MemoryLimitText describes the worker's memory cap for error messages.
func MemoryLimitText() string {
	limit := MemoryLimit()
	if limit == 0 {
		return "unset"
	}
	return strconv.FormatInt(limit>>20, 10) + " MiB of address space, GOKERNEL_WORKER_MEMORY"
}
