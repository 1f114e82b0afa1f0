package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
)

func mustSigner(t *testing.T, key string) *Signer {
	t.Helper()
	s, err := NewSigner("hmac-sha256", []byte(key))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func sampleFrames(s *Signer) [][]byte {
	h := []byte(`{"msg_id":"a1","session":"s","username":"u","date":"2024-01-01T00:00:00.000000Z","msg_type":"kernel_info_request","version":"5.4"}`)
	return Encode([][]byte{[]byte("peer-1"), []byte("peer-2")}, h, nil, nil, []byte(`{}`), [][]byte{[]byte("buf")}, s)
}

func TestRoundTrip(t *testing.T) {
	s := mustSigner(t, "secret")
	m, err := Decode(sampleFrames(s), s)
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.MsgType != "kernel_info_request" || m.Header.MsgID != "a1" {
		t.Fatalf("header = %+v", m.Header)
	}
	if len(m.Identities) != 2 || string(m.Identities[1]) != "peer-2" {
		t.Fatalf("identities = %q", m.Identities)
	}
	if len(m.Buffers) != 1 || string(m.Buffers[0]) != "buf" {
		t.Fatalf("buffers = %q", m.Buffers)
	}
	if string(m.ParentHeader) != "{}" {
		t.Fatalf("parent = %s", m.ParentHeader)
	}
}

func TestRejects(t *testing.T) {
	s := mustSigner(t, "secret")
	good := sampleFrames(s)
	at := 3 // index of the signature frame (2 identities + delimiter)
	mutate := func(f func([][]byte) [][]byte) [][]byte {
		c := make([][]byte, len(good))
		for i := range good {
			c[i] = append([]byte(nil), good[i]...)
		}
		return f(c)
	}
	cases := []struct {
		name   string
		frames [][]byte
		want   error
	}{
		{"no delimiter", mutate(func(f [][]byte) [][]byte { return append(f[:2], f[3:]...) }), ErrNoDelimiter},
		{"too few frames", mutate(func(f [][]byte) [][]byte { return f[:at+3] }), ErrTooFewFrames},
		{"missing signature", mutate(func(f [][]byte) [][]byte { f[at] = nil; return f }), ErrBadSignature},
		{"bad hex", mutate(func(f [][]byte) [][]byte { f[at] = []byte("zz"); return f }), ErrBadSignature},
		{"wrong signature", mutate(func(f [][]byte) [][]byte { f[at][0] ^= 1; return f }), ErrBadSignature},
		{"tampered content", mutate(func(f [][]byte) [][]byte { f[at+4] = []byte(`{"x":1}`); return f }), ErrBadSignature},
		{"empty", nil, ErrNoDelimiter},
	}
	for _, c := range cases {
		_, err := Decode(c.frames, s)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
	}
}

func TestRejectsGarbageJSON(t *testing.T) {
	s := mustSigner(t, "k")
	hdr := []byte(`{"msg_id":"a","msg_type":"execute_request"}`)
	for name, f := range map[string][][]byte{
		"header not json": {[]byte("not json"), []byte("{}"), []byte("{}"), []byte("{}")},
		"no msg_type":     {[]byte(`{"msg_id":"a"}`), []byte("{}"), []byte("{}"), []byte("{}")},
		"content array":   {hdr, []byte("{}"), []byte("{}"), []byte("[1]")},
		"content broken":  {hdr, []byte("{}"), []byte("{}"), []byte(`{"code":`)},
		"parent string":   {hdr, []byte(`"x"`), []byte("{}"), []byte("{}")},
	} {
		frames := append([][]byte{[]byte(Delimiter), s.Sign(f...)}, f...)
		if _, err := Decode(frames, s); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestEmptyKeyAcceptsAnything(t *testing.T) {
	s := mustSigner(t, "")
	f := sampleFrames(s)
	if len(f[3]) != 0 {
		t.Fatalf("unsigned message has signature %q", f[3])
	}
	f[3] = []byte("whatever")
	if _, err := Decode(f, s); err != nil {
		t.Fatal(err)
	}
}

func TestUnsupportedScheme(t *testing.T) {
	if _, err := NewSigner("hmac-md5", []byte("k")); err == nil {
		t.Fatal("hmac-md5 accepted")
	}
}

// TestSignatureMatchesJupyterClient checks Sign against jupyter_client's
// Session.sign, the reference implementation.
func TestSignatureMatchesJupyterClient(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no CPython at", py)
	}
	parts := []string{`{"msg_id":"x","msg_type":"status"}`, `{}`, `{"m":1}`, `{"execution_state":"busy","ü":"✓"}`}
	js, _ := json.Marshal(parts)
	prog := `
import sys, json
from jupyter_client.session import Session
parts = [p.encode() for p in json.loads(sys.argv[1])]
print(Session(key=b"topsecret").sign(parts).decode())
`
	out, err := exec.Command(py, "-c", prog, string(js)).Output()
	if err != nil {
		t.Skip("jupyter_client not usable:", err)
	}
	var bs [][]byte
	for _, p := range parts {
		bs = append(bs, []byte(p))
	}
	got := mustSigner(t, "topsecret").Sign(bs...)
	if want := strings.TrimSpace(string(out)); !bytes.Equal(got, []byte(want)) {
		t.Fatalf("Sign = %s, jupyter_client = %s", got, want)
	}
}

func TestIDsUnique(t *testing.T) {
	g := NewIDs()
	seen := map[string]bool{}
	for range 1000 {
		id := g.Next()
		if seen[id] {
			t.Fatal("duplicate id", id)
		}
		seen[id] = true
	}
}

func FuzzDecode(f *testing.F) {
	s, _ := NewSigner("hmac-sha256", []byte("k"))
	for _, fr := range sampleFrames(s) {
		f.Add(fr, []byte("{}"))
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		_, _ = Decode([][]byte{a, []byte(Delimiter), s.Sign(a, b, b, b), a, b, b, b}, s)
		_, _ = Decode([][]byte{a, b}, s)
	})
}
