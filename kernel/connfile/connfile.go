// Package connfile reads a Jupyter connection file: the transport, address,
// five ports and signing key a kernel is started with.
package connfile

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

// Info is the content of a connection file.
type Info struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// Load reads and validates the connection file at path.
func Load(path string) (*Info, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("connection file: %w", err)
	}
	info, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("connection file %s: %w", path, err)
	}
	return info, nil
}

// Parse decodes and validates a connection file's JSON. A missing transport
// means tcp and a missing signature_scheme means hmac-sha256, as in
// jupyter_client.
func Parse(data []byte) (*Info, error) {
	var info Info
	if err := json.Unmarshal(data, &info); err != nil {
		return nil, fmt.Errorf("not valid JSON: %v", err)
	}
	if info.Transport == "" {
		info.Transport = "tcp"
	}
	if info.SignatureScheme == "" {
		info.SignatureScheme = "hmac-sha256"
	}
	if err := info.Validate(); err != nil {
		return nil, err
	}
	return &info, nil
}

// Validate reports the first thing wrong with info.
func (info *Info) Validate() error {
	switch info.Transport {
	case "tcp", "ipc":
	default:
		return fmt.Errorf("transport %q is not supported (tcp or ipc)", info.Transport)
	}
	if info.IP == "" {
		return fmt.Errorf("ip is empty")
	}
	if info.SignatureScheme != "hmac-sha256" {
		return fmt.Errorf("signature_scheme %q is not supported (hmac-sha256)", info.SignatureScheme)
	}
	seen := map[int]string{}
	for _, p := range info.ports() {
		if p.port <= 0 || p.port > 65535 {
			return fmt.Errorf("%s %d is out of range", p.name, p.port)
		}
		if other, dup := seen[p.port]; dup {
			return fmt.Errorf("%s and %s are both %d", other, p.name, p.port)
		}
		seen[p.port] = p.name
	}
	return nil
}

type namedPort struct {
	name string
	port int
}

func (info *Info) ports() []namedPort {
	return []namedPort{
		{"shell_port", info.ShellPort}, {"iopub_port", info.IOPubPort},
		{"stdin_port", info.StdinPort}, {"control_port", info.ControlPort},
		{"hb_port", info.HBPort},
	}
}

// Endpoint returns the ZeroMQ endpoint for port: tcp://IP:PORT, or for ipc
// the path IP-PORT as jupyter_client names it.
func (info *Info) Endpoint(port int) string {
	if info.Transport == "ipc" {
		return "ipc://" + info.IP + "-" + strconv.Itoa(port)
	}
	ip := info.IP
	if len(ip) > 0 && ip[0] != '[' && containsColon(ip) {
		ip = "[" + ip + "]" // IPv6 literal
	}
	return "tcp://" + ip + ":" + strconv.Itoa(port)
}

func containsColon(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return true
		}
	}
	return false
}
