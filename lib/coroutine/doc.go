// Package coroutine ports Python's generators, generator-based coroutines and
// a small asyncio-style event loop to Go.
//
// A [Generator] runs a body that yields values of type Y, receives values of
// type S when it is resumed, and finally returns a value of type R (Python's
// StopIteration.value). It supports Next, Send, Throw and Close with Python's
// rules, reports [State] like inspect.getgeneratorstate, delegates with
// [YieldFrom] (PEP 380), and ranges as an iter.Seq through [Generator.All].
// Generators are built on the runtime's coroutine switch (iter.Pull), so a
// Send round trip is a pair of goroutine hand-offs without channels or the
// scheduler.
//
// [Run] starts a single-threaded event loop: tasks made with [CreateTask],
// [Await], [Loop.Sleep], [Gather], [WaitFor] and cancellation delivered at the
// await point. Only one task runs at a time, so tasks never race with each
// other, unlike goroutines.
package coroutine
