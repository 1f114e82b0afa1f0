package engine

import (
	"os"
	"strings"
	"testing"

	"github.com/gokernel/gokernel/kernel/frontend"
)

// TestWithFrontend runs cells through the real front-end, as the kernel
// does: values shown, a pasted program's main run once, compile errors
// positioned, a goroutine panic survived with the lost variables named.
func TestWithFrontend(t *testing.T) {
	e, err := New(
		WithCommand(os.Args[0], "-test.run=^$"),
		WithEnv(append(os.Environ(), "GOKERNEL_TEST_WORKER=1")),
		WithCompiler(func() Compiler { return frontend.NewSession() }),
	)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown(false)
	for _, c := range []struct {
		cell, stdout, result, ename string
	}{
		{cell: "import \"fmt\"\nx := 3\nfmt.Println(\"x is\", x)", stdout: "x is 3\n"},
		{cell: "x * 2", result: "6"},
		{cell: "fmt.Println(\"hi\")", stdout: "hi\n"},
		{cell: "func f(a int) (int, string) { return a, \"s\" }\nf(4)", result: "4 s"},
		{cell: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"main ran\")\n}", stdout: "main ran\n"},
		{cell: "fmt.Println(\"next\")", stdout: "next\n"},
		{cell: "y := undefinedName + 1", ename: "CompileError"},
		{cell: "var m map[string]int\nm[\"a\"] = 1", ename: "runtime error"},
		{cell: "import \"time\"\ngo func() { panic(\"bg\") }()\ntime.Sleep(time.Second)", ename: "panic"},
		{cell: "f(1)", result: "1 s"},
	} {
		res, out := cell(t, e, c.cell)
		name := ""
		if res.Err != nil {
			name = res.Err.Name
		}
		if name != c.ename {
			t.Errorf("%q: error %q, want %q (%v)", c.cell, name, c.ename, res.Err)
			continue
		}
		if got := out.text("stdout"); got != c.stdout {
			t.Errorf("%q: stdout %q, want %q", c.cell, got, c.stdout)
		}
		if c.result != "" && plain(res) != c.result {
			t.Errorf("%q: result %q, want %q", c.cell, plain(res), c.result)
		}
		if c.result == "" && res.Result != nil {
			t.Errorf("%q: unexpected result %v", c.cell, res.Result.Data)
		}
		if c.ename == "panic" && !strings.Contains(res.Err.Value, "x") {
			t.Errorf("%q: lost variables not named: %s", c.cell, res.Err.Value)
		}
	}
}

// TestProcessPoolFromCells runs a process pool whose tasks are functions
// declared in earlier cells, written as in a compiled program (the front-end
// passes their names): its workers are interpreter processes that received
// the session's declarations, and what a task prints reaches the cell.
func TestProcessPoolFromCells(t *testing.T) {
	e, err := New(
		WithCommand(os.Args[0], "-test.run=^$"),
		WithEnv(append(os.Environ(), "GOKERNEL_TEST_WORKER=1")),
		WithCompiler(func() Compiler { return frontend.NewSession() }),
	)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Shutdown(false)
	decl := "func sumTo(n int) int {\n\tt := 0\n\tfor i := 1; i <= n; i++ {\n\t\tt += i\n\t}\n\tfmt.Println(\"summed\", n)\n\treturn t\n}"
	if res, _ := cell(t, e, decl); res.Err != nil {
		t.Fatal(res.Err)
	}
	run := "ex, _ := futures.NewProcessPoolExecutor(1)\n" +
		"var got []int\n" +
		"for r, err := range futures.Map(ex, sumTo, []int{10, 100}) {\n" +
		"\tif err != nil {\n\t\tpanic(err)\n\t}\n\tgot = append(got, r)\n}\n" +
		"f, _ := futures.Submit(ex, sumTo, 3)\n" +
		"r, err := f.Result(futures.NoTimeout)\n" +
		"ex.Shutdown(true)\n" +
		"fmt.Println(got, r, err)"
	res, out := cell(t, e, run)
	if res.Err != nil {
		t.Fatalf("%v\n%s", res.Err, out.text("stderr"))
	}
	if got := out.text("stdout"); got != "summed 10\nsummed 100\nsummed 3\n[55 5050] 6 <nil>\n" {
		t.Errorf("stdout %q", got)
	}
}
