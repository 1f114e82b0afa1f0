package kernel

import (
	"context"
	"fmt"
	"time"

	"github.com/gokernel/gokernel/kernel/wire"
)

type executeContent struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history"`
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      *bool             `json:"allow_stdin"`
	StopOnError     *bool             `json:"stop_on_error"`
}

func orDefault(b *bool, def bool) bool {
	if b == nil {
		return def
	}
	return *b
}

// execute handles execute_request on the shell goroutine.
func (k *Kernel) execute(m *wire.Message) {
	k.applyRestart()
	var c executeContent
	if !k.decodeContent(k.shell, m, &c) {
		return
	}
	store := orDefault(c.StoreHistory, !c.Silent) && !c.Silent
	allowStdin := orDefault(c.AllowStdin, true)
	stopOnError := orDefault(c.StopOnError, true)

	// execution_count as in ipykernel: counted for cells that store
	// history, failed ones included; silent cells do not count.
	if store {
		k.execCount++
	}
	count := k.execCount
	if !c.Silent {
		k.publish(m, "execute_input", map[string]any{"code": c.Code, "execution_count": count})
	}

	ctx, cancel := context.WithCancel(k.ctx)
	k.cellMu.Lock()
	k.cancelCell = cancel
	k.cellMu.Unlock()
	out := &cellOutput{k: k, req: m, allowStdin: allowStdin, ctx: ctx}
	req := ExecuteRequest{
		Code: c.Code, Silent: c.Silent, StoreHistory: store, AllowStdin: allowStdin,
		UserExpressions: c.UserExpressions, ExecutionCount: count,
	}
	var res ExecuteResult
	if p := k.safe("Execute", func() { res = k.eng.Execute(ctx, req, out) }); p != nil {
		res = ExecuteResult{Err: &CellError{Name: "EngineError", Value: fmt.Sprint(p),
			Traceback: []string{"gokernel: the engine failed: " + fmt.Sprint(p)}}}
	}
	k.cellMu.Lock()
	k.cancelCell = nil
	k.cellMu.Unlock()
	cancel()
	out.finished.Store(true)

	userExpr := res.UserExpressions
	if userExpr == nil {
		userExpr = map[string]any{}
	}
	var reply map[string]any
	var outText string
	if e := res.Err; e != nil {
		tb := e.Traceback
		if tb == nil {
			tb = []string{}
		}
		k.publish(m, "error", map[string]any{"ename": e.Name, "evalue": e.Value, "traceback": tb})
		reply = map[string]any{
			"status": "error", "execution_count": count,
			"ename": e.Name, "evalue": e.Value, "traceback": tb,
			"user_expressions": userExpr,
		}
	} else {
		if res.Result != nil && !c.Silent {
			md := res.Result.Metadata
			if md == nil {
				md = map[string]any{}
			}
			k.publish(m, "execute_result", map[string]any{
				"execution_count": count, "data": res.Result.Data, "metadata": md,
			})
			if s, ok := res.Result.Data["text/plain"].(string); ok {
				outText = s
			}
		}
		reply = map[string]any{
			"status": "ok", "execution_count": count,
			"user_expressions": userExpr, "payload": []any{},
		}
	}
	if store {
		k.history.add(count, c.Code, outText)
	}
	// Output the cell printed is queued before its reply.
	k.iopub.flush()
	k.reply(k.shell, m, "execute_reply", reply)
	if res.Err != nil && stopOnError {
		// Requests already received when the error reply went out are
		// aborted, as ipykernel does.
		k.abortBefore = time.Now().Add(k.cfg.stopOnErrorWait)
	}
}

// applyRestart resets the session's counters after a restart requested on
// control.
func (k *Kernel) applyRestart() {
	k.cellMu.Lock()
	r := k.restartPending
	k.restartPending = false
	k.cellMu.Unlock()
	if r {
		k.execCount = 0
		k.history = history{}
		k.abortBefore = time.Time{}
	}
}

// cellOutput is the Output of one cell. It stays valid after the cell
// finished: goroutines the cell started still publish under its parent.
type cellOutput struct {
	k          *Kernel
	req        *wire.Message
	allowStdin bool
	ctx        context.Context
	finished   atomicBool
}

func (o *cellOutput) Stream(name, text string) {
	if name != "stderr" {
		name = "stdout"
	}
	o.k.iopub.stream(o.req.RawHeader, o.req.Header.MsgID, name, text)
}

func (o *cellOutput) Display(b MIMEBundle, displayID string, update bool) {
	msgType := "display_data"
	if update {
		msgType = "update_display_data"
	}
	data, md := b.Data, b.Metadata
	if data == nil {
		data = map[string]any{}
	}
	if md == nil {
		md = map[string]any{}
	}
	transient := map[string]any{}
	if displayID != "" {
		transient["display_id"] = displayID
	}
	o.k.publish(o.req, msgType, map[string]any{"data": data, "metadata": md, "transient": transient})
}

func (o *cellOutput) ClearOutput(wait bool) {
	o.k.publish(o.req, "clear_output", map[string]any{"wait": wait})
}

func (o *cellOutput) Input(prompt string, password bool) (string, error) {
	if !o.allowStdin {
		return "", fmt.Errorf("stdin is not available: this execute_request has allow_stdin false (the front-end cannot answer input requests)")
	}
	if o.finished.Load() {
		return "", fmt.Errorf("stdin is not available: the cell that started this goroutine has finished")
	}
	return o.k.requestInput(o.ctx, o.req, prompt, password)
}
