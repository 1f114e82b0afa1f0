package kernel

import (
	"github.com/gokernel/gokernel/kernel/wire"
)

// handleControl runs on the control reader's goroutine, so control requests
// are answered while a cell runs on the shell goroutine.
func (k *Kernel) handleControl(m *wire.Message) {
	k.status(m, "busy")
	defer k.status(m, "idle")
	switch m.Header.MsgType {
	case "shutdown_request":
		k.shutdown(k.control, m)
	case "interrupt_request":
		k.interrupt()
		k.reply(k.control, m, "interrupt_reply", map[string]any{"status": "ok"})
	case "kernel_info_request":
		k.reply(k.control, m, "kernel_info_reply", k.kernelInfo())
	case "connect_request":
		k.reply(k.control, m, "connect_reply", k.connectInfo())
	default:
		k.unknown(k.control, m)
	}
}

// interrupt cancels the running cell's context and tells the engine.
func (k *Kernel) interrupt() {
	k.cancelRunningCell()
	k.safe("Interrupt", k.eng.Interrupt)
}

// shutdown answers shutdown_request. With restart the engine is restarted
// and the kernel keeps serving a fresh session; without, the kernel stops
// after the reply has been sent.
func (k *Kernel) shutdown(s *sender, m *wire.Message) {
	var c struct {
		Restart bool `json:"restart"`
	}
	if !k.decodeContent(s, m, &c) {
		return
	}
	content := map[string]any{"status": "ok", "restart": c.Restart}
	k.interrupt()
	if c.Restart {
		// The fresh session must exist before the reply: a client sends its
		// next execute_request as soon as it has the reply, and that cell
		// must not land in the session being torn down.
		k.shutdownEngine(true)
		k.resetSession()
		k.reply(s, m, "shutdown_reply", content)
		k.publish(m, "shutdown_reply", content)
		return
	}
	k.reply(s, m, "shutdown_reply", content)
	k.publish(m, "shutdown_reply", content)
	k.stop()
}

// resetSession forgets the counters and history of the previous session
// (after a restart). It runs on control, so it takes the cell lock.
func (k *Kernel) resetSession() {
	k.cellMu.Lock()
	defer k.cellMu.Unlock()
	k.restartPending = true
}
