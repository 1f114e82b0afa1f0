package engine

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// splitter cuts a worker output stream into text and sync markers. It holds
// back a trailing partial marker and an incomplete UTF-8 sequence until the
// next read, so neither a marker nor a rune is ever split across two
// stream messages.
type splitter struct {
	pending []byte
}

// maxMarker bounds a marker's length; a longer "marker" is plain text.
const maxMarker = len(pipe.MarkerPrefix) + 24

// feed appends chunk and calls text for each run of text and marker for each
// complete marker, in stream order.
func (s *splitter) feed(chunk []byte, text func([]byte), marker func(uint64)) {
	data := chunk
	if len(s.pending) > 0 {
		data = append(s.pending, chunk...)
		s.pending = nil
	}
	prefix := []byte(pipe.MarkerPrefix)
	for len(data) > 0 {
		j := bytes.Index(data, prefix)
		if j < 0 {
			k := holdBack(data, prefix)
			if len(data)-k > 0 {
				text(data[:len(data)-k])
			}
			s.pending = append([]byte(nil), data[len(data)-k:]...)
			return
		}
		if j > 0 {
			text(data[:j])
			data = data[j:]
		}
		end := bytes.IndexByte(data[len(prefix):], pipe.MarkerEnd)
		if end < 0 {
			if len(data) < maxMarker {
				s.pending = append([]byte(nil), data...)
				return
			}
			// Not a marker after all.
			text(data[:len(prefix)])
			data = data[len(prefix):]
			continue
		}
		seq, err := strconv.ParseUint(string(data[len(prefix):len(prefix)+end]), 10, 64)
		if err != nil {
			text(data[:len(prefix)])
			data = data[len(prefix):]
			continue
		}
		marker(seq)
		data = data[len(prefix)+end+1:]
	}
}

// flush returns whatever is held back (at end of stream).
func (s *splitter) flush() []byte {
	p := s.pending
	s.pending = nil
	return p
}

// holdBack is how many trailing bytes of data must wait for more input: a
// proper prefix of the marker, or the start of an incomplete UTF-8 rune.
func holdBack(data, prefix []byte) int {
	k := 0
	for n := min(len(prefix)-1, len(data)); n > 0; n-- {
		if bytes.HasSuffix(data, prefix[:n]) {
			k = n
			break
		}
	}
	// An incomplete rune: a lead byte in the last 3 bytes whose sequence
	// runs past the end.
	for i := 1; i <= 3 && i <= len(data); i++ {
		b := data[len(data)-i]
		if b < utf8.RuneSelf {
			break
		}
		if utf8.RuneStart(b) {
			if !utf8.FullRune(data[len(data)-i:]) {
				k = max(k, i)
			}
			break
		}
	}
	return k
}
