package kernel

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// fakeEngine is an Engine whose cells are commands, so the protocol can be
// tested without Go or yaegi. A cell is one command:
//
//	print:TEXT  stderr:TEXT  result:TEXT  error:MSG  lines:N  sleep:MS
//	block  input:PROMPT  display:ID  clear  panic  later:TEXT  spin
type fakeEngine struct {
	mu          sync.Mutex
	interrupts  int
	shutdowns   []bool
	lastRequest ExecuteRequest
	later       chan struct{}
}

func newFakeEngine() *fakeEngine { return &fakeEngine{later: make(chan struct{})} }

func (f *fakeEngine) Execute(ctx context.Context, req ExecuteRequest, out Output) ExecuteResult {
	f.mu.Lock()
	f.lastRequest = req
	f.mu.Unlock()
	cmd, arg, _ := strings.Cut(req.Code, ":")
	switch cmd {
	case "print":
		out.Stream("stdout", arg)
	case "stderr":
		out.Stream("stderr", arg)
	case "result":
		return ExecuteResult{Result: &MIMEBundle{Data: map[string]any{"text/plain": arg}}}
	case "error":
		return ExecuteResult{Err: &CellError{Name: "FakeError", Value: arg, Traceback: []string{"\x1b[31mFakeError\x1b[0m: " + arg}}}
	case "lines":
		n, _ := strconv.Atoi(arg)
		for i := range n {
			out.Stream("stdout", "line "+strconv.Itoa(i)+"\n")
		}
	case "sleep":
		ms, _ := strconv.Atoi(arg)
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
		case <-ctx.Done():
			return interrupted()
		}
	case "block":
		<-ctx.Done()
		return interrupted()
	case "input":
		s, err := out.Input(arg, false)
		if err != nil {
			return ExecuteResult{Err: &CellError{Name: "InputError", Value: err.Error()}}
		}
		out.Stream("stdout", "got "+s)
	case "display":
		out.Display(MIMEBundle{Data: map[string]any{"text/html": "<b>x</b>", "text/plain": "x"}}, arg, false)
		out.Display(MIMEBundle{Data: map[string]any{"text/plain": "y"}}, arg, true)
	case "clear":
		out.Stream("stdout", "before")
		out.ClearOutput(true)
		out.Stream("stdout", "after")
	case "panic":
		panic("engine bug")
	case "later":
		go func() {
			<-f.later
			out.Stream("stdout", arg)
		}()
	case "expr":
		ue := map[string]any{}
		for name, e := range req.UserExpressions {
			ue[name] = map[string]any{"status": "ok", "data": map[string]any{"text/plain": strings.ToUpper(e)}, "metadata": map[string]any{}}
		}
		return ExecuteResult{UserExpressions: ue}
	case "":
	default:
		return ExecuteResult{Err: &CellError{Name: "UnknownCommand", Value: cmd}}
	}
	return ExecuteResult{}
}

func interrupted() ExecuteResult {
	return ExecuteResult{Err: &CellError{Name: "Interrupted", Value: "interrupted by the user"}}
}

func (f *fakeEngine) Complete(code string, cursor int) CompleteResult {
	if strings.HasSuffix(code[:cursor], "fmt.Pri") {
		return CompleteResult{Matches: []string{"fmt.Print", "fmt.Printf", "fmt.Println"}, CursorStart: cursor - 7, CursorEnd: cursor}
	}
	return CompleteResult{}
}

func (f *fakeEngine) Inspect(code string, cursor, detail int) InspectResult {
	if strings.Contains(code, "Println") {
		return InspectResult{Found: true, Data: map[string]any{"text/plain": "func fmt.Println(a ...any) (n int, err error)"}}
	}
	return InspectResult{}
}

func (f *fakeEngine) IsComplete(code string) (string, string) {
	switch {
	case strings.HasSuffix(code, "{"):
		return "incomplete", "\t"
	case strings.HasPrefix(code, ")"):
		return "invalid", ""
	}
	return "complete", ""
}

func (f *fakeEngine) Interrupt() {
	f.mu.Lock()
	f.interrupts++
	f.mu.Unlock()
}

func (f *fakeEngine) Shutdown(restart bool) error {
	// A real engine takes a while to stop its worker and start a new one.
	time.Sleep(20 * time.Millisecond)
	f.mu.Lock()
	f.shutdowns = append(f.shutdowns, restart)
	f.mu.Unlock()
	return nil
}

func (f *fakeEngine) Info() LanguageInfo {
	return LanguageInfo{Name: "go", Version: "go1.26", Mimetype: "text/x-go", FileExtension: ".go",
		PygmentsLexer: "go", CodemirrorMode: "go", Banner: "fake",
		HelpLinks: []HelpLink{{Text: "Go", URL: "https://go.dev/doc/"}}}
}

func (f *fakeEngine) String() string { return fmt.Sprintf("fake(%d interrupts)", f.interrupts) }
