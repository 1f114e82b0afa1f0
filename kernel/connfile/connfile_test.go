package connfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const good = `{"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004,
 "hb_port": 5005, "ip": "127.0.0.1", "key": "abc", "transport": "tcp",
 "signature_scheme": "hmac-sha256", "kernel_name": "gokernel"}`

func TestLoad(t *testing.T) {
	p := filepath.Join(t.TempDir(), "k.json")
	if err := os.WriteFile(p, []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	info, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if info.Key != "abc" || info.HBPort != 5005 || info.KernelName != "gokernel" {
		t.Fatalf("info = %+v", info)
	}
	if got := info.Endpoint(info.ShellPort); got != "tcp://127.0.0.1:5001" {
		t.Fatalf("endpoint = %s", got)
	}
	info.Transport, info.IP = "ipc", "/tmp/kernel-x"
	if got := info.Endpoint(5002); got != "ipc:///tmp/kernel-x-5002" {
		t.Fatalf("ipc endpoint = %s", got)
	}
	info.Transport, info.IP = "tcp", "::1"
	if got := info.Endpoint(1); got != "tcp://[::1]:1" {
		t.Fatalf("ipv6 endpoint = %s", got)
	}
}

func TestDefaults(t *testing.T) {
	info, err := Parse([]byte(`{"ip":"0.0.0.0","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"key":""}`))
	if err != nil {
		t.Fatal(err)
	}
	if info.Transport != "tcp" || info.SignatureScheme != "hmac-sha256" {
		t.Fatalf("defaults = %+v", info)
	}
}

func TestBad(t *testing.T) {
	for _, c := range []struct{ json, want string }{
		{`nope`, "not valid JSON"},
		{strings.Replace(good, `"tcp"`, `"udp"`, 1), "transport"},
		{strings.Replace(good, `"hmac-sha256"`, `"hmac-md5"`, 1), "signature_scheme"},
		{strings.Replace(good, `5005`, `5001`, 1), "both 5001"},
		{strings.Replace(good, `5005`, `0`, 1), "hb_port 0"},
		{strings.Replace(good, `"127.0.0.1"`, `""`, 1), "ip is empty"},
	} {
		_, err := Parse([]byte(c.json))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%.40s…) err = %v, want %q", c.json, err, c.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("missing file accepted")
	}
}
