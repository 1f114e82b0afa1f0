package coroutine_test

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestDocumentExamples runs the document's Python examples
// (testdata/doc/*.py, copied verbatim from the reference) with CPython and
// checks that the Go Example ports print the same lines. An uncaught Python
// exception, whose traceback ends with a line such as "StopIteration", is
// matched by the Go example printing "error: StopIteration".
func TestDocumentExamples(t *testing.T) {
	const python = "/usr/bin/python3"
	if _, err := os.Stat(python); err != nil {
		t.Skipf("CPython reference not available: %v", err)
	}
	cases := []struct {
		script  string
		example func()
	}{
		{"coroutine1.py", Example_coroutine1},
		{"coroutine2.py", Example_coroutine2},
		{"states.py", Example_states},
		{"yieldfrom.py", Example_yieldFrom},
	}
	for _, c := range cases {
		t.Run(c.script, func(t *testing.T) {
			cmd := exec.Command(python, "testdata/doc/"+c.script)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			runErr := cmd.Run()
			want := stdout.String()
			if runErr != nil {
				lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
				if !strings.HasPrefix(lines[0], "Traceback") {
					t.Fatalf("python: %v\n%s", runErr, stderr.String())
				}
				want += "error: " + lines[len(lines)-1] + "\n"
			}
			got := captureStdout(t, c.example)
			if got != want {
				t.Fatalf("Go example printed:\n%s\nCPython printed:\n%s", got, want)
			}
		})
	}
}

// captureStdout returns what fn writes to os.Stdout.
func captureStdout(t *testing.T, fn func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		b, _ := io.ReadAll(r)
		done <- string(b)
	}()
	func() {
		defer func() { os.Stdout = saved }()
		fn()
	}()
	w.Close()
	return <-done
}
