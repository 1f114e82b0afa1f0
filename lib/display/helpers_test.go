package display

import (
	"sync"
	"testing"
)

// recorder is a test publisher that keeps every message.
type recorder struct {
	mu   sync.Mutex
	msgs []Message
}

func (r *recorder) publish(m Message) {
	r.mu.Lock()
	r.msgs = append(r.msgs, m)
	r.mu.Unlock()
}

func (r *recorder) all() []Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Message(nil), r.msgs...)
}

// record installs a recorder as the publisher for the rest of the test.
func record(t *testing.T) *recorder {
	t.Helper()
	r := &recorder{}
	SetPublisher(r.publish)
	t.Cleanup(func() { SetPublisher(nil) })
	return r
}
