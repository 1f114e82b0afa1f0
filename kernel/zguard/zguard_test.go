package zguard

import (
	"bytes"
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
	for chunk := 1; chunk <= len(stream); chunk *= 3 {
		c := &conn{}
		for i := 0; i < len(stream); i += chunk {
			if err := c.scan(stream[i:min(i+chunk, len(stream))]); err != nil {
				t.Fatalf("chunk %d: %v", chunk, err)
			}
		}
		if c.body != 0 || len(c.hdr) != 0 {
			t.Fatalf("chunk %d: parser not at a frame boundary: %+v", chunk, c)
		}
	}
}

func TestScanRefusesHugeFrame(t *testing.T) {
	h := make([]byte, 9)
	h[0] = 0x02
	binary.BigEndian.PutUint64(h[1:], MaxFrame+1)
	c := &conn{}
	err := c.scan(append(make([]byte, 64), h...))
	if !errors.Is(err, errFrameTooLarge) {
		t.Fatalf("err = %v", err)
	}
}

// TestHandshakeDeadline: a peer that never speaks is cut off after
// HandshakeTimeout; once the next Accept starts, the deadline is lifted.
func TestHandshakeDeadline(t *testing.T) {
	old := HandshakeTimeout
	HandshakeTimeout = 100 * time.Millisecond
	defer func() { HandshakeTimeout = old }()
	l, err := guarded{network: "tcp"}.Listen(nil, "127.0.0.1:0")
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
