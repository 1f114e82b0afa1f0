package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"strings"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gokernel/gokernel/kernel/connfile"
	"github.com/gokernel/gokernel/kernel/wire"
	"github.com/gokernel/gokernel/kernel/zguard"
)

// Run serves the Jupyter protocol on the sockets described by the
// connection file until a shutdown_request (without restart) arrives or ctx
// is done, then shuts eng down. It returns nil on a clean shutdown and an
// error when the connection file is unusable or a socket cannot be bound.
func Run(ctx context.Context, connectionFile string, eng Engine, opts ...Option) error {
	info, err := connfile.Load(connectionFile)
	if err != nil {
		return err
	}
	return Serve(ctx, info, eng, opts...)
}

// Kernel is one running kernel: its sockets, session and counters.
type Kernel struct {
	cfg     config
	log     *log.Logger
	info    *connfile.Info
	eng     Engine
	signer  *wire.Signer
	ids     *wire.IDs
	session string

	ctx  context.Context // cancelled when the kernel stops
	stop context.CancelFunc

	shellSock, controlSock, stdinSock, iopubSock, hbSock zmq4.Socket
	shell, control, stdin                                *sender
	iopub                                                *publisher

	shellQ      chan inbound
	inputReply  chan *wire.Message
	inputMu     sync.Mutex
	execCount   int
	abortBefore time.Time
	history     history

	cellMu         sync.Mutex
	cancelCell     context.CancelFunc
	restartPending bool

	shutdownOnce sync.Once
	wg           sync.WaitGroup
}

type inbound struct {
	msg *wire.Message
	at  time.Time
}

// Serve is Run with an already parsed connection file.
func Serve(ctx context.Context, info *connfile.Info, eng Engine, opts ...Option) error {
	if eng == nil {
		return errors.New("kernel: nil Engine")
	}
	if err := info.Validate(); err != nil {
		return fmt.Errorf("connection info: %w", err)
	}
	cfg := defaultConfig()
	for _, o := range opts {
		o(&cfg)
	}
	signer, err := wire.NewSigner(info.SignatureScheme, []byte(info.Key))
	if err != nil {
		return err
	}
	k := &Kernel{
		cfg: cfg, log: cfg.logger, info: info, eng: eng, signer: signer,
		ids: wire.NewIDs(), session: wire.RandomHex(16),
		shellQ:     make(chan inbound, 1024),
		inputReply: make(chan *wire.Message, 16),
	}
	k.ctx, k.stop = context.WithCancel(ctx)
	defer k.stop()
	if err := k.listen(); err != nil {
		k.closeSockets()
		return err
	}
	k.shell = newSender("shell", k.shellSock, 1024, k.log)
	k.control = newSender("control", k.controlSock, 256, k.log)
	k.stdin = newSender("stdin", k.stdinSock, 64, k.log)
	k.iopub = newPublisher(k, k.iopubSock, cfg)

	k.iopub.publish(nil, "", "status", map[string]string{"execution_state": "starting"})
	if cfg.onListening != nil {
		go cfg.onListening()
	}
	k.goRun(k.heartbeat)
	k.goRun(func() { k.readLoop("shell", k.shellSock, k.queueShell) })
	k.goRun(func() { k.readLoop("control", k.controlSock, k.handleControl) })
	k.goRun(func() { k.readLoop("stdin", k.stdinSock, k.handleStdin) })
	k.goRun(k.shellLoop)
	k.goRun(k.watchParent)

	<-k.ctx.Done()
	k.shutdownEngine(false)
	k.cancelRunningCell()
	k.shutdownSockets()
	return nil
}

func (k *Kernel) goRun(f func()) {
	k.wg.Add(1)
	go func() { defer k.wg.Done(); f() }()
}

func (k *Kernel) listen() error {
	zguard.Register()
	sockOpts := []zmq4.Option{zmq4.WithTimeout(k.cfg.sendTimeout), zmq4.WithLogger(k.log)}
	// The sockets get their own context: zmq4 closes everything when it is
	// cancelled, and the kernel wants to flush replies before that.
	bg := context.Background()
	k.shellSock = zmq4.NewRouter(bg, sockOpts...)
	k.controlSock = zmq4.NewRouter(bg, sockOpts...)
	k.stdinSock = zmq4.NewRouter(bg, sockOpts...)
	k.iopubSock = zmq4.NewPub(bg, sockOpts...)
	k.hbSock = zmq4.NewRep(bg, sockOpts...)
	if err := k.iopubSock.SetOption(zmq4.OptionHWM, iopubHWM); err != nil {
		return fmt.Errorf("iopub: %w", err)
	}
	for _, s := range []struct {
		name string
		sock zmq4.Socket
		port int
	}{
		{"shell", k.shellSock, k.info.ShellPort},
		{"control", k.controlSock, k.info.ControlPort},
		{"stdin", k.stdinSock, k.info.StdinPort},
		{"iopub", k.iopubSock, k.info.IOPubPort},
		{"hb", k.hbSock, k.info.HBPort},
	} {
		ep := "gk" + k.info.Endpoint(s.port)
		if err := s.sock.Listen(ep); err != nil {
			return fmt.Errorf("%s: cannot listen on %s: %w", s.name, strings.TrimPrefix(ep, "gk"), err)
		}
	}
	return nil
}

func (k *Kernel) closeSockets() {
	for _, s := range []zmq4.Socket{k.shellSock, k.controlSock, k.stdinSock, k.iopubSock, k.hbSock} {
		if s != nil {
			s.Close()
		}
	}
}

// shutdownSockets flushes what is queued, then closes the sockets and waits
// for the loops to end.
func (k *Kernel) shutdownSockets() {
	const flush = 2 * time.Second
	k.iopub.close()
	k.control.close(flush)
	k.shell.close(flush)
	k.stdin.close(flush)
	k.closeSockets()
	done := make(chan struct{})
	go func() { k.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(flush):
		k.log.Printf("some socket loops did not stop")
	}
}

// readLoop receives messages on a ROUTER socket, drops the ones that do not
// decode or verify (logging why) and hands the others to handle.
func (k *Kernel) readLoop(name string, sock zmq4.Socket, handle func(*wire.Message)) {
	for {
		zm, err := sock.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			k.log.Printf("%s: recv: %v", name, err)
			select {
			case <-k.ctx.Done():
				return
			case <-time.After(10 * time.Millisecond):
			}
			continue
		}
		m, err := wire.Decode(zm.Frames, k.signer)
		if err != nil {
			k.log.Printf("%s: dropped a message: %v", name, err)
			continue
		}
		handle(m)
	}
}

// heartbeat echoes every ping on its own goroutine, whatever the cell does.
func (k *Kernel) heartbeat() {
	for {
		m, err := k.hbSock.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			select {
			case <-k.ctx.Done():
				return
			case <-time.After(time.Millisecond):
			}
			continue
		}
		if err := k.hbSock.SendMulti(m); err != nil && k.ctx.Err() == nil {
			k.log.Printf("hb: %v", err)
		}
	}
}

// encode builds the frames of an outgoing message.
func (k *Kernel) encode(ids [][]byte, msgType string, parent json.RawMessage, content any) ([][]byte, error) {
	h := wire.NewHeader(k.ids, k.session, "kernel", msgType)
	hb, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	cb, err := json.Marshal(content)
	if err != nil {
		return nil, err
	}
	return wire.Encode(ids, hb, parent, nil, cb, nil, k.signer), nil
}

// reply sends msgType with content to the peer that sent req, on s.
func (k *Kernel) reply(s *sender, req *wire.Message, msgType string, content any) {
	frames, err := k.encode(req.Identities, msgType, req.RawHeader, content)
	if err != nil {
		k.log.Printf("cannot encode %s: %v", msgType, err)
		frames, _ = k.encode(req.Identities, msgType, req.RawHeader, errorContent("EncodingError", err.Error()))
	}
	s.send(frames, k.cfg.sendTimeout)
}

// publish queues an iopub message whose parent is req (nil for none).
func (k *Kernel) publish(req *wire.Message, msgType string, content any) {
	if req == nil {
		k.iopub.publish(nil, "", msgType, content)
		return
	}
	k.iopub.publish(req.RawHeader, req.Header.MsgID, msgType, content)
}

func (k *Kernel) status(req *wire.Message, state string) {
	k.publish(req, "status", map[string]string{"execution_state": state})
}

// errorContent is the content of a reply with status "error".
func errorContent(ename, evalue string) map[string]any {
	return map[string]any{"status": "error", "ename": ename, "evalue": evalue, "traceback": []string{}}
}

func (k *Kernel) cancelRunningCell() {
	k.cellMu.Lock()
	if k.cancelCell != nil {
		k.cancelCell()
	}
	k.cellMu.Unlock()
}

func (k *Kernel) shutdownEngine(restart bool) {
	if restart {
		k.safe("Shutdown", func() {
			if err := k.eng.Shutdown(true); err != nil {
				k.log.Printf("engine restart: %v", err)
			}
		})
		return
	}
	k.shutdownOnce.Do(func() {
		k.safe("Shutdown", func() {
			if err := k.eng.Shutdown(false); err != nil {
				k.log.Printf("engine shutdown: %v", err)
			}
		})
	})
}

// safe runs an Engine call, turning a panic into a logged error so that a
// bug in the engine never takes the kernel's sockets down.
func (k *Kernel) safe(what string, f func()) (panicked any) {
	defer func() {
		if r := recover(); r != nil {
			k.log.Printf("engine %s panicked: %v", what, r)
			panicked = r
		}
	}()
	f()
	return nil
}
