package zguard

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// framer follows one direction of a ZMTP 3 byte stream: the 64-byte
// greeting, then frames (a flags byte, a 1- or 8-byte size, the body). The
// read side uses it to refuse huge frames before zmq4 allocates them; the
// write side to know where a message ends, so that the frames zmq4 writes
// one by one leave in a single system call.
type framer struct {
	greeting int    // greeting bytes still to pass
	hdr      []byte // partial frame header
	body     uint64 // body bytes still to pass
	more     bool   // the current frame has the MORE flag
	started  bool
}

const (
	flagMore = 0x01
	flagLong = 0x02
)

var errFrameTooLarge = errors.New("zguard: frame larger than MaxFrame")

// scan consumes b and reports whether the stream then stands at the end of
// the greeting or of a message's last frame.
func (f *framer) scan(b []byte) (boundary bool, err error) {
	if !f.started {
		f.started, f.greeting = true, 64
	}
	for len(b) > 0 {
		boundary = false
		if f.greeting > 0 {
			k := min(f.greeting, len(b))
			f.greeting -= k
			b = b[k:]
			boundary = f.greeting == 0
			continue
		}
		if f.body > 0 {
			k := min(uint64(len(b)), f.body)
			f.body -= k
			b = b[k:]
			boundary = f.body == 0 && !f.more
			continue
		}
		f.hdr = append(f.hdr, b[0])
		b = b[1:]
		need := 2
		if f.hdr[0]&flagLong != 0 {
			need = 9
		}
		if len(f.hdr) < need {
			continue
		}
		var size uint64
		if need == 2 {
			size = uint64(f.hdr[1])
		} else {
			size = binary.BigEndian.Uint64(f.hdr[1:9])
		}
		f.more = f.hdr[0]&flagMore != 0
		f.hdr = f.hdr[:0]
		if size > MaxFrame {
			return false, fmt.Errorf("%w (%d bytes announced)", errFrameTooLarge, size)
		}
		f.body = size
		boundary = size == 0 && !f.more
	}
	return boundary, nil
}
