//go:build race

package engine

// raceEnabled: the race detector needs more address space than the
// out-of-memory test allows the worker.
const raceEnabled = true
