package engine

import (
	"bytes"
	"regexp"
)

// crashRE matches the first line of a Go runtime crash dump. A goroutine
// panic in a cell always shows as "panic: ... [recovered, repanicked]":
// yaegi recovers it to print its frames and panics again.
var crashRE = regexp.MustCompile(`(?m)^(fatal error: |goroutine \d+ (gp=0x[0-9a-f]+ )?.*\[[^\]]*\]:$|panic: .* \[recovered[^\n]*$)`)

// crashStart is where a crash dump starts in b, or -1.
func crashStart(b []byte) int {
	if loc := crashRE.FindIndex(b); loc != nil {
		return loc[0]
	}
	return -1
}

// crashWatch spots the Go runtime's crash dump in the worker's stderr. The
// runtime writes it in many small pieces, so a trailing partial line that
// could still become a dump header is held back until the line is complete
// (or the next sync marker proves it was ordinary output).
type crashWatch struct {
	held    []byte
	crashed bool
}

// feed returns the part of b to stream and the part that belongs to a dump.
func (c *crashWatch) feed(b []byte) (out, dump []byte) {
	if c.crashed {
		return nil, b
	}
	if len(c.held) > 0 {
		b = append(c.held, b...)
		c.held = nil
	}
	if i := crashStart(b); i >= 0 {
		c.crashed = true
		return b[:i], b[i:]
	}
	j := bytes.LastIndexByte(b, '\n') + 1
	if last := b[j:]; len(last) > 0 && couldStartDump(last) {
		c.held = append([]byte(nil), last...)
		return b[:j], nil
	}
	return b, nil
}

// release returns what is held back.
func (c *crashWatch) release() []byte {
	h := c.held
	c.held = nil
	return h
}

// couldStartDump reports whether an incomplete line may still turn into a
// dump header.
func couldStartDump(line []byte) bool {
	for _, h := range []string{"goroutine ", "fatal error: ", "panic: "} {
		if len(line) <= len(h) {
			if bytes.HasPrefix([]byte(h), line) {
				return true
			}
		} else if bytes.HasPrefix(line, []byte(h)) && len(line) < 4096 {
			return true
		}
	}
	return false
}
