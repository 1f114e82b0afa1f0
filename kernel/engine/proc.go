package engine

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"

	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// proc is one running worker process and the goroutines that read it.
//
// Ordering: the stdout and stderr readers forward text as it comes; when a
// reader meets sync marker n it stops until the dispatcher has delivered
// event n (which needs both streams at n). So an event lands after every
// byte printed before it and before every byte printed after it.
type proc struct {
	cmd  *exec.Cmd
	sink sink

	sendMu sync.Mutex
	req    *os.File
	enc    *json.Encoder

	outAt, errAt chan uint64
	outGo, errGo chan struct{}

	ready chan struct{}
	done  chan pipe.Event
	// dispDone is closed when the dispatcher has no more events.
	dispDone chan struct{}

	// dead is closed once the process has exited and its streams are
	// drained; exitErr and tail say how it ended.
	dead    chan struct{}
	exitErr error

	tailMu sync.Mutex
	tail   []byte   // the last bytes of stderr
	dump   []byte   // the start of a runtime crash dump
	frames []string // interpreted panic frames since the last reset

	killOnce sync.Once
}

// sink is what a proc delivers to (the engine).
type sink interface {
	stream(name, text string)
	event(p *proc, ev pipe.Event)
}

const tailSize = 8 << 10

// startProc launches the worker command with its pipes wired.
func startProc(command []string, env []string, s sink) (*proc, error) {
	if len(command) == 0 {
		return nil, errors.New("engine: empty worker command")
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	errR, errW, err := os.Pipe()
	if err != nil {
		closeAll(outR, outW)
		return nil, err
	}
	reqR, reqW, err := os.Pipe()
	if err != nil {
		closeAll(outR, outW, errR, errW)
		return nil, err
	}
	evR, evW, err := os.Pipe()
	if err != nil {
		closeAll(outR, outW, errR, errW, reqR, reqW)
		return nil, err
	}
	cmd := exec.Command(command[0], command[1:]...)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = outW, errW
	cmd.ExtraFiles = []*os.File{reqR, evW} // fds 3 and 4
	// Its own process group: a Ctrl-C meant for the notebook server must
	// not kill the interpreter; and it dies with the kernel.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		closeAll(outR, outW, errR, errW, reqR, reqW, evR, evW)
		return nil, fmt.Errorf("engine: starting worker %q: %w", command[0], err)
	}
	closeAll(outW, errW, reqR, evW)

	p := &proc{
		cmd: cmd, sink: s, req: reqW, enc: json.NewEncoder(reqW),
		outAt: make(chan uint64), errAt: make(chan uint64),
		outGo: make(chan struct{}), errGo: make(chan struct{}),
		ready: make(chan struct{}), done: make(chan pipe.Event, 4),
		dead: make(chan struct{}), dispDone: make(chan struct{}),
	}
	events := make(chan pipe.Event, 256)
	var readers sync.WaitGroup
	readers.Add(3)
	go func() { defer readers.Done(); p.readStream("stdout", outR, p.outAt, p.outGo) }()
	go func() { defer readers.Done(); p.readStream("stderr", errR, p.errAt, p.errGo) }()
	go func() { defer readers.Done(); p.readEvents(evR, events) }()
	go p.dispatch(events)
	go func() {
		err := cmd.Wait()
		// Drain what the process wrote before it died; a grandchild
		// holding the pipes open must not stall the report.
		drained := make(chan struct{})
		go func() { readers.Wait(); close(drained) }()
		select {
		case <-drained:
		case <-time.After(500 * time.Millisecond):
		}
		p.exitErr = err
		closeAll(reqW)
		close(p.dead)
	}()
	return p, nil
}

func closeAll(fs ...*os.File) {
	for _, f := range fs {
		f.Close()
	}
}

// readStream forwards one output stream, pausing at each sync marker.
func (p *proc) readStream(name string, r *os.File, at chan<- uint64, gate <-chan struct{}) {
	defer close(at)
	defer r.Close()
	var sp splitter
	buf := make([]byte, 64<<10)
	var cw crashWatch
	text := func(b []byte) {
		if name == "stderr" {
			var dump []byte
			b, dump = cw.feed(b)
			if len(dump) > 0 {
				p.keepDump(dump)
			}
			p.keepTail(b)
		}
		if len(b) > 0 {
			p.sink.stream(name, string(b))
		}
	}
	marker := func(seq uint64) {
		// Whatever was held back was ordinary output: the worker is
		// alive enough to write markers.
		if held := cw.release(); len(held) > 0 {
			p.keepTail(held)
			p.sink.stream(name, string(held))
		}
		select {
		case at <- seq:
		case <-p.dispDone:
			return
		}
		select {
		case <-gate:
		case <-p.dispDone:
		}
	}
	for {
		n, err := r.Read(buf)
		if n > 0 {
			sp.feed(buf[:n], text, marker)
		}
		if err != nil {
			if rest := sp.flush(); len(rest) > 0 {
				text(rest)
			}
			if held := cw.release(); len(held) > 0 {
				p.sink.stream(name, string(held))
			}
			return
		}
	}
}

// keepDump keeps the start of a crash dump for the report.
func (p *proc) keepDump(b []byte) {
	p.tailMu.Lock()
	if n := 2048 - len(p.dump); n > 0 {
		p.dump = append(p.dump, b[:min(n, len(b))]...)
	}
	p.tailMu.Unlock()
}

func (p *proc) keepTail(b []byte) {
	p.tailMu.Lock()
	p.tail = append(p.tail, b...)
	if len(p.tail) > tailSize {
		p.tail = append([]byte(nil), p.tail[len(p.tail)-tailSize:]...)
	}
	p.tailMu.Unlock()
}

// crashInfo returns the end of stderr and the panic frames seen since the
// last eval started.
func (p *proc) crashInfo() (tail string, frames []string) {
	p.tailMu.Lock()
	defer p.tailMu.Unlock()
	return string(p.tail) + string(p.dump), append([]string(nil), p.frames...)
}

func (p *proc) resetFrames() {
	p.tailMu.Lock()
	p.frames = nil
	p.tail = nil
	p.tailMu.Unlock()
}

// readEvents decodes the worker's events in order.
func (p *proc) readEvents(r io.ReadCloser, events chan<- pipe.Event) {
	defer close(events)
	defer r.Close()
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 256<<20)
	for sc.Scan() {
		var ev pipe.Event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			p.sink.stream("stderr", "gokernel: bad event from the interpreter: "+err.Error()+"\n")
			continue
		}
		events <- ev
	}
}

// dispatch delivers events in order; a synchronised one waits until both
// output streams have reached its marker.
func (p *proc) dispatch(events <-chan pipe.Event) {
	for ev := range events {
		if ev.Seq == 0 {
			p.unsynced(ev)
			continue
		}
		if !waitMarker(p.outAt, ev.Seq) || !waitMarker(p.errAt, ev.Seq) {
			// A stream ended: the process is dying. Deliver what is
			// left without ordering guarantees.
			p.sink.event(p, ev)
			continue
		}
		p.sink.event(p, ev)
		p.outGo <- struct{}{}
		p.errGo <- struct{}{}
	}
	// Unblock a reader stuck at a marker whose event never came.
	close(p.dispDone)
}

// waitMarker waits for a stream to reach seq; false if it ended.
func waitMarker(at <-chan uint64, seq uint64) bool {
	for {
		s, ok := <-at
		if !ok {
			return false
		}
		if s == seq {
			return true
		}
		// A stale marker (cannot happen with one writer); skip it.
	}
}

func (p *proc) unsynced(ev pipe.Event) {
	switch ev.Kind {
	case "ready":
		close(p.ready)
	case "frames":
		p.tailMu.Lock()
		if len(p.frames) < 64 {
			p.frames = append(p.frames, ev.Frames...)
		}
		p.tailMu.Unlock()
	default:
		p.sink.event(p, ev)
	}
}

// send writes one request to the worker; it fails once the worker is gone.
func (p *proc) send(r pipe.Request) error {
	p.sendMu.Lock()
	defer p.sendMu.Unlock()
	return p.enc.Encode(r)
}

// kill stops the process for good.
func (p *proc) kill() {
	p.killOnce.Do(func() {
		if p.cmd.Process != nil {
			// The whole group: the worker and anything a cell started.
			syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
			p.cmd.Process.Kill()
		}
	})
}

// alive reports whether the process has not exited yet.
func (p *proc) alive() bool {
	select {
	case <-p.dead:
		return false
	default:
		return true
	}
}
