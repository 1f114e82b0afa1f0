// Command rtt measures the execute round trip (execute_request → status
// idle) of any installed Jupyter kernel with a Go client (zmq4), so that the
// client's own cost is small and the same for every kernel.
//
//	rtt -kernel DIR -code CELL [-n 2000] [-warmup 200]
//
// DIR is a kernelspec directory (holding kernel.json). The kernel is started
// with a fresh connection file on 127.0.0.1 and killed at the end.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gokernel/gokernel/kernel/connfile"
	"github.com/gokernel/gokernel/kernel/wire"
)

func main() {
	dir := flag.String("kernel", "", "kernelspec directory")
	code := flag.String("code", "", "trivial cell to run")
	n := flag.Int("n", 2000, "round trips measured")
	warm := flag.Int("warmup", 200, "round trips not measured")
	flag.Parse()
	if err := run(*dir, *code, *n, *warm); err != nil {
		fmt.Fprintln(os.Stderr, "rtt:", err)
		os.Exit(1)
	}
}

func freePorts(k int) ([]int, error) {
	var ports []int
	for range k {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

func run(dir, code string, n, warm int) error {
	var spec struct {
		Argv []string `json:"argv"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, &spec); err != nil {
		return err
	}
	p, err := freePorts(5)
	if err != nil {
		return err
	}
	info := connfile.Info{Transport: "tcp", IP: "127.0.0.1", ShellPort: p[0], IOPubPort: p[1],
		StdinPort: p[2], ControlPort: p[3], HBPort: p[4], Key: wire.RandomHex(16), SignatureScheme: "hmac-sha256"}
	cf := filepath.Join(os.TempDir(), "rtt-"+wire.RandomHex(4)+".json")
	js, _ := json.Marshal(info)
	if err := os.WriteFile(cf, js, 0o600); err != nil {
		return err
	}
	defer os.Remove(cf)
	var argv []string
	for _, a := range spec.Argv {
		argv = append(argv, strings.ReplaceAll(a, "{connection_file}", cf))
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stderr = nil
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		go func() { time.Sleep(3 * time.Second); cmd.Process.Kill() }()
		cmd.Wait()
	}()

	signer, _ := wire.NewSigner("hmac-sha256", []byte(info.Key))
	ids := wire.NewIDs()
	session := wire.RandomHex(8)
	ctx := context.Background()
	shell := zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity(session)), zmq4.WithDialerRetry(5*time.Millisecond))
	iopub := zmq4.NewSub(ctx, zmq4.WithDialerRetry(5*time.Millisecond))
	defer shell.Close()
	defer iopub.Close()
	iopub.SetOption(zmq4.OptionSubscribe, "")
	for _, c := range []struct {
		s    zmq4.Socket
		port int
	}{{shell, info.ShellPort}, {iopub, info.IOPubPort}} {
		var err error
		for range 2000 {
			if err = c.s.Dial(info.Endpoint(c.port)); err == nil {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		if err != nil {
			return err
		}
	}
	idle := make(chan string, 1024)
	go func() {
		for {
			m, err := iopub.Recv()
			if err != nil {
				return
			}
			msg, err := wire.Decode(m.Frames[1:], signer)
			if err != nil || msg.Header.MsgType != "status" {
				continue
			}
			var c struct {
				State string `json:"execution_state"`
			}
			json.Unmarshal(msg.Content, &c)
			var ph wire.Header
			json.Unmarshal(msg.ParentHeader, &ph)
			if c.State == "idle" {
				idle <- ph.MsgID
			}
		}
	}()
	go func() { // replies are read and dropped
		for {
			if _, err := shell.Recv(); err != nil {
				return
			}
		}
	}()
	send := func(msgType string, content any) string {
		h := wire.NewHeader(ids, session, "rtt", msgType)
		hb, _ := json.Marshal(h)
		cb, _ := json.Marshal(content)
		shell.SendMulti(zmq4.NewMsgFrom(wire.Encode(nil, hb, nil, nil, cb, nil, signer)...))
		return h.MsgID
	}
	wait := func(id string, d time.Duration) bool {
		t := time.After(d)
		for {
			select {
			case got := <-idle:
				if got == id {
					return true
				}
			case <-t:
				return false
			}
		}
	}
	// until iopub is subscribed
	ready := false
	for range 300 {
		if wait(send("kernel_info_request", map[string]any{}), 100*time.Millisecond) {
			ready = true
			break
		}
	}
	if !ready {
		return fmt.Errorf("kernel never answered on iopub")
	}
	var lat []time.Duration
	for i := range warm + n {
		t0 := time.Now()
		id := send("execute_request", map[string]any{"code": code, "silent": false, "store_history": true,
			"user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
		if !wait(id, 30*time.Second) {
			return fmt.Errorf("no idle for round trip %d", i)
		}
		if i >= warm {
			lat = append(lat, time.Since(t0))
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000 }
	fmt.Printf("%s\tp50 %.3f ms\tp90 %.3f ms\tp99 %.3f ms\t(n=%d)\n", filepath.Base(dir), q(0.5), q(0.9), q(0.99), n)
	return nil
}
