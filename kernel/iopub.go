package kernel

import (
	"encoding/json"
	"fmt"
	"log"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
)

// publisher owns the iopub PUB socket. Everything published goes through one
// FIFO, so iopub order is the order of the calls. Consecutive stream output
// of the same name and parent is coalesced into one open item that is sent
// when something else is published after it, when it grows past flushBytes,
// or when it is flushInterval old. Calls never block on the socket.
type publisher struct {
	k    *Kernel
	sock zmq4.Socket
	log  *log.Logger

	interval   time.Duration
	flushBytes int
	maxPending int
	maxItems   int

	mu      sync.Mutex
	sent    *sync.Cond
	items   []*pubItem
	open    *pubItem // last item, still accepting stream text
	pending int      // stream bytes queued
	dropped int      // stream bytes dropped since the last note
	nextSeq uint64
	sentSeq uint64
	closed  bool
	wake    chan struct{}
	done    chan struct{}
}

type pubItem struct {
	seq      uint64
	parent   json.RawMessage
	parentID string
	msgType  string
	content  any
	name     string // stream name, for stream items
	buf      []byte
	born     time.Time
}

func newPublisher(k *Kernel, sock zmq4.Socket, cfg config) *publisher {
	p := &publisher{
		k: k, sock: sock, log: cfg.logger,
		interval: cfg.flushInterval, flushBytes: cfg.flushBytes,
		maxPending: cfg.maxPending, maxItems: 100000,
		wake: make(chan struct{}, 1), done: make(chan struct{}),
	}
	p.sent = sync.NewCond(&p.mu)
	go p.run()
	return p
}

func (p *publisher) signal() {
	select {
	case p.wake <- struct{}{}:
	default:
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
	if p.pending+len(text) > p.maxPending {
		p.dropped += len(text)
		return
	}
	if p.dropped > 0 {
		note := fmt.Sprintf("\n[gokernel: %d bytes of output dropped: the client did not keep up]\n", p.dropped)
		p.dropped = 0
		p.appendStream(parent, parentID, "stderr", note)
	}
	p.appendStream(parent, parentID, name, text)
}

func (p *publisher) appendStream(parent json.RawMessage, parentID, name, text string) {
	o := p.open
	if o != nil && o.name == name && o.parentID == parentID {
		o.buf = append(o.buf, text...)
		p.pending += len(text)
		if len(o.buf) >= p.flushBytes {
			p.open = nil
			p.signal()
		}
		return
	}
	p.nextSeq++
	it := &pubItem{seq: p.nextSeq, parent: parent, parentID: parentID, msgType: "stream",
		name: name, buf: []byte(text), born: time.Now()}
	p.items = append(p.items, it)
	p.pending += len(text)
	p.open = it
	if len(it.buf) >= p.flushBytes {
		p.open = nil
	}
	p.signal()
}

// publish queues a message. Status messages are never dropped; other
// messages are dropped (and logged) when maxItems are already waiting.
func (p *publisher) publish(parent json.RawMessage, parentID, msgType string, content any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	if len(p.items) >= p.maxItems && msgType != "status" {
		p.log.Printf("iopub: %d messages waiting, %s dropped", len(p.items), msgType)
		return
	}
	p.open = nil
	p.nextSeq++
	p.items = append(p.items, &pubItem{seq: p.nextSeq, parent: parent, parentID: parentID,
		msgType: msgType, content: content})
	p.signal()
}

// flush seals any open stream and waits (at most d) until everything
// queued so far has been handed to the socket.
func (p *publisher) flush(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.open != nil {
		p.open = nil
		p.signal()
	}
	target := p.nextSeq
	if p.sentSeq >= target {
		return
	}
	timedOut := false
	t := time.AfterFunc(d, func() {
		p.mu.Lock()
		timedOut = true
		p.sent.Broadcast()
		p.mu.Unlock()
	})
	defer t.Stop()
	for p.sentSeq < target && !timedOut && !p.closed {
		p.sent.Wait()
	}
}

func (p *publisher) run() {
	defer close(p.done)
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		p.mu.Lock()
		if len(p.items) == 0 {
			if p.closed {
				p.mu.Unlock()
				return
			}
			p.mu.Unlock()
			<-p.wake
			continue
		}
		it := p.items[0]
		if it == p.open && !p.closed {
			if wait := p.interval - time.Since(it.born); wait > 0 {
				p.mu.Unlock()
				timer.Reset(wait)
				select {
				case <-timer.C:
				case <-p.wake:
					if !timer.Stop() {
						<-timer.C
					}
				}
				continue
			}
			p.open = nil
		}
		p.items[0] = nil
		p.items = p.items[1:]
		if it.msgType == "stream" {
			p.pending -= len(it.buf)
			it.content = map[string]string{"name": it.name, "text": string(it.buf)}
		}
		p.mu.Unlock()

		p.send(it)

		p.mu.Lock()
		p.sentSeq = it.seq
		p.sent.Broadcast()
		p.mu.Unlock()
	}
}

func (p *publisher) send(it *pubItem) {
	frames, err := p.k.encode([][]byte{[]byte("kernel." + p.k.session[:8] + "." + it.msgType)},
		it.msgType, it.parent, it.content)
	if err != nil {
		p.log.Printf("iopub: cannot encode %s: %v", it.msgType, err)
		return
	}
	if err := p.sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		p.log.Printf("iopub: send %s: %v", it.msgType, err)
	}
}

// close sends what is queued (waiting at most d) and stops the publisher.
func (p *publisher) close(d time.Duration) {
	p.flush(d)
	p.mu.Lock()
	p.closed = true
	p.sent.Broadcast()
	p.mu.Unlock()
	p.signal()
	select {
	case <-p.done:
	case <-time.After(d):
	}
}
