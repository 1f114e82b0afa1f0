// Package zguard registers zmq4 transports ("gktcp", "gkipc") that behave
// like zmq4's tcp and ipc but guard the kernel against the hazards measured
// in zmq4 v0.17.0:
//
//   - a peer that connects and never sends the ZMTP greeting blocks zmq4's
//     accept loop, hence every later connection: the handshake gets a
//     deadline and the connection is closed when it passes;
//   - a peer that stops reading makes zmq4's sends block for many seconds
//     and, on PUB, starves every other subscriber: each write gets a
//     deadline, after which the connection is dropped (zmq4 then forgets it);
//   - a frame header announcing a huge body makes zmq4 allocate it: frames
//     larger than MaxFrame close the connection instead.
package zguard

import (
	"context"
	"errors"
	"net"
	"os"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// Limits of the guarded transports. They are variables so tests and the
// kernel's options can tighten them; set them before listening.
var (
	HandshakeTimeout = 5 * time.Second
	WriteTimeout     = 10 * time.Second
	MaxFrame         = uint64(512 << 20)
)

// Scheme returns the guarded scheme for a Jupyter transport name
// ("tcp" → "gktcp", "ipc" → "gkipc").
func Scheme(jupyterTransport string) string { return "gk" + jupyterTransport }

var once sync.Once

// Register installs the guarded transports into zmq4. It is idempotent.
func Register() {
	once.Do(func() {
		for name, network := range map[string]string{"gktcp": "tcp", "gkipc": "unix"} {
			if err := zmq4.RegisterTransport(name, guarded{network: network}); err != nil {
				panic(err) // only possible if the name is taken: a programming error
			}
		}
	})
}

type guarded struct{ network string }

func (g guarded) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	return d.DialContext(ctx, g.network, addr)
}

func (g guarded) Listen(ctx context.Context, addr string) (net.Listener, error) {
	if g.network == "unix" {
		// A socket file left by a killed kernel would make Listen fail.
		if fi, err := os.Lstat(addr); err == nil && fi.Mode()&os.ModeSocket != 0 {
			os.Remove(addr)
		}
	}
	l, err := net.Listen(g.network, addr)
	if err != nil {
		return nil, err
	}
	return &listener{Listener: l}, nil
}

func (g guarded) Addr(ep string) (string, error) {
	if g.network == "unix" {
		return ep, nil
	}
	host, port, err := net.SplitHostPort(ep)
	if err != nil {
		return "", err
	}
	switch port {
	case "", "*":
		port = "0"
	}
	switch host {
	case "", "*":
		host = "0.0.0.0"
	}
	return net.JoinHostPort(host, port), nil
}

// listener hands out guarded connections. zmq4 accepts sequentially: it
// calls Accept again only after the previous connection's handshake
// finished, so that is when the previous handshake deadline is lifted.
type listener struct {
	net.Listener
	prev *conn
}

func (l *listener) Accept() (net.Conn, error) {
	if l.prev != nil {
		l.prev.handshakeDone()
		l.prev = nil
	}
	c, err := l.Listener.Accept()
	if err != nil {
		if errors.Is(err, net.ErrClosed) {
			// zmq4 retries Accept in a loop until its context ends;
			// don't let a closed listener spin a CPU meanwhile.
			time.Sleep(50 * time.Millisecond)
		}
		return nil, err
	}
	c.SetReadDeadline(time.Now().Add(HandshakeTimeout))
	g := &conn{Conn: c, inHandshake: true}
	l.prev = g
	return g, nil
}

// conn is a guarded connection. It follows the ZMTP byte stream it reads,
// to refuse huge frames before zmq4 allocates them, and the one it writes:
// zmq4 writes a message as two writes per frame (header, body), which on a
// wrapped connection means two system calls per frame; conn holds them until
// the message's last frame and sends it with one.
type conn struct {
	net.Conn
	mu          sync.Mutex
	inHandshake bool

	in framer // read side; only Read touches it (zmq4 reads from one goroutine)

	wmu  sync.Mutex
	out  framer
	wbuf []byte
}

// maxHeld bounds what a conn holds back while a message is being written;
// past it, what is held is written and large bodies go straight through.
const maxHeld = 64 << 10

func (c *conn) handshakeDone() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.inHandshake {
		c.inHandshake = false
		c.Conn.SetReadDeadline(time.Time{})
	}
}

func (c *conn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			c.Conn.Close() // zmq4 does not close a conn whose handshake failed
		}
	}
	if n > 0 {
		if _, ferr := c.in.scan(p[:n]); ferr != nil {
			c.Conn.Close()
			return 0, ferr
		}
	}
	return n, err
}

func (c *conn) Write(p []byte) (int, error) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	boundary, _ := c.out.scan(p) // sizes are ours: no limit on the write side
	if !boundary && len(c.wbuf)+len(p) <= maxHeld {
		c.wbuf = append(c.wbuf, p...)
		return len(p), nil
	}
	var err error
	if len(c.wbuf) == 0 {
		err = c.write(p)
	} else if len(c.wbuf)+len(p) <= maxHeld {
		c.wbuf = append(c.wbuf, p...)
		err = c.write(c.wbuf)
	} else if err = c.write(c.wbuf); err == nil {
		err = c.write(p)
	}
	c.wbuf = c.wbuf[:0]
	if cap(c.wbuf) > maxHeld {
		c.wbuf = nil
	}
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// write sends b with a deadline; a peer that stopped reading is dropped.
func (c *conn) write(b []byte) error {
	c.Conn.SetWriteDeadline(time.Now().Add(WriteTimeout))
	_, err := c.Conn.Write(b)
	if err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			c.Conn.Close() // a peer that stopped reading: drop it
		}
	}
	return err
}
