// Package futures is a Go port of Python's concurrent.futures: a Future with
// Python's states (pending, running, cancelled, finished), thread and process
// executors, Submit, Map, Wait and AsCompleted.
//
// Python's semantics are kept; the idioms are Go's:
//
//   - Executors are values with Shutdown; Go has no generic methods, so the
//     typed operations are package functions taking the executor:
//     Submit(ex, fn, arg), Map(ex, fn, items). `defer ex.Shutdown(true)` plays
//     the part of Python's `with executor:` block.
//   - Timeouts are time.Durations: a negative one (NoTimeout) waits forever
//     like Python's timeout=None, zero only polls. Result and Exception take
//     it optionally (f.Result() waits as long as it takes). Context variants
//     exist (ResultContext, WaitContext).
//   - A Future prints like Python's repr, with a process-wide sequence
//     number where Python shows the address:
//     <Future at #3 state=finished returned int>.
//   - Exceptions are errors. A panic in a task becomes a *PanicError carrying
//     the panic value and its stack; Python's TimeoutError, CancelledError and
//     BrokenExecutor are ErrTimeout, ErrCancelled and *BrokenPoolError.
//   - Python's sets (the done / not-done sets of wait) are slices in input
//     order, so printed output is deterministic.
//
// ThreadPoolExecutor runs tasks on goroutines: unlike CPython there is no
// GIL, so CPU-bound work scales with the cores. ProcessPoolExecutor runs
// registered functions (Register) in separate OS processes with
// gob-encoded arguments and results; a compiled program makes it work by
// calling Main first thing in main. A worker that crashes or calls os.Exit
// breaks only the futures it was running and is replaced. How workers are
// started is a seam (Launcher, Serve), so a notebook kernel can start
// interpreter processes instead of re-executing the program.
package futures
