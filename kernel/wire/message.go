// Package wire is the Jupyter wire format (messaging spec 5.4): the
// multipart frames of a message, their HMAC signature, and the header.
//
// A message on the wire is
//
//	identities… "<IDS|MSG>" signature header parent_header metadata content buffers…
//
// where signature is the hex HMAC of the four JSON frames that follow it.
package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

// Delimiter separates the routing identities from the message proper.
const Delimiter = "<IDS|MSG>"

// ProtocolVersion is the version of the messaging spec this package speaks.
const ProtocolVersion = "5.4"

// Header is a message header (also used as parent_header).
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one decoded Jupyter message.
//
// RawHeader keeps the header exactly as received, so that a reply's
// parent_header echoes every field the client sent (including ones this
// package does not know about).
type Message struct {
	Identities   [][]byte
	Header       Header
	RawHeader    json.RawMessage
	ParentHeader json.RawMessage
	Metadata     json.RawMessage
	Content      json.RawMessage
	Buffers      [][]byte
}

// ErrNoDelimiter, ErrTooFewFrames and ErrBadSignature classify why Decode
// rejected a message.
var (
	ErrNoDelimiter  = errors.New("wire: no <IDS|MSG> delimiter")
	ErrTooFewFrames = errors.New("wire: fewer than 5 frames after the delimiter")
	ErrBadSignature = errors.New("wire: bad or missing signature")
)

// Decode parses the frames of one message received on a ROUTER socket and
// verifies its signature with s. It never panics on bad input; every
// rejection is an error saying what was wrong.
func Decode(frames [][]byte, s *Signer) (*Message, error) {
	delim := -1
	for i, f := range frames {
		if string(f) == Delimiter {
			delim = i
			break
		}
	}
	if delim < 0 {
		return nil, ErrNoDelimiter
	}
	rest := frames[delim+1:]
	if len(rest) < 5 {
		return nil, fmt.Errorf("%w (got %d)", ErrTooFewFrames, len(rest))
	}
	if !s.Verify(rest[0], rest[1:5]) {
		return nil, ErrBadSignature
	}
	m := &Message{
		Identities:   frames[:delim],
		RawHeader:    json.RawMessage(rest[1]),
		ParentHeader: json.RawMessage(rest[2]),
		Metadata:     json.RawMessage(rest[3]),
		Content:      json.RawMessage(rest[4]),
		Buffers:      rest[5:],
	}
	if err := json.Unmarshal(rest[1], &m.Header); err != nil {
		return nil, fmt.Errorf("wire: header: %v", err)
	}
	if m.Header.MsgType == "" {
		return nil, errors.New("wire: header has no msg_type")
	}
	for _, part := range []struct {
		name string
		raw  []byte
	}{{"parent_header", rest[2]}, {"metadata", rest[3]}, {"content", rest[4]}} {
		if !isObject(part.raw) {
			return nil, fmt.Errorf("wire: %s is not a JSON object", part.name)
		}
	}
	return m, nil
}

// isObject reports whether b is a syntactically valid JSON object.
func isObject(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) >= 2 && b[0] == '{' && json.Valid(b)
}

// Encode returns the frames of a message: identities, delimiter, signature,
// header, parent_header, metadata, content, buffers. Empty parent, metadata
// and content are sent as {}.
func Encode(ids [][]byte, header, parent, metadata, content []byte, buffers [][]byte, s *Signer) [][]byte {
	if len(parent) == 0 {
		parent = emptyObject
	}
	if len(metadata) == 0 {
		metadata = emptyObject
	}
	if len(content) == 0 {
		content = emptyObject
	}
	frames := make([][]byte, 0, len(ids)+6+len(buffers))
	frames = append(frames, ids...)
	frames = append(frames, []byte(Delimiter))
	frames = append(frames, s.Sign(header, parent, metadata, content))
	frames = append(frames, header, parent, metadata, content)
	frames = append(frames, buffers...)
	return frames
}

var emptyObject = []byte("{}")

// IDs makes message ids: unique per process, cheap, sortable by creation.
type IDs struct {
	prefix string
	n      atomic.Uint64
}

// NewIDs returns an id source whose ids start with a random session prefix.
func NewIDs() *IDs {
	return &IDs{prefix: RandomHex(8) + "_" + strconv.Itoa(os.Getpid()) + "_"}
}

// Next returns a fresh message id.
func (g *IDs) Next() string {
	return g.prefix + strconv.FormatUint(g.n.Add(1), 10)
}

// Now returns the current time in the ISO 8601 form Jupyter uses in headers.
func Now() string {
	return time.Now().UTC().Format("2006-01-02T15:04:05.000000Z")
}

// NewHeader returns a header for a new message of msgType in session.
func NewHeader(ids *IDs, session, username, msgType string) Header {
	return Header{
		MsgID:    ids.Next(),
		Session:  session,
		Username: username,
		Date:     Now(),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}
