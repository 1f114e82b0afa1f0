package frontend

import "github.com/gokernel/gokernel/kernel"

// Complete answers complete_request for code with the cursor at a unicode
// code point offset.
func (s *Session) Complete(code string, cursor int) kernel.CompleteResult {
	return s.complete(code, cursor)
}

// Inspect answers inspect_request: the signature and doc comment of the
// identifier at the cursor, as text/plain and text/markdown.
func (s *Session) Inspect(code string, cursor, detail int) kernel.InspectResult {
	return s.inspect(code, cursor, detail)
}
