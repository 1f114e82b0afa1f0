package kernel

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gokernel/gokernel/kernel/connfile"
	"github.com/gokernel/gokernel/kernel/wire"
)

// testKernel is a kernel served in-process over real zmq4 sockets, and a
// client speaking to it as jupyter_client would (DEALER, SUB, REQ, signed).
type testKernel struct {
	t      testing.TB
	info   *connfile.Info
	eng    *fakeEngine
	done   chan error
	cancel context.CancelFunc
	logs   *syncBuffer

	signer                *wire.Signer
	ids                   *wire.IDs
	session               string
	shell, control, stdin zmq4.Socket
	iopub, hb             zmq4.Socket
	shellIn, controlIn    chan *wire.Message
	stdinIn, iopubIn      chan *wire.Message
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var ipcSeq int

func ipcInfo(t testing.TB) *connfile.Info {
	ipcSeq++
	return &connfile.Info{
		Transport: "ipc", IP: filepath.Join(t.TempDir(), "k"),
		ShellPort: 1, IOPubPort: 2, StdinPort: 3, ControlPort: 4, HBPort: 5,
		Key: "test-key-" + wire.RandomHex(4), SignatureScheme: "hmac-sha256",
	}
}

func startKernel(t testing.TB, info *connfile.Info, opts ...Option) *testKernel {
	t.Helper()
	tk := &testKernel{t: t, info: info, eng: newFakeEngine(), done: make(chan error, 1), logs: &syncBuffer{}}
	ctx, cancel := context.WithCancel(context.Background())
	tk.cancel = cancel
	opts = append([]Option{WithLogger(tk.logs)}, opts...)
	go func() { tk.done <- Serve(ctx, info, tk.eng, opts...) }()
	t.Cleanup(func() {
		tk.cancel()
		select {
		case <-tk.done:
		case <-time.After(5 * time.Second):
			t.Error("kernel did not stop")
		}
		for _, s := range []zmq4.Socket{tk.shell, tk.control, tk.stdin, tk.iopub, tk.hb} {
			if s != nil {
				s.Close()
			}
		}
		if t.Failed() {
			t.Logf("kernel log:\n%s", tk.logs.String())
		}
	})
	tk.connect()
	return tk
}

func (tk *testKernel) connect() {
	t := tk.t
	var err error
	tk.signer, err = wire.NewSigner("hmac-sha256", []byte(tk.info.Key))
	if err != nil {
		t.Fatal(err)
	}
	tk.ids = wire.NewIDs()
	tk.session = wire.RandomHex(8)
	id := zmq4.SocketIdentity(tk.session)
	ctx := context.Background()
	dial := func(s zmq4.Socket, port int) zmq4.Socket {
		for range 100 { // the kernel may still be binding
			if err = s.Dial(tk.info.Endpoint(port)); err == nil {
				return s
			}
			time.Sleep(20 * time.Millisecond)
		}
		t.Fatalf("dial %d: %v", port, err)
		return nil
	}
	opts := []zmq4.Option{zmq4.WithID(id), zmq4.WithTimeout(5 * time.Second), zmq4.WithDialerRetry(20 * time.Millisecond)}
	tk.shell = dial(zmq4.NewDealer(ctx, opts...), tk.info.ShellPort)
	tk.control = dial(zmq4.NewDealer(ctx, opts...), tk.info.ControlPort)
	tk.stdin = dial(zmq4.NewDealer(ctx, opts...), tk.info.StdinPort)
	tk.iopub = zmq4.NewSub(ctx, zmq4.WithDialerRetry(20*time.Millisecond))
	if err := tk.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	dial(tk.iopub, tk.info.IOPubPort)
	tk.hb = dial(zmq4.NewReq(ctx, zmq4.WithDialerRetry(20*time.Millisecond), zmq4.WithTimeout(5*time.Second)), tk.info.HBPort)
	tk.shellIn = tk.pump(tk.shell)
	tk.controlIn = tk.pump(tk.control)
	tk.stdinIn = tk.pump(tk.stdin)
	tk.iopubIn = tk.pump(tk.iopub)
	// Like jupyter_client: ask kernel_info until iopub is known to be
	// subscribed (a status message arrives), so no iopub message is lost.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		tk.send(tk.shell, "kernel_info_request", map[string]any{})
		tk.recvType(tk.shellIn, "kernel_info_reply")
		select {
		case <-tk.iopubIn:
			tk.drainIOPub(50 * time.Millisecond)
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatal("iopub never delivered a status message")
}

func (tk *testKernel) pump(s zmq4.Socket) chan *wire.Message {
	ch := make(chan *wire.Message, 100000)
	go func() {
		for {
			m, err := s.Recv()
			if err != nil {
				return
			}
			frames := m.Frames
			if s.Type() == zmq4.Sub {
				frames = frames[1:] // topic
			}
			msg, err := wire.Decode(frames, tk.signer)
			if err != nil {
				tk.t.Errorf("client got an undecodable message: %v", err)
				continue
			}
			ch <- msg
		}
	}()
	return ch
}

// send signs and sends a request; it returns the request's msg_id.
func (tk *testKernel) send(s zmq4.Socket, msgType string, content any) string {
	tk.t.Helper()
	h := wire.NewHeader(tk.ids, tk.session, "test", msgType)
	hb, _ := json.Marshal(h)
	cb, _ := json.Marshal(content)
	frames := wire.Encode(nil, hb, nil, nil, cb, nil, tk.signer)
	tk.sendRaw(s, frames)
	return h.MsgID
}

func (tk *testKernel) sendRaw(s zmq4.Socket, frames [][]byte) {
	tk.t.Helper()
	if err := s.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		tk.t.Fatalf("send: %v", err)
	}
}

func (tk *testKernel) recv(ch chan *wire.Message, timeout time.Duration) *wire.Message {
	tk.t.Helper()
	select {
	case m := <-ch:
		return m
	case <-time.After(timeout):
		tk.t.Fatalf("no message within %v", timeout)
		return nil
	}
}

func (tk *testKernel) recvType(ch chan *wire.Message, msgType string) *wire.Message {
	tk.t.Helper()
	m := tk.recv(ch, 10*time.Second)
	if m.Header.MsgType != msgType {
		tk.t.Fatalf("got %s, want %s: %s", m.Header.MsgType, msgType, m.Content)
	}
	return m
}

func (tk *testKernel) drainIOPub(quiet time.Duration) {
	for {
		select {
		case <-tk.iopubIn:
		case <-time.After(quiet):
			return
		}
	}
}

// iopubUntilIdle collects the iopub messages of request msgID from busy to
// idle (excluding both).
func (tk *testKernel) iopubUntilIdle(msgID string) []*wire.Message {
	tk.t.Helper()
	var out []*wire.Message
	busy := false
	for {
		m := tk.recv(tk.iopubIn, 10*time.Second)
		if parentID(m) != msgID {
			continue
		}
		if m.Header.MsgType == "status" {
			state := contentMap(m)["execution_state"]
			if state == "busy" {
				busy = true
				continue
			}
			if state == "idle" {
				if !busy {
					tk.t.Fatalf("idle before busy for %s", msgID)
				}
				return out
			}
		}
		out = append(out, m)
	}
}

// execute runs code and returns its reply content and iopub messages.
func (tk *testKernel) execute(code string, extra map[string]any) (map[string]any, []*wire.Message) {
	tk.t.Helper()
	c := map[string]any{"code": code, "silent": false, "store_history": true,
		"user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}
	for k, v := range extra {
		c[k] = v
	}
	id := tk.send(tk.shell, "execute_request", c)
	reply := tk.recvType(tk.shellIn, "execute_reply")
	if parentID(reply) != id {
		tk.t.Fatalf("reply to %s, want %s", parentID(reply), id)
	}
	return contentMap(reply), tk.iopubUntilIdle(id)
}

// alive checks that the kernel still answers kernel_info on shell.
func (tk *testKernel) alive() {
	tk.t.Helper()
	id := tk.send(tk.shell, "kernel_info_request", map[string]any{})
	for {
		m := tk.recv(tk.shellIn, 10*time.Second)
		if parentID(m) == id {
			if m.Header.MsgType != "kernel_info_reply" {
				tk.t.Fatalf("got %s", m.Header.MsgType)
			}
			return
		}
	}
}

func parentID(m *wire.Message) string {
	var h wire.Header
	json.Unmarshal(m.ParentHeader, &h)
	return h.MsgID
}

func contentMap(m *wire.Message) map[string]any {
	var c map[string]any
	if err := json.Unmarshal(m.Content, &c); err != nil {
		panic(fmt.Sprint("bad content: ", err))
	}
	return c
}

func streamText(msgs []*wire.Message, name string) string {
	var s string
	for _, m := range msgs {
		if m.Header.MsgType == "stream" && contentMap(m)["name"] == name {
			s += contentMap(m)["text"].(string)
		}
	}
	return s
}

func types(msgs []*wire.Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Header.MsgType)
	}
	return out
}
