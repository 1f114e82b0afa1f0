package frontend

import (
	"os"
	"testing"
)

// TestDumpPlan prints the plan of $GK_DUMP (a file), for debugging.
func TestDumpPlan(t *testing.T) {
	f := os.Getenv("GK_DUMP")
	if f == "" {
		t.Skip("set GK_DUMP=file to print its plan")
	}
	src, _ := os.ReadFile(f)
	p, err := NewSession().Compile(string(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range p.Steps {
		t.Logf("--- %s %v\n%s", s.Kind, s.Lines, s.Source)
	}
}
