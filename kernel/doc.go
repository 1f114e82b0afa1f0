// Package kernel is the protocol side of gokernel: a Jupyter kernel
// (messaging spec 5.4) over ZeroMQ with github.com/go-zeromq/zmq4.
//
// Run reads a connection file, binds the five sockets (shell, control,
// stdin, iopub, heartbeat) on exactly the given address and serves until a
// shutdown_request or the context ends. Everything about the language is
// behind the Engine interface (engine.go); this package knows messages and
// sockets only.
//
// Goroutines and why:
//   - one reader per ROUTER socket; shell requests are queued to a single
//     shell goroutine that calls the Engine one request at a time;
//   - control is handled on its reader's goroutine, so interrupt, shutdown
//     and kernel_info never wait behind a running cell;
//   - each ROUTER socket has its own sender goroutine with a bounded queue,
//     so a client that stopped reading can delay only that socket's sends;
//   - iopub is published under one lock straight into zmq4's bounded PUB
//     queue (zmq4 writes to the subscribers on its own goroutine); stream
//     output is coalesced there;
//   - the heartbeat echoes on its own goroutine.
//
// Incoming messages are verified (HMAC-SHA256, constant time) and parsed by
// package wire; anything that fails is logged and dropped. The listening
// transports come from package zguard, which bounds the ZMTP handshake,
// each write, and the frame size.
package kernel
