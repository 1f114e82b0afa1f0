package frontend

import "github.com/gokernel/gokernel/kernel"

func (s *Session) complete(code string, cursor int) kernel.CompleteResult {
	return kernel.CompleteResult{CursorStart: cursor, CursorEnd: cursor}
}

func (s *Session) inspect(code string, cursor, detail int) kernel.InspectResult {
	return kernel.InspectResult{}
}
