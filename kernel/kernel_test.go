package kernel

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestKernelInfo(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	for _, sock := range []struct {
		name string
		send func() string
	}{
		{"shell", func() string { return tk.send(tk.shell, "kernel_info_request", map[string]any{}) }},
		{"control", func() string { return tk.send(tk.control, "kernel_info_request", map[string]any{}) }},
	} {
		id := sock.send()
		in := tk.shellIn
		if sock.name == "control" {
			in = tk.controlIn
		}
		r := tk.recvType(in, "kernel_info_reply")
		c := contentMap(r)
		if c["protocol_version"] != "5.4" || c["status"] != "ok" || c["implementation"] != "gokernel" {
			t.Fatalf("%s: %v", sock.name, c)
		}
		li := c["language_info"].(map[string]any)
		for k, v := range map[string]string{"name": "go", "mimetype": "text/x-go", "file_extension": ".go",
			"pygments_lexer": "go", "codemirror_mode": "go"} {
			if li[k] != v {
				t.Errorf("language_info.%s = %v, want %s", k, li[k], v)
			}
		}
		if r.Header.Version != "5.4" || r.Header.MsgID == "" || r.Header.Session == "" {
			t.Errorf("header %+v", r.Header)
		}
		if got := tk.iopubUntilIdle(id); len(got) != 0 {
			t.Errorf("kernel_info published %v", types(got))
		}
	}
}

func TestExecuteOutputs(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	reply, msgs := tk.execute("print:hello, world\n", nil)
	if reply["status"] != "ok" || reply["execution_count"] != 1.0 {
		t.Fatalf("reply %v", reply)
	}
	if got := types(msgs); !reflect.DeepEqual(got, []string{"execute_input", "stream"}) {
		t.Fatalf("iopub %v", got)
	}
	if c := contentMap(msgs[0]); c["code"] != "print:hello, world\n" || c["execution_count"] != 1.0 {
		t.Fatalf("execute_input %v", c)
	}
	if s := streamText(msgs, "stdout"); s != "hello, world\n" {
		t.Fatalf("stdout %q", s)
	}

	_, msgs = tk.execute("stderr:oops", nil)
	if s := streamText(msgs, "stderr"); s != "oops" {
		t.Fatalf("stderr %q", s)
	}

	reply, msgs = tk.execute("result:42", nil)
	if got := types(msgs); !reflect.DeepEqual(got, []string{"execute_input", "execute_result"}) {
		t.Fatalf("iopub %v", got)
	}
	r := contentMap(msgs[1])
	if r["execution_count"] != 3.0 || r["data"].(map[string]any)["text/plain"] != "42" {
		t.Fatalf("execute_result %v", r)
	}
	if reply["execution_count"] != 3.0 {
		t.Fatalf("reply %v", reply)
	}

	_, msgs = tk.execute("display:d1", nil)
	if got := types(msgs); !reflect.DeepEqual(got, []string{"execute_input", "display_data", "update_display_data"}) {
		t.Fatalf("iopub %v", got)
	}
	if tr := contentMap(msgs[1])["transient"].(map[string]any); tr["display_id"] != "d1" {
		t.Fatalf("transient %v", tr)
	}

	_, msgs = tk.execute("clear", nil)
	if got := types(msgs); !reflect.DeepEqual(got, []string{"execute_input", "stream", "clear_output", "stream"}) {
		t.Fatalf("stream then clear_output must stay in order, got %v", got)
	}

	reply, _ = tk.execute("expr", map[string]any{"user_expressions": map[string]any{"a": "x"}})
	ue := reply["user_expressions"].(map[string]any)["a"].(map[string]any)
	if ue["data"].(map[string]any)["text/plain"] != "X" {
		t.Fatalf("user_expressions %v", reply)
	}
}

func TestExecutionCount(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	count := func(code string, extra map[string]any) float64 {
		r, _ := tk.execute(code, extra)
		return r["execution_count"].(float64)
	}
	steps := []struct {
		code  string
		extra map[string]any
		want  float64
	}{
		{"", nil, 1},
		{"", map[string]any{"silent": true}, 1},
		{"", map[string]any{"store_history": false}, 1},
		{"error:x", nil, 2},
		{"", nil, 3},
	}
	for i, s := range steps {
		if got := count(s.code, s.extra); got != s.want {
			t.Fatalf("step %d (%q %v): execution_count %v, want %v", i, s.code, s.extra, got, s.want)
		}
	}
	// silent: no execute_input, no execute_result
	_, msgs := tk.execute("result:1", map[string]any{"silent": true})
	if len(msgs) != 0 {
		t.Fatalf("silent cell published %v", types(msgs))
	}
	if tk.eng.lastRequest.StoreHistory || !tk.eng.lastRequest.Silent {
		t.Fatalf("engine saw %+v", tk.eng.lastRequest)
	}
}

func TestErrorAndStopOnError(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	// Requests queued behind a failing cell are aborted. The first cell
	// sleeps so that all of them are queued when the error happens.
	ids := []string{
		tk.send(tk.shell, "execute_request", map[string]any{"code": "sleep:100"}),
		tk.send(tk.shell, "execute_request", map[string]any{"code": "error:boom", "stop_on_error": true}),
		tk.send(tk.shell, "execute_request", map[string]any{"code": "print:never"}),
		tk.send(tk.shell, "execute_request", map[string]any{"code": "print:never"}),
	}
	want := []string{"ok", "error", "aborted", "aborted"}
	for i, id := range ids {
		r := tk.recvType(tk.shellIn, "execute_reply")
		if parentID(r) != id || contentMap(r)["status"] != want[i] {
			t.Fatalf("reply %d: %v", i, contentMap(r))
		}
		if i == 1 {
			c := contentMap(r)
			if c["ename"] != "FakeError" || c["evalue"] != "boom" || len(c["traceback"].([]any)) != 1 {
				t.Fatalf("error reply %v", c)
			}
		}
		msgs := tk.iopubUntilIdle(id)
		if i <= 1 {
			if i == 0 {
				continue
			}
			if got := types(msgs); !reflect.DeepEqual(got, []string{"execute_input", "error"}) {
				t.Fatalf("iopub %v", got)
			}
		} else if len(msgs) != 0 {
			t.Fatalf("aborted cell published %v", types(msgs))
		}
	}
	// A request sent after the error reply runs.
	if r, _ := tk.execute("print:runs", nil); r["status"] != "ok" {
		t.Fatalf("after abort: %v", r)
	}
	// stop_on_error false: the queued request runs.
	a := tk.send(tk.shell, "execute_request", map[string]any{"code": "error:x", "stop_on_error": false})
	b := tk.send(tk.shell, "execute_request", map[string]any{"code": "print:y"})
	for _, want := range []struct{ id, status string }{{a, "error"}, {b, "ok"}} {
		r := tk.recvType(tk.shellIn, "execute_reply")
		if parentID(r) != want.id || contentMap(r)["status"] != want.status {
			t.Fatalf("got %v for %s", contentMap(r), want.status)
		}
	}
}

func TestHugeOutputCoalescedInOrder(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	const n = 100000
	reply, msgs := tk.execute(fmt.Sprintf("lines:%d", n), nil)
	if reply["status"] != "ok" {
		t.Fatal(reply)
	}
	var want strings.Builder
	for i := range n {
		fmt.Fprintf(&want, "line %d\n", i)
	}
	if got := streamText(msgs, "stdout"); got != want.String() {
		t.Fatalf("stdout differs: got %d bytes, want %d", len(got), want.Len())
	}
	if len(msgs) > 200 {
		t.Errorf("100k lines took %d iopub messages: not coalesced", len(msgs))
	}
	tk.alive()
}

func TestInterruptBlockedCell(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	id := tk.send(tk.shell, "execute_request", map[string]any{"code": "block"})
	// Wait until the cell runs (its execute_input is out).
	for {
		m := tk.recv(tk.iopubIn, 10*time.Second)
		if m.Header.MsgType == "execute_input" && parentID(m) == id {
			break
		}
	}
	// Control answers while the cell runs.
	tk.send(tk.control, "kernel_info_request", map[string]any{})
	tk.recvType(tk.controlIn, "kernel_info_reply")
	tk.send(tk.control, "interrupt_request", map[string]any{})
	ir := tk.recvType(tk.controlIn, "interrupt_reply")
	if contentMap(ir)["status"] != "ok" {
		t.Fatal(contentMap(ir))
	}
	r := tk.recvType(tk.shellIn, "execute_reply")
	if c := contentMap(r); c["status"] != "error" || c["ename"] != "Interrupted" {
		t.Fatalf("reply %v", c)
	}
	if tk.eng.interrupts == 0 {
		t.Fatal("engine not interrupted")
	}
	tk.alive()
}

func TestHeartbeatWhileBusy(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	tk.send(tk.shell, "execute_request", map[string]any{"code": "block"})
	time.Sleep(20 * time.Millisecond)
	for i := range 3 {
		ping := []byte(fmt.Sprintf("ping-%d", i))
		if err := tk.hb.Send(zmqMsg(ping)); err != nil {
			t.Fatal(err)
		}
		m, err := tk.hb.Recv()
		if err != nil || string(m.Frames[0]) != string(ping) {
			t.Fatalf("hb echo %q, %v", m.Frames, err)
		}
	}
	select {
	case r := <-tk.shellIn:
		t.Fatalf("cell should still be running, got %s", r.Header.MsgType)
	default:
	}
	tk.send(tk.control, "interrupt_request", map[string]any{})
	tk.recvType(tk.controlIn, "interrupt_reply")
	tk.recvType(tk.shellIn, "execute_reply")
}

func TestCompleteInspectIsComplete(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	tk.send(tk.shell, "complete_request", map[string]any{"code": "x := fmt.Pri", "cursor_pos": 12})
	c := contentMap(tk.recvType(tk.shellIn, "complete_reply"))
	if c["status"] != "ok" || c["cursor_start"] != 5.0 || c["cursor_end"] != 12.0 || len(c["matches"].([]any)) != 3 {
		t.Fatalf("complete %v", c)
	}
	tk.send(tk.shell, "complete_request", map[string]any{"code": "héllo", "cursor_pos": 99})
	c = contentMap(tk.recvType(tk.shellIn, "complete_reply"))
	if c["cursor_start"] != 5.0 || len(c["matches"].([]any)) != 0 {
		t.Fatalf("no-match complete %v", c)
	}
	tk.send(tk.shell, "inspect_request", map[string]any{"code": "fmt.Println", "cursor_pos": 5, "detail_level": 0})
	c = contentMap(tk.recvType(tk.shellIn, "inspect_reply"))
	if c["found"] != true || c["data"].(map[string]any)["text/plain"] == nil {
		t.Fatalf("inspect %v", c)
	}
	for code, want := range map[string]string{"x := 1": "complete", "func f() {": "incomplete", ")": "invalid"} {
		tk.send(tk.shell, "is_complete_request", map[string]any{"code": code})
		c = contentMap(tk.recvType(tk.shellIn, "is_complete_reply"))
		if c["status"] != want {
			t.Fatalf("is_complete(%q) = %v", code, c)
		}
		if _, has := c["indent"]; has != (want == "incomplete") {
			t.Fatalf("is_complete(%q) indent: %v", code, c)
		}
	}
}

func TestHistory(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	for _, code := range []string{"result:1", "result:2", "print:x", "result:1"} {
		tk.execute(code, nil)
	}
	tk.execute("result:9", map[string]any{"store_history": false})
	hist := func(req map[string]any) []any {
		req["output"], req["raw"] = req["output"] == true, true
		tk.send(tk.shell, "history_request", req)
		c := contentMap(tk.recvType(tk.shellIn, "history_reply"))
		if c["status"] != "ok" {
			t.Fatalf("history %v", c)
		}
		return c["history"].([]any)
	}
	got := hist(map[string]any{"hist_access_type": "tail", "n": 2})
	if fmt.Sprint(got) != "[[1 3 print:x] [1 4 result:1]]" {
		t.Fatalf("tail: %v", got)
	}
	got = hist(map[string]any{"hist_access_type": "tail", "n": 1, "output": true})
	if fmt.Sprint(got) != "[[1 4 [result:1 1]]]" {
		t.Fatalf("tail with output: %v", got)
	}
	got = hist(map[string]any{"hist_access_type": "range", "session": 1, "start": 2, "stop": 3})
	if fmt.Sprint(got) != "[[1 2 result:2]]" {
		t.Fatalf("range: %v", got)
	}
	got = hist(map[string]any{"hist_access_type": "search", "pattern": "result:*"})
	if len(got) != 3 {
		t.Fatalf("search: %v", got)
	}
	got = hist(map[string]any{"hist_access_type": "search", "pattern": "result:*", "unique": true})
	if fmt.Sprint(got) != "[[1 2 result:2] [1 4 result:1]]" {
		t.Fatalf("search unique: %v", got)
	}
	got = hist(map[string]any{"hist_access_type": "search", "pattern": "result:?", "n": 1})
	if fmt.Sprint(got) != "[[1 4 result:1]]" {
		t.Fatalf("search n: %v", got)
	}
}

func TestCommsAndUnknown(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	tk.send(tk.shell, "comm_info_request", map[string]any{})
	if c := contentMap(tk.recvType(tk.shellIn, "comm_info_reply")); c["status"] != "ok" {
		t.Fatal(c)
	}
	id := tk.send(tk.shell, "comm_open", map[string]any{"comm_id": "c1", "target_name": "nope", "data": map[string]any{}})
	msgs := tk.iopubUntilIdle(id)
	if len(msgs) != 1 || msgs[0].Header.MsgType != "comm_close" || contentMap(msgs[0])["comm_id"] != "c1" {
		t.Fatalf("comm_open answered with %v", types(msgs))
	}
	tk.send(tk.shell, "comm_msg", map[string]any{"comm_id": "c1", "data": map[string]any{}})
	tk.send(tk.shell, "frobnicate_request", map[string]any{})
	c := contentMap(tk.recvType(tk.shellIn, "frobnicate_reply"))
	if c["status"] != "error" || !strings.Contains(c["evalue"].(string), "frobnicate") {
		t.Fatal(c)
	}
	tk.send(tk.control, "debug_request", map[string]any{})
	if c := contentMap(tk.recvType(tk.controlIn, "debug_reply")); c["status"] != "error" {
		t.Fatal(c)
	}
}

func TestStdin(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	id := tk.send(tk.shell, "execute_request", map[string]any{"code": "input:Name? ", "allow_stdin": true})
	req := tk.recvType(tk.stdinIn, "input_request")
	if c := contentMap(req); c["prompt"] != "Name? " || c["password"] != false || parentID(req) != id {
		t.Fatalf("input_request %v", c)
	}
	tk.send(tk.stdin, "input_reply", map[string]any{"value": "Gopher"})
	r := tk.recvType(tk.shellIn, "execute_reply")
	if contentMap(r)["status"] != "ok" {
		t.Fatal(contentMap(r))
	}
	if s := streamText(tk.iopubUntilIdle(id), "stdout"); s != "got Gopher" {
		t.Fatalf("stdout %q", s)
	}
	reply, _ := tk.execute("input:x", map[string]any{"allow_stdin": false})
	if reply["status"] != "error" || !strings.Contains(reply["evalue"].(string), "allow_stdin") {
		t.Fatalf("allow_stdin false: %v", reply)
	}
	// An interrupt ends a pending input.
	tk.send(tk.shell, "execute_request", map[string]any{"code": "input:?", "allow_stdin": true})
	tk.recvType(tk.stdinIn, "input_request")
	tk.send(tk.control, "interrupt_request", map[string]any{})
	r = tk.recvType(tk.shellIn, "execute_reply")
	if c := contentMap(r); c["status"] != "error" || !strings.Contains(c["evalue"].(string), "interrupted") {
		t.Fatal(c)
	}
}

func TestOutputAfterCellKeepsItsParent(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	_, first := tk.execute("later:late line\n", nil)
	if len(first) != 1 {
		t.Fatalf("first cell %v", types(first))
	}
	firstID := parentID(first[0])
	id := tk.send(tk.shell, "execute_request", map[string]any{"code": "sleep:50"})
	close(tk.eng.later)
	var late string
	for late == "" {
		m := tk.recv(tk.iopubIn, 10*time.Second)
		if m.Header.MsgType == "stream" {
			if parentID(m) != firstID {
				t.Fatalf("late output published under %s, want %s", parentID(m), firstID)
			}
			late = contentMap(m)["text"].(string)
		}
	}
	tk.recvType(tk.shellIn, "execute_reply")
	_ = id
	if late != "late line\n" {
		t.Fatalf("late %q", late)
	}
}

func TestEnginePanicIsReported(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	reply, msgs := tk.execute("panic", nil)
	if reply["status"] != "error" || reply["ename"] != "EngineError" {
		t.Fatalf("reply %v", reply)
	}
	if len(msgs) != 2 || msgs[1].Header.MsgType != "error" {
		t.Fatalf("iopub %v", types(msgs))
	}
	tk.alive()
}

func TestShutdown(t *testing.T) {
	tk := startKernel(t, ipcInfo(t))
	tk.execute("", nil)
	tk.send(tk.control, "shutdown_request", map[string]any{"restart": true})
	if c := contentMap(tk.recvType(tk.controlIn, "shutdown_reply")); c["restart"] != true || c["status"] != "ok" {
		t.Fatal(c)
	}
	tk.eng.mu.Lock()
	restarted := len(tk.eng.shutdowns) == 1
	tk.eng.mu.Unlock()
	if !restarted {
		t.Fatal("shutdown_reply (restart) was sent before the engine had restarted: the next cell could land in the old session")
	}
	if r, _ := tk.execute("", nil); r["execution_count"] != 1.0 {
		t.Fatalf("after restart the count starts again: %v", r)
	}
	tk.send(tk.control, "shutdown_request", map[string]any{"restart": false})
	if c := contentMap(tk.recvType(tk.controlIn, "shutdown_reply")); c["restart"] != false {
		t.Fatal(c)
	}
	select {
	case err := <-tk.done:
		if err != nil {
			t.Fatal(err)
		}
		tk.done <- nil // for Cleanup
	case <-time.After(5 * time.Second):
		t.Fatal("kernel still serving after shutdown_request")
	}
	if !reflect.DeepEqual(tk.eng.shutdowns, []bool{true, false}) {
		t.Fatalf("engine shutdowns %v", tk.eng.shutdowns)
	}
}

func TestStreamSplitKeepsRunesWhole(t *testing.T) {
	tk := startKernel(t, ipcInfo(t), WithStreamFlush(time.Hour, 7))
	text := strings.Repeat("héllo wörld ✓ 𝄞\n", 50)
	_, msgs := tk.execute("print:"+text, nil)
	if got := streamText(msgs, "stdout"); got != text {
		t.Fatalf("split stream differs:\n%q\n%q", got, text)
	}
	if len(msgs) < 10 {
		t.Fatalf("%d messages: text was not split at 7 bytes", len(msgs))
	}
}
