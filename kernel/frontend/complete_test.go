package frontend

import (
	"slices"
	"strings"
	"testing"
)

func completionSession(t *testing.T) *Session {
	s := NewSession()
	for _, cell := range []string{
		"type Point struct{ X, Y int }\n\n// Norm1 returns |X|+|Y|.\nfunc (p Point) Norm1() int { return p.X + p.Y }",
		"// Greet says hello to name.\nfunc Greet(name string) string { return \"hi \" + name }",
		"pt := Point{1, 2}\ncounter := 3",
	} {
		p, err := s.Compile(cell)
		if err != nil {
			t.Fatalf("%q: %v", cell, err)
		}
		s.Commit(p)
	}
	return s
}

func TestComplete(t *testing.T) {
	s := completionSession(t)
	cases := []struct {
		code   string
		want   []string
		absent []string
		typ    string
	}{
		{"strings.ToU", []string{"ToUpper", "ToUpperSpecial"}, nil, "function"},
		{"pt.", []string{"X", "Y", "Norm1"}, nil, ""},
		{"pt.N", []string{"Norm1"}, []string{"X"}, "function"},
		{"Gre", []string{"Greet"}, nil, "function"},
		{"cou", []string{"counter"}, nil, "instance"},
		{"fo", []string{"for"}, nil, "keyword"},
		{"func f(longName int) { lon", []string{"longName"}, nil, "instance"},
		{"sli", []string{"slices"}, nil, "module"},
		{"time.Sec", []string{"Second"}, nil, "constant"},
	}
	for _, c := range cases {
		r := s.Complete(c.code, len([]rune(c.code)))
		for _, w := range c.want {
			i := slices.Index(r.Matches, w)
			if i < 0 {
				t.Errorf("Complete(%q) = %v, missing %q", c.code, r.Matches, w)
				continue
			}
			if c.typ != "" && r.Types[i].Type != c.typ {
				t.Errorf("Complete(%q): %q has type %q, want %q", c.code, w, r.Types[i].Type, c.typ)
			}
		}
		for _, a := range c.absent {
			if slices.Contains(r.Matches, a) {
				t.Errorf("Complete(%q) = %v, should not contain %q", c.code, r.Matches, a)
			}
		}
		if len(r.Types) != len(r.Matches) {
			t.Errorf("Complete(%q): %d types for %d matches", c.code, len(r.Types), len(r.Matches))
		}
	}
	// cursor_start is where the replaced prefix begins, in code points.
	r := s.Complete("é := pt.No", 10)
	if r.CursorStart != 8 || r.CursorEnd != 10 {
		t.Errorf("cursor range = %d..%d, want 8..10", r.CursorStart, r.CursorEnd)
	}
}

func TestInspect(t *testing.T) {
	s := completionSession(t)
	cases := []struct{ code, want, doc string }{
		{"strings.ToUpper", "func strings.ToUpper(s string) string", "ToUpper returns s with all Unicode letters mapped to their upper case."},
		{"Greet", "func Greet(name string) string", "Greet says hello to name."},
		{"pt.Norm1", "func (Point).Norm1() int", "Norm1 returns |X|+|Y|."},
		{"counter", "var counter int", ""},
		{"fmt.Println(", "func fmt.Println(a ...any) (n int, err error)", "Println formats using the default formats"},
	}
	for _, c := range cases {
		r := s.Inspect(c.code, len([]rune(c.code)), 0)
		if !r.Found {
			t.Errorf("Inspect(%q): not found", c.code)
			continue
		}
		plain := r.Data["text/plain"].(string)
		if !strings.HasPrefix(plain, c.want) || !strings.Contains(plain, c.doc) {
			t.Errorf("Inspect(%q) = %q, want %q with doc %q", c.code, plain, c.want, c.doc)
		}
		if md := r.Data["text/markdown"].(string); !strings.Contains(md, "```go\n"+c.want) {
			t.Errorf("Inspect(%q) markdown = %q", c.code, md)
		}
	}
	if r := s.Inspect("   ", 1, 0); r.Found {
		t.Errorf("Inspect on blanks found %v", r.Data)
	}
}
