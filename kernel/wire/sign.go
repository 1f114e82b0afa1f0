package wire

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"sync"
)

// Signer signs and verifies messages with HMAC-SHA256. A Signer with an
// empty key signs nothing (the signature frame is empty) and accepts every
// message, as the spec says for an empty key.
type Signer struct {
	key  []byte
	pool sync.Pool
}

// NewSigner returns a Signer for key and scheme. The only scheme supported
// is "hmac-sha256" (an empty scheme means the same).
func NewSigner(scheme string, key []byte) (*Signer, error) {
	if scheme != "" && scheme != "hmac-sha256" {
		return nil, fmt.Errorf("wire: unsupported signature_scheme %q (only hmac-sha256)", scheme)
	}
	s := &Signer{key: append([]byte(nil), key...)}
	s.pool.New = func() any { return hmac.New(sha256.New, s.key) }
	return s, nil
}

// Enabled reports whether messages are signed.
func (s *Signer) Enabled() bool { return s != nil && len(s.key) > 0 }

func (s *Signer) mac(parts ...[]byte) []byte {
	h := s.pool.Get().(hash.Hash)
	h.Reset()
	for _, p := range parts {
		h.Write(p)
	}
	sum := h.Sum(nil)
	s.pool.Put(h)
	return sum
}

// Sign returns the hex signature frame for the header, parent_header,
// metadata and content frames.
func (s *Signer) Sign(parts ...[]byte) []byte {
	if !s.Enabled() {
		return []byte{}
	}
	sum := s.mac(parts...)
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

// Verify reports whether sig is the signature of parts. The comparison is
// constant-time. Without a key every message verifies.
func (s *Signer) Verify(sig []byte, parts [][]byte) bool {
	if !s.Enabled() {
		return true
	}
	want := make([]byte, hex.DecodedLen(len(sig)))
	if _, err := hex.Decode(want, sig); err != nil || len(want) != sha256.Size {
		return false
	}
	return hmac.Equal(want, s.mac(parts...))
}

// RandomHex returns n random bytes as hex (for keys, sessions and ids).
func RandomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("wire: crypto/rand failed: " + err.Error())
	}
	return hex.EncodeToString(b)
}
