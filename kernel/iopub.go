package kernel

import (
	"encoding/json"
	"log"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"
)

// iopubHWM bounds zmq4's PUB queue (in messages), as libzmq's SNDHWM does:
// beyond it zmq4 drops messages instead of growing without bound behind a
// stalled subscriber (which zguard disconnects after its write timeout).
// Stream messages are at most flushBytes, so the queue holds at most
// iopubHWM × 64 KiB. It is larger than libzmq's 1000 so that a healthy but
// momentarily slower client does not lose a cell's status messages.
const iopubHWM = 10000

// publisher owns the iopub PUB socket. Messages are handed to zmq4 in the
// order of the calls, under one lock. zmq4's PUB send only queues (its own
// goroutine writes to the subscribers), so publishing never waits on the
// network and is safe from the shell goroutine.
//
// Consecutive stream text of the same name and parent is coalesced into one
// open stream message. It is sent when anything else is published after it,
// when it reaches flushBytes, or flushInterval after it was opened.
type publisher struct {
	k    *Kernel
	sock zmq4.Socket
	log  *log.Logger

	interval   time.Duration
	flushBytes int

	mu     sync.Mutex
	open   *openStream
	closed bool
	seq    uint64
}

type openStream struct {
	seq      uint64
	parent   json.RawMessage
	parentID string
	name     string
	buf      []byte
}

func newPublisher(k *Kernel, sock zmq4.Socket, cfg config) *publisher {
	return &publisher{
		k: k, sock: sock, log: cfg.logger,
		interval: cfg.flushInterval, flushBytes: cfg.flushBytes,
	}
}

// stream queues text for the stream name under parent.
func (p *publisher) stream(parent json.RawMessage, parentID, name, text string) {
	if text == "" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	for text != "" {
		o := p.open
		if o == nil || o.name != name || o.parentID != parentID {
			p.sealLocked()
			o = p.openLocked(parent, parentID, name, nil)
		}
		// Messages stay below flushBytes (a huge write is split), so that
		// the PUB queue's bound in messages also bounds its bytes.
		room := max(p.flushBytes-len(o.buf), 1)
		n := min(room, len(text))
		o.buf = append(o.buf, text[:n]...)
		text = text[n:]
		if len(o.buf) >= p.flushBytes {
			p.splitLocked()
		}
	}
}

func (p *publisher) openLocked(parent json.RawMessage, parentID, name string, carry []byte) *openStream {
	p.seq++
	o := &openStream{seq: p.seq, parent: parent, parentID: parentID, name: name,
		buf: append(make([]byte, 0, 4096), carry...)}
	p.open = o
	seq := o.seq
	time.AfterFunc(p.interval, func() { p.flushOpen(seq) })
	return o
}

// splitLocked sends the open stream message because of its size or age. A
// UTF-8 sequence cut at its end is carried over to a new open message of the
// same stream, so no rune is split between two messages.
func (p *publisher) splitLocked() {
	o := p.open
	cut := incompleteTail(o.buf)
	if cut == 0 {
		p.sealLocked()
		return
	}
	carry := append([]byte(nil), o.buf[len(o.buf)-cut:]...)
	o.buf = o.buf[:len(o.buf)-cut]
	p.sealLocked()
	p.openLocked(o.parent, o.parentID, o.name, carry)
}

// incompleteTail returns how many bytes at the end of b are the start of a
// UTF-8 sequence that is not complete yet.
func incompleteTail(b []byte) int {
	for i := 1; i <= 3 && i <= len(b); i++ {
		c := b[len(b)-i]
		if c < 0x80 {
			return 0
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(b[len(b)-i:]) {
				return i
			}
			return 0
		}
	}
	return 0
}

// flushOpen sends the open stream message if it is still the one with seq.
func (p *publisher) flushOpen(seq uint64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.open != nil && p.open.seq == seq && !p.closed {
		p.splitLocked()
	}
}

// sealLocked sends the open stream message, if any.
func (p *publisher) sealLocked() {
	o := p.open
	if o == nil {
		return
	}
	p.open = nil
	if len(o.buf) == 0 {
		return
	}
	p.sendLocked(o.parent, "stream", map[string]string{"name": o.name, "text": string(o.buf)})
}

// publish sends a message after any open stream output.
func (p *publisher) publish(parent json.RawMessage, parentID, msgType string, content any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.sealLocked()
	p.sendLocked(parent, msgType, content)
}

func (p *publisher) sendLocked(parent json.RawMessage, msgType string, content any) {
	frames, err := p.k.encode([][]byte{[]byte("kernel." + p.k.session[:8] + "." + msgType)},
		msgType, parent, content)
	if err != nil {
		p.log.Printf("iopub: cannot encode %s: %v", msgType, err)
		return
	}
	if err := p.sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		p.log.Printf("iopub: send %s: %v", msgType, err)
	}
}

// flush sends any open stream output now.
func (p *publisher) flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sealLocked()
}

// close flushes and stops publishing.
func (p *publisher) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sealLocked()
	p.closed = true
}
