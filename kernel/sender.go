package kernel

import (
	"errors"
	"log"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
)

// sender owns the sending side of one ROUTER (or REP) socket. Handlers
// queue frames and return at once; one goroutine per socket does the send,
// so a peer that stopped reading can delay only its own socket's sends,
// never the shell or the cell.
type sender struct {
	name string
	sock zmq4.Socket
	q    chan []([]byte)
	log  *log.Logger
	wg   sync.WaitGroup
	once sync.Once
}

var errQueueFull = errors.New("send queue full")

func newSender(name string, sock zmq4.Socket, size int, logger *log.Logger) *sender {
	s := &sender{name: name, sock: sock, q: make(chan [][]byte, size), log: logger}
	s.wg.Add(1)
	go s.run()
	return s
}

func (s *sender) run() {
	defer s.wg.Done()
	for frames := range s.q {
		if err := s.sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
			s.log.Printf("%s: send failed: %v", s.name, err)
		}
	}
}

// send queues frames, waiting at most wait for room in the queue.
func (s *sender) send(frames [][]byte, wait time.Duration) (err error) {
	defer func() {
		if recover() != nil { // queue closed during shutdown
			err = errors.New(s.name + ": closed")
		}
	}()
	select {
	case s.q <- frames:
		return nil
	default:
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case s.q <- frames:
		return nil
	case <-t.C:
		s.log.Printf("%s: %v, message dropped", s.name, errQueueFull)
		return errQueueFull
	}
}

// close stops accepting messages and waits up to d for the queued ones to
// be handed to the socket.
func (s *sender) close(d time.Duration) {
	s.once.Do(func() { close(s.q) })
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
		s.log.Printf("%s: gave up flushing after %v", s.name, d)
	}
}
