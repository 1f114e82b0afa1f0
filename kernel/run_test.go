package kernel

import (
	"context"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func writeConn(t *testing.T, v any) string {
	t.Helper()
	b, _ := json.Marshal(v)
	p := filepath.Join(t.TempDir(), "kernel.json")
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRunFromConnectionFile drives Run, the entry point, with a connection
// file written as jupyter_client writes it, then stops it through ctx.
func TestRunFromConnectionFile(t *testing.T) {
	info := tcpInfo(t)
	path := writeConn(t, info)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	eng := newFakeEngine()
	listening := make(chan struct{})
	go func() {
		done <- Run(ctx, path, eng, WithLogger(&syncBuffer{}), WithListening(func() { close(listening) }))
	}()
	select {
	case <-listening:
	case <-time.After(10 * time.Second):
		t.Fatal("WithListening callback not called")
	}
	tk := &testKernel{t: t, info: info, eng: eng, done: done}
	tk.connect()
	if r, _ := tk.execute("print:hi", nil); r["status"] != "ok" {
		t.Fatal(r)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after ctx was cancelled")
	}
	if len(eng.shutdowns) != 1 || eng.shutdowns[0] {
		t.Fatalf("engine shutdowns %v", eng.shutdowns)
	}
}

func TestRunErrors(t *testing.T) {
	ctx := context.Background()
	if err := Run(ctx, filepath.Join(t.TempDir(), "missing.json"), newFakeEngine()); err == nil {
		t.Error("missing connection file accepted")
	}
	if err := Run(ctx, writeConn(t, map[string]any{"ip": "127.0.0.1"}), newFakeEngine()); err == nil {
		t.Error("connection file without ports accepted")
	}
	// A port that is taken: a clear error, not a hang.
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	info := tcpInfo(t)
	info.HBPort = busy.Addr().(*net.TCPAddr).Port
	err = Run(ctx, writeConn(t, info), newFakeEngine(), WithLogger(&syncBuffer{}))
	if err == nil || !strings.Contains(err.Error(), "hb") || !strings.Contains(err.Error(), strconv.Itoa(info.HBPort)) {
		t.Errorf("busy port: %v", err)
	}
	if err := Serve(ctx, info, nil); err == nil {
		t.Error("nil engine accepted")
	}
}
