package kernel

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/gokernel/gokernel/kernel/wire"
)

// queueShell is the shell reader's handler: it stamps the arrival time (for
// stop_on_error) and queues the request for the shell goroutine.
func (k *Kernel) queueShell(m *wire.Message) {
	select {
	case k.shellQ <- inbound{msg: m, at: time.Now()}:
	case <-k.ctx.Done():
	}
}

// shellLoop handles shell requests one at a time, in arrival order.
func (k *Kernel) shellLoop() {
	for {
		select {
		case <-k.ctx.Done():
			return
		case in := <-k.shellQ:
			k.handleShell(in)
		}
	}
}

func (k *Kernel) handleShell(in inbound) {
	m := in.msg
	k.status(m, "busy")
	defer k.status(m, "idle")
	switch t := m.Header.MsgType; t {
	case "execute_request":
		if in.at.Before(k.abortBefore) {
			k.reply(k.shell, m, "execute_reply", map[string]any{
				"status": "aborted", "execution_count": k.execCount,
			})
			return
		}
		k.execute(m)
	case "kernel_info_request":
		k.reply(k.shell, m, "kernel_info_reply", k.kernelInfo())
	case "complete_request":
		k.complete(m)
	case "inspect_request":
		k.inspect(m)
	case "is_complete_request":
		k.isComplete(m)
	case "history_request":
		k.historyRequest(m)
	case "comm_info_request":
		k.reply(k.shell, m, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "comm_open":
		// No comm targets are registered: close the comm, as ipykernel does
		// for an unknown target_name.
		var c struct {
			CommID string `json:"comm_id"`
		}
		json.Unmarshal(m.Content, &c)
		k.publish(m, "comm_close", map[string]any{"comm_id": c.CommID, "data": map[string]any{}})
	case "comm_msg", "comm_close":
		// Messages for comms this kernel never opened: nothing to do, and
		// comm messages get no reply.
	case "shutdown_request":
		k.shutdown(k.shell, m)
	case "connect_request":
		k.reply(k.shell, m, "connect_reply", k.connectInfo())
	default:
		k.unknown(k.shell, m)
	}
}

// unknown replies status error to a request type the kernel does not know.
func (k *Kernel) unknown(s *sender, m *wire.Message) {
	t := m.Header.MsgType
	k.log.Printf("unknown message type %q", t)
	reply := strings.TrimSuffix(t, "_request") + "_reply"
	k.reply(s, m, reply, errorContent("UnknownMessageType",
		fmt.Sprintf("gokernel does not handle %q messages", t)))
}

func (k *Kernel) kernelInfo() map[string]any {
	var li LanguageInfo
	if p := k.safe("Info", func() { li = k.eng.Info() }); p != nil {
		li = LanguageInfo{Name: "go"}
	}
	help := li.HelpLinks
	if help == nil {
		help = []HelpLink{}
	}
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       wire.ProtocolVersion,
		"implementation":         k.cfg.implementation,
		"implementation_version": k.cfg.version,
		"language_info": map[string]any{
			"name":            li.Name,
			"version":         li.Version,
			"mimetype":        li.Mimetype,
			"file_extension":  li.FileExtension,
			"pygments_lexer":  li.PygmentsLexer,
			"codemirror_mode": li.CodemirrorMode,
		},
		"banner":     li.Banner,
		"help_links": help,
		"debugger":   false,
	}
}

func (k *Kernel) connectInfo() map[string]any {
	return map[string]any{
		"status": "ok", "shell_port": k.info.ShellPort, "iopub_port": k.info.IOPubPort,
		"stdin_port": k.info.StdinPort, "control_port": k.info.ControlPort, "hb_port": k.info.HBPort,
	}
}

// decodeContent unmarshals a request's content; on failure it replies
// status error and returns false.
func (k *Kernel) decodeContent(s *sender, m *wire.Message, v any) bool {
	if err := json.Unmarshal(m.Content, v); err != nil {
		k.reply(s, m, strings.TrimSuffix(m.Header.MsgType, "_request")+"_reply",
			errorContent("BadRequest", "cannot decode content: "+err.Error()))
		return false
	}
	return true
}

func (k *Kernel) complete(m *wire.Message) {
	var c struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	if !k.decodeContent(k.shell, m, &c) {
		return
	}
	cursor := clampCursor(c.Code, c.CursorPos)
	var r CompleteResult
	if p := k.safe("Complete", func() { r = k.eng.Complete(c.Code, cursor) }); p != nil {
		k.reply(k.shell, m, "complete_reply", errorContent("EngineError", fmt.Sprint(p)))
		return
	}
	matches := r.Matches
	if matches == nil {
		matches = []string{}
	}
	meta := map[string]any{}
	if len(r.Types) > 0 {
		meta["_jupyter_types_experimental"] = r.Types
	}
	start, end := r.CursorStart, r.CursorEnd
	if len(matches) == 0 {
		start, end = cursor, cursor
	}
	k.reply(k.shell, m, "complete_reply", map[string]any{
		"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end, "metadata": meta,
	})
}

func (k *Kernel) inspect(m *wire.Message) {
	var c struct {
		Code        string `json:"code"`
		CursorPos   *int   `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if !k.decodeContent(k.shell, m, &c) {
		return
	}
	cursor := clampCursor(c.Code, c.CursorPos)
	var r InspectResult
	if p := k.safe("Inspect", func() { r = k.eng.Inspect(c.Code, cursor, c.DetailLevel) }); p != nil {
		k.reply(k.shell, m, "inspect_reply", errorContent("EngineError", fmt.Sprint(p)))
		return
	}
	data := r.Data
	if data == nil || !r.Found {
		data = map[string]any{}
	}
	k.reply(k.shell, m, "inspect_reply", map[string]any{
		"status": "ok", "found": r.Found, "data": data, "metadata": map[string]any{},
	})
}

func (k *Kernel) isComplete(m *wire.Message) {
	var c struct {
		Code string `json:"code"`
	}
	if !k.decodeContent(k.shell, m, &c) {
		return
	}
	status, indent := "unknown", ""
	if p := k.safe("IsComplete", func() { status, indent = k.eng.IsComplete(c.Code) }); p != nil {
		status, indent = "unknown", ""
	}
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	k.reply(k.shell, m, "is_complete_reply", content)
}

// clampCursor returns the cursor position (in code points) within code; a
// missing position means the end, as the spec allows.
func clampCursor(code string, pos *int) int {
	n := len([]rune(code))
	if pos == nil || *pos > n {
		return n
	}
	if *pos < 0 {
		return 0
	}
	return *pos
}
