package kernel

import (
	"encoding/json"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gokernel/gokernel/kernel/connfile"
	"github.com/gokernel/gokernel/kernel/wire"
	"github.com/gokernel/gokernel/kernel/zguard"
)

func zmqMsg(frames ...[]byte) zmq4.Msg { return zmq4.NewMsgFrom(frames...) }

// TestBadMessagesAreDropped sends what a broken or hostile client could send
// on shell and control; each is dropped without a reply and the kernel keeps
// answering.
func TestBadMessagesAreDropped(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	h := func(msgType string) []byte {
		b, _ := json.Marshal(wire.NewHeader(tk.ids, tk.session, "test", msgType))
		return b
	}
	other, _ := wire.NewSigner("hmac-sha256", []byte("not-the-key"))
	hdr := h("kernel_info_request")
	empty := []byte("{}")
	cases := map[string][][]byte{
		"bad signature":     wire.Encode(nil, hdr, nil, nil, nil, nil, other),
		"missing signature": {[]byte(wire.Delimiter), {}, hdr, empty, empty, empty},
		"no delimiter":      {hdr, empty, empty, empty},
		"too few frames":    {[]byte(wire.Delimiter), tk.signer.Sign(hdr), hdr},
		"garbage json": append([][]byte{[]byte(wire.Delimiter), tk.signer.Sign([]byte("{nope"), empty, empty, empty)},
			[]byte("{nope"), empty, empty, empty),
		"content not object": wire.Encode(nil, h("execute_request"), nil, nil, []byte(`[1,2]`), nil, tk.signer),
		"single empty frame": {{}},
	}
	for name, frames := range cases {
		for _, s := range []zmq4.Socket{tk.shell, tk.control} {
			tk.sendRaw(s, frames)
		}
		tk.alive()
		select {
		case m := <-tk.controlIn:
			t.Fatalf("%s: control replied %s", name, m.Header.MsgType)
		default:
		}
	}
	// Valid signature, undecodable content: a reply with status error.
	tk.sendRaw(tk.shell, wire.Encode(nil, h("execute_request"), nil, nil, []byte(`{"code": 5}`), nil, tk.signer))
	if c := contentMap(tk.recvType(tk.shellIn, "execute_reply")); c["status"] != "error" {
		t.Fatal(c)
	}
	tk.alive()
}

func freePorts(t *testing.T, n int) []int {
	var ports []int
	var ls []net.Listener
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

func tcpInfo(t *testing.T) *connfile.Info {
	p := freePorts(t, 5)
	return &connfile.Info{Transport: "tcp", IP: "127.0.0.1", ShellPort: p[0], IOPubPort: p[1],
		StdinPort: p[2], ControlPort: p[3], HBPort: p[4], Key: wire.RandomHex(16), SignatureScheme: "hmac-sha256"}
}

// TestSilentAndJunkTCPPeers: a TCP peer that never sends the ZMTP greeting,
// one that sends junk, and one announcing a huge frame do not stop the
// kernel from accepting a real client.
func TestSilentAndJunkTCPPeers(t *testing.T) {
	old := zguard.HandshakeTimeout
	zguard.HandshakeTimeout = 300 * time.Millisecond
	t.Cleanup(func() { zguard.HandshakeTimeout = old })

	info := tcpInfo(t)
	tk := startKernel(t, info)
	addr := "127.0.0.1:" + strconv.Itoa(info.ShellPort)
	silent, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer silent.Close()
	junk, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	junk.Write([]byte("GET / HTTP/1.0\r\n\r\n"))
	defer junk.Close()

	// A second client connecting after the silent peer is served.
	tk2 := &testKernel{t: t, info: info, eng: tk.eng, done: tk.done, logs: tk.logs}
	tk2.connect()
	t.Cleanup(func() {
		for _, s := range []zmq4.Socket{tk2.shell, tk2.control, tk2.stdin, tk2.iopub, tk2.hb} {
			s.Close()
		}
	})
	tk2.alive()

	// A peer that completes the handshake and announces a 2^60-byte frame
	// is cut off instead of making the kernel allocate it.
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	greeting := make([]byte, 64)
	greeting[0], greeting[9], greeting[10] = 0xff, 0x7f, 3
	copy(greeting[12:], "NULL")
	raw.Write(greeting)
	raw.Write([]byte{0x06, 0x10, 0, 0, 0, 0, 0, 0, 0})
	tk.alive()
	tk2.alive()
}
