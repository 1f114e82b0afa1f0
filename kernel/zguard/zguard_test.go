package zguard

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"net"
	"testing"
	"time"
)

func frame(flags byte, body []byte) []byte {
	if len(body) < 256 && flags&0x02 == 0 {
		return append([]byte{flags, byte(len(body))}, body...)
	}
	h := make([]byte, 9)
	h[0] = flags | 0x02
	binary.BigEndian.PutUint64(h[1:], uint64(len(body)))
	return append(h, body...)
}

func TestScanAcceptsFramesInAnySplit(t *testing.T) {
	stream := make([]byte, 64) // greeting
	stream = append(stream, frame(0x04, []byte("\x05READY"))...)
	stream = append(stream, frame(0x01, []byte("id"))...)
	stream = append(stream, frame(0x02, bytes.Repeat([]byte("x"), 1000))...)
	stream = append(stream, frame(0x00, nil)...)
	// Message ends: after the greeting, after READY, after the long frame
	// (the "id" frame before it has MORE), after the empty frame.
	ends := map[int]bool{64: true, 64 + 8: true, 64 + 8 + 4 + 1009: true, len(stream): true}
	for chunk := 1; chunk <= len(stream); chunk *= 3 {
		var f framer
		for i := 0; i < len(stream); i += chunk {
			j := min(i+chunk, len(stream))
			boundary, err := f.scan(stream[i:j])
			if err != nil {
				t.Fatalf("chunk %d: %v", chunk, err)
			}
			if boundary != ends[j] {
				t.Fatalf("chunk %d: boundary after byte %d = %v, want %v", chunk, j, boundary, ends[j])
			}
		}
		if f.body != 0 || len(f.hdr) != 0 {
			t.Fatalf("chunk %d: parser not at a frame boundary: %+v", chunk, f)
		}
	}
}

func TestScanRefusesHugeFrame(t *testing.T) {
	h := make([]byte, 9)
	h[0] = 0x02
	binary.BigEndian.PutUint64(h[1:], MaxFrame+1)
	var f framer
	_, err := f.scan(append(make([]byte, 64), h...))
	if !errors.Is(err, errFrameTooLarge) {
		t.Fatalf("err = %v", err)
	}
}

// countingConn records the writes that reach the network.
type countingConn struct {
	net.Conn
	writes [][]byte
}

func (c *countingConn) Write(p []byte) (int, error) {
	c.writes = append(c.writes, append([]byte(nil), p...))
	return len(p), nil
}
func (c *countingConn) SetWriteDeadline(time.Time) error { return nil }

// TestWriteSendsAMessageAtOnce: written header by header and body by body
// as zmq4 does, a message leaves in one write, the greeting in another, and
// a body larger than maxHeld is not copied.
func TestWriteSendsAMessageAtOnce(t *testing.T) {
	under := &countingConn{}
	c := &conn{Conn: under}
	greeting := bytes.Repeat([]byte("g"), 64)
	c.Write(greeting)
	msg := [][]byte{
		{0x01, 2}, []byte("id"),
		{0x01, 0},
		{0x00, 5}, []byte("hello"),
	}
	var want []byte
	for _, p := range msg {
		if n, err := c.Write(p); n != len(p) || err != nil {
			t.Fatalf("Write = %d, %v", n, err)
		}
		want = append(want, p...)
	}
	if len(under.writes) != 2 || !bytes.Equal(under.writes[0], greeting) || !bytes.Equal(under.writes[1], want) {
		t.Fatalf("writes = %q, want the greeting then %q", under.writes, want)
	}
	big := bytes.Repeat([]byte("b"), maxHeld+1)
	hdr := frame(0x02, big)[:9]
	c.Write(hdr)
	c.Write(big)
	if len(under.writes) != 4 || !bytes.Equal(under.writes[2], hdr) || len(under.writes[3]) != len(big) {
		t.Fatalf("big frame: %d writes", len(under.writes))
	}
}

// TestHandshakeDeadline: a peer that never speaks is cut off after
// HandshakeTimeout; once the next Accept starts, the deadline is lifted.
func TestHandshakeDeadline(t *testing.T) {
	old := HandshakeTimeout
	HandshakeTimeout = 100 * time.Millisecond
	defer func() { HandshakeTimeout = old }()
	l, err := guarded{network: "tcp"}.Listen(context.Background(), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	peer, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	c, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Read(make([]byte, 1))
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		t.Fatalf("silent peer: err = %v, want a timeout", err)
	}

	// A peer that completes its handshake keeps its connection.
	peer2, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer peer2.Close()
	c2, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	go func() { l.Accept() }() // zmq4 accepts again after a handshake
	time.Sleep(2 * HandshakeTimeout)
	peer2.Write([]byte{0xff})
	if _, err := c2.Read(make([]byte, 1)); err != nil {
		t.Fatalf("after the handshake: %v", err)
	}
}
