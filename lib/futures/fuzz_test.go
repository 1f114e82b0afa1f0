package futures_test

import (
	"bytes"
	"encoding/gob"
	"io"
	"testing"

	"github.com/gokernel/gokernel/lib/futures"
)

// FuzzServe feeds arbitrary bytes to a worker's Serve loop: it must answer
// or return an error, never panic.
func FuzzServe(f *testing.F) {
	var valid bytes.Buffer
	enc := gob.NewEncoder(&valid)
	type request struct {
		Name  string
		Calls [][]byte
	}
	var arg bytes.Buffer
	gob.NewEncoder(&arg).Encode(12)
	enc.Encode(request{Name: "square", Calls: [][]byte{arg.Bytes()}})
	enc.Encode(request{Name: "nope"})
	enc.Encode(request{Name: "square", Calls: [][]byte{[]byte("garbage")}})
	f.Add(valid.Bytes())
	f.Add([]byte{})
	f.Add([]byte("\x03\x04\x00\xff"))
	f.Fuzz(func(t *testing.T, in []byte) {
		futures.Serve(bytes.NewReader(in), io.Discard, nil)
	})
}
