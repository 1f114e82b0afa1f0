package engine

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestOutputFromEverySourceInOrder(t *testing.T) {
	e := newTestEngine(t)
	res, out := cell(t, e, `import (
	"fmt"
	"log"
	"os"
	"strings"
)
---
fmt.Println("one")
os.Stdout.Write([]byte("two\n"))
fmt.Fprintln(os.Stdout, "three")
strings.NewReader("four\n").WriteTo(os.Stdout)
fmt.Print("five\n")
fmt.Fprintln(os.Stderr, "err-one")
log.SetFlags(0)
log.Print("err-two")
os.Stderr.WriteString("err-three\n")
fmt.Println("before")
__gkrt.Display(map[string]any{"text/plain": "D"}, nil, "", false)
fmt.Println("after")
fmt.Fprintln(os.Stderr, "err-after")`)
	mustOK(t, res)
	if got, want := out.text("stdout"), "one\ntwo\nthree\nfour\nfive\nbefore\nafter\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got, want := out.text("stderr"), "err-one\nerr-two\nerr-three\nerr-after\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
	// The display must sit after "before" and before "after" on stdout,
	// and after err-three on stderr.
	var seenOut, seenErr string
	for _, it := range out.snapshot() {
		switch it.kind {
		case "stdout":
			seenOut += it.text
		case "stderr":
			seenErr += it.text
		case "display":
			if !strings.HasSuffix(seenOut, "before\n") || !strings.HasSuffix(seenErr, "err-three\n") {
				t.Errorf("display arrived after stdout %q / stderr %q", seenOut, seenErr)
			}
			if it.data["text/plain"] != "D" {
				t.Errorf("display data = %v", it.data)
			}
		}
	}
}

func TestResultValues(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "func two() (int, string) { return 7, \"seven\" }"))
	for _, c := range []struct{ cell, want string }{
		{"=1 + 2", "3"},
		{"=\"a\", 2.5, true", "a 2.5 true"},
		{"=[]int{1, 2}", "[1 2]"},
		{"=map[string]int{\"a\": 1}", "map[a:1]"},
	} {
		res, _ := cell(t, e, c.cell)
		mustOK(t, res)
		if got := plain(res); got != c.want {
			t.Errorf("%s: text/plain = %q, want %q", c.cell, got, c.want)
		}
	}
	mustOK(t, execOK(t, e, "a, b := two()"))
	res, _ := cell(t, e, "=a, b")
	mustOK(t, res)
	if got := plain(res); got != "7 seven" {
		t.Errorf("two values: text/plain = %q", got)
	}
	// A statement shows nothing.
	res, _ = cell(t, e, "x := 1\n_ = x")
	mustOK(t, res)
	if res.Result != nil {
		t.Errorf("statement produced a result: %v", res.Result.Data)
	}
}

func execOK(t *testing.T, e *Engine, code string) (r kernelResult) {
	res, _ := cell(t, e, code)
	return res
}

func TestSessionPersists(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import \"strings\""))
	mustOK(t, execOK(t, e, "x := strings.Repeat(\"ab\", 2)"))
	mustOK(t, execOK(t, e, "func f() string { return x + \"!\" }"))
	res, _ := cell(t, e, "=f()")
	mustOK(t, res)
	if got := plain(res); got != "abab!" {
		t.Errorf("f() = %q", got)
	}
}

func TestCompileErrors(t *testing.T) {
	e := newTestEngine(t)
	// From the front-end: positioned, with a caret.
	res, _ := cell(t, e, "!compile-error undefined: y")
	if res.Err == nil || res.Err.Name != "CompileError" || res.Err.Value != "1:5: undefined: y" {
		t.Fatalf("front-end compile error = %+v", res.Err)
	}
	tb := strings.Join(res.Err.Traceback, "\n")
	if !strings.Contains(tb, "^") || !strings.Contains(tb, "\x1b[0;31m") {
		t.Errorf("traceback lacks caret or colour:\n%s", tb)
	}
	// From the interpreter: mapped to the cell line.
	res, _ = cell(t, e, "a := 1\n_ = a\nvar b int = \"s\"\n_ = b")
	if res.Err == nil || res.Err.Name != "CompileError" {
		t.Fatalf("interpreter compile error = %+v", res.Err)
	}
	if !strings.HasPrefix(res.Err.Value, "3:") || !strings.Contains(res.Err.Value, "cannot") {
		t.Errorf("compile error value = %q, want line 3", res.Err.Value)
	}
	// The session survives.
	res, _ = cell(t, e, "=40 + 2")
	mustOK(t, res)
	if plain(res) != "42" {
		t.Errorf("after error: %q", plain(res))
	}
}

func TestPanics(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import \"strconv\""))
	mustOK(t, execOK(t, e, "func g() {\n\tx := 1\n\tpanic(\"boom \" + strconv.Itoa(x))\n}"))
	res, _ := cell(t, e, "g()")
	if res.Err == nil || res.Err.Name != "panic" || res.Err.Value != "boom 1" {
		t.Fatalf("panic = %+v", res.Err)
	}
	tb := strings.Join(res.Err.Traceback, "\n")
	if !strings.Contains(tb, "g\x1b[0m, declared at line 1") || !strings.Contains(tb, "func g() {") || !strings.Contains(tb, "in the cell, line 1") {
		t.Errorf("traceback does not name g, its declaration and the cell line:\n%s", tb)
	}
	res, _ = cell(t, e, "s := []int{1}\ni := 5\n_ = s[i]")
	if res.Err == nil || res.Err.Name != "runtime error" {
		t.Fatalf("index out of range = %+v", res.Err)
	}
	res, _ = cell(t, e, "m := map[string]int(nil)\nm[\"a\"] = 1")
	if res.Err == nil || res.Err.Name == "CompileError" {
		t.Fatalf("nil map write = %+v", res.Err)
	}
	res, _ = cell(t, e, "=1")
	mustOK(t, res)
}

func TestExitAndFatalKeepTheSession(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import (\n\t\"fmt\"\n\t\"log\"\n\t\"os\"\n)\n---\nkeep := 5"))
	res, out := cell(t, e, "fmt.Println(\"before\")\nos.Exit(3)\nfmt.Println(\"after\")")
	if res.Err == nil || res.Err.Name != "os.Exit" || res.Err.Value != "exit status 3" {
		t.Fatalf("os.Exit = %+v", res.Err)
	}
	if out.text("stdout") != "before\n" {
		t.Errorf("os.Exit(3) cell printed %q", out.text("stdout"))
	}
	// Exit status 0 is success, and the cell stops there.
	res, out = cell(t, e, "fmt.Println(\"before\")\nos.Exit(0)\nfmt.Println(\"after\")")
	mustOK(t, res)
	if out.text("stdout") != "before\n" {
		t.Errorf("os.Exit(0) cell printed %q", out.text("stdout"))
	}
	res, out = cell(t, e, "log.SetFlags(0)\nlog.Fatal(\"bad thing\")")
	if res.Err == nil || !strings.Contains(res.Err.Value, "bad thing") {
		t.Fatalf("log.Fatal = %+v", res.Err)
	}
	if !strings.Contains(out.text("stderr"), "bad thing") {
		t.Errorf("log.Fatal printed %q", out.text("stderr"))
	}
	res, _ = cell(t, e, "=keep")
	mustOK(t, res)
	if plain(res) != "5" {
		t.Errorf("keep = %q", plain(res))
	}
}

func TestGoroutinePanicRestartsAndReplays(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import \"time\"\n---\nvar decl = 11\n---\nfunc twice(n int) int { return 2 * n }"))
	mustOK(t, execOK(t, e, "v := 3\n_ = v"))
	res, out := cell(t, e, "go func() { panic(\"in the background\") }()\ntime.Sleep(5 * time.Second)")
	if res.Err == nil || res.Err.Name != "panic" {
		t.Fatalf("goroutine panic = %+v", res.Err)
	}
	if !strings.Contains(res.Err.Value, "in the background") || !strings.Contains(res.Err.Value, "lost: v") {
		t.Errorf("value = %q, want the panic text and the lost variable", res.Err.Value)
	}
	if s := out.text("stderr"); strings.Contains(s, "in the background") || strings.Contains(s, "runCfg") {
		t.Errorf("stderr = %q: the crash dump belongs in the error, not the stream", s)
	}
	res, _ = cell(t, e, "=twice(decl)")
	mustOK(t, res)
	if plain(res) != "22" {
		t.Errorf("after restart twice(decl) = %q", plain(res))
	}
}

func TestCrashBetweenCellsReportedNext(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import \"time\""))
	mustOK(t, execOK(t, e, "go func() { time.Sleep(20 * time.Millisecond); panic(\"late\") }()"))
	// Wait until the worker is gone.
	e.mu.Lock()
	p := e.p
	e.mu.Unlock()
	<-p.dead
	res, out := cell(t, e, "=2")
	mustOK(t, res)
	if plain(res) != "2" {
		t.Errorf("result = %q", plain(res))
	}
	if s := out.text("stderr"); !strings.Contains(s, "late") || !strings.Contains(s, "restarted") {
		t.Errorf("next cell's stderr = %q, want the crash note", s)
	}
}

func TestManyLinesInOrder(t *testing.T) {
	e := newTestEngine(t)
	res, out := cell(t, e, "import \"fmt\"\n---\nfor i := 0; i < 100000; i++ {\n\tfmt.Println(i)\n}")
	mustOK(t, res)
	var want strings.Builder
	for i := range 100000 {
		want.WriteString(strconv.Itoa(i))
		want.WriteByte('\n')
	}
	if got := out.text("stdout"); got != want.String() {
		t.Errorf("got %d bytes, want %d; lines out of order or lost", len(got), want.Len())
	}
}

func TestStdin(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "import (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)"))
	out := &recorder{inputs: []string{"hello", "second line"}}
	res := execWith(t, e, "s := \"\"\nfmt.Scanln(&s)\nfmt.Println(\"got\", s)\nsc := bufio.NewScanner(os.Stdin)\nsc.Scan()\nfmt.Println(\"then\", sc.Text())", out, true)
	mustOK(t, res)
	if got := out.text("stdout"); got != "got hello\nthen second line\n" {
		t.Errorf("stdout = %q", got)
	}
	out = &recorder{}
	res = execWith(t, e, "s2 := \"\"\n_, err := fmt.Scanln(&s2)\nfmt.Println(err)", out, false)
	mustOK(t, res)
	if got := out.text("stdout"); !strings.Contains(got, "allow_stdin is false") {
		t.Errorf("disallowed stdin printed %q", got)
	}
}

func TestSilent(t *testing.T) {
	e := newTestEngine(t)
	out := &recorder{}
	res := e.Execute(t.Context(), kernelReq("import \"fmt\"\n---\nfmt.Println(\"hidden\")\n---\n=5", true), out)
	mustOK(t, res)
	if res.Result != nil || len(out.snapshot()) != 0 {
		t.Errorf("silent cell published: %v %v", res.Result, out.snapshot())
	}
}

func TestUserExpressions(t *testing.T) {
	e := newTestEngine(t)
	req := kernelReq("y := 20\n_ = y", false)
	req.UserExpressions = map[string]string{"double": "y * 2", "bad": "nope +"}
	res := e.Execute(t.Context(), req, &recorder{})
	mustOK(t, res)
	d, _ := res.UserExpressions["double"].(map[string]any)
	if d["status"] != "ok" || d["data"].(map[string]any)["text/plain"] != "40" {
		t.Errorf("double = %v", res.UserExpressions["double"])
	}
	b, _ := res.UserExpressions["bad"].(map[string]any)
	if b["status"] != "error" {
		t.Errorf("bad = %v", res.UserExpressions["bad"])
	}
}

func TestShutdownAndRestart(t *testing.T) {
	e := newTestEngine(t)
	mustOK(t, execOK(t, e, "var before = 1"))
	if err := e.Shutdown(true); err != nil {
		t.Fatal(err)
	}
	// A fresh session: the old declaration is gone.
	res, _ := cell(t, e, "=before")
	if res.Err == nil {
		t.Errorf("after restart the old session's var is still there: %v", res.Result)
	}
	res, _ = cell(t, e, "=1")
	mustOK(t, res)
	// Shutdown while a cell runs ends the cell.
	time.AfterFunc(100*time.Millisecond, func() { e.Shutdown(false) })
	res, _ = cell(t, e, "for {\n}")
	if res.Err == nil {
		t.Fatal("cell survived shutdown")
	}
	res, _ = cell(t, e, "=1")
	if res.Err == nil || !strings.Contains(res.Err.Value, "shut down") {
		t.Errorf("after shutdown: %+v", res.Err)
	}
}

// lib/display reaches the notebook through the worker's publisher, in
// order with printed text; a cell's value is rendered by display.BundleOf.
// It needs the generated symbol tables (lib/display exported to yaegi).
func TestLibDisplay(t *testing.T) {
	e := newTestEngine(t)
	res, _ := cell(t, e, "import (\n\t\"fmt\"\n\t\"github.com/gokernel/gokernel/lib/display\"\n)")
	if res.Err != nil {
		t.Skipf("lib/display is not in the symbol tables (run go generate ./kernel/...): %s", res.Err.Value)
	}
	res, out := cell(t, e, "fmt.Println(\"a\")\ndisplay.Show(display.HTML(\"<b>x</b>\"))\nfmt.Println(\"b\")\ndisplay.Clear(true)\n---\n=display.Markdown(\"*m*\")")
	mustOK(t, res)
	items := out.snapshot()
	if len(items) != 4 || items[0].text != "a\n" || items[1].kind != "display" || items[1].data["text/html"] != "<b>x</b>" ||
		items[2].text != "b\n" || items[3].kind != "clear" {
		t.Errorf("items = %+v", items)
	}
	if res.Result == nil || res.Result.Data["text/markdown"] != "*m*" {
		t.Errorf("result = %+v", res.Result)
	}
}

// A declaration whose replay kills the worker must not brick the session.
func TestReplayThatCrashes(t *testing.T) {
	e := newTestEngine(t)
	// The initializer waits for a goroutine that panics: it kills the
	// worker when it runs, and again when the restart replays it.
	res, _ := cell(t, e, "var bomb = func() int {\n\tc := make(chan int)\n\tgo func() { panic(\"bomb\") }()\n\t<-c\n\treturn 1\n}()")
	if res.Err == nil || !strings.Contains(res.Err.Value, "bomb") {
		t.Fatalf("first run: %+v", res.Err)
	}
	res, out := cell(t, e, "=7")
	mustOK(t, res)
	if plain(res) != "7" {
		t.Errorf("result = %q", plain(res))
	}
	if s := out.text("stderr"); !strings.Contains(s, "replaying the session failed") {
		t.Errorf("the failed replay was not reported: %q", s)
	}
}

// Output a goroutine prints after its cell finished goes to that cell's
// Output while no other cell runs (the kernel routes it further).
func TestGoroutineOutputAfterCell(t *testing.T) {
	e := newTestEngine(t)
	res, first := cell(t, e, "import (\n\t\"fmt\"\n\t\"time\"\n)\n---\ngo func() {\n\ttime.Sleep(50 * time.Millisecond)\n\tfmt.Println(\"late line\")\n}()")
	mustOK(t, res)
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(first.text("stdout"), "late line") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := first.text("stdout"); got != "late line\n" {
		t.Errorf("first cell's stdout = %q", got)
	}
}

// TestDeferredStart: with WithDeferredStart nothing runs until Start, and a
// request that comes first starts the engine itself.
func TestDeferredStart(t *testing.T) {
	e, err := New(
		WithCommand(os.Args[0], "-test.run=^$"),
		WithEnv(append(os.Environ(), "GOKERNEL_TEST_WORKER=1")),
		WithCompiler(func() Compiler { return &testCompiler{} }),
		WithDeferredStart(),
	)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown(false)
	e.mu.Lock()
	idle := e.p == nil && e.starting == nil && e.comp == nil
	e.mu.Unlock()
	if !idle {
		t.Fatal("a deferred engine started before Start")
	}
	res, _ := cell(t, e, "=6*7")
	if res.Err != nil || plain(res) != "42" {
		t.Fatalf("first cell without Start: %v %v", res.Err, plain(res))
	}
}
