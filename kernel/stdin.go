package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"sync/atomic"

	"github.com/gokernel/gokernel/kernel/wire"
)

type atomicBool = atomic.Bool

// handleStdin receives input_reply messages and hands them to the waiting
// Input call. Replies nobody waits for are dropped.
func (k *Kernel) handleStdin(m *wire.Message) {
	if m.Header.MsgType != "input_reply" {
		k.log.Printf("stdin: ignoring %q", m.Header.MsgType)
		return
	}
	select {
	case k.inputReply <- m:
	default:
		k.log.Printf("stdin: dropped an input_reply nobody waited for")
	}
}

// requestInput sends input_request to the client that sent req and waits
// for its input_reply, the cell's interrupt, or the kernel's shutdown.
func (k *Kernel) requestInput(ctx context.Context, req *wire.Message, prompt string, password bool) (string, error) {
	k.inputMu.Lock() // one question at a time
	defer k.inputMu.Unlock()
	for { // forget stale replies
		select {
		case <-k.inputReply:
			continue
		default:
		}
		break
	}
	// The prompt must follow what the cell printed before asking.
	k.iopub.flush()
	frames, err := k.encode(req.Identities, "input_request", req.RawHeader,
		map[string]any{"prompt": prompt, "password": password})
	if err != nil {
		return "", err
	}
	if err := k.stdin.send(frames, k.cfg.sendTimeout); err != nil {
		return "", errors.New("stdin: cannot send input_request: " + err.Error())
	}
	for {
		select {
		case <-ctx.Done():
			return "", errors.New("input interrupted")
		case <-k.ctx.Done():
			return "", errors.New("input cancelled: the kernel is shutting down")
		case m := <-k.inputReply:
			var c struct {
				Value string `json:"value"`
			}
			if err := json.Unmarshal(m.Content, &c); err != nil {
				return "", errors.New("stdin: bad input_reply: " + err.Error())
			}
			return c.Value, nil
		}
	}
}
