package frontend

import "testing"

func TestIsComplete(t *testing.T) {
	cases := []struct{ code, status, indent string }{
		{"x := 1", "complete", ""},
		{"func f() {", "incomplete", "\t"},
		{"for i := range 3 {\n\tif i > 0 {", "incomplete", "\t\t"},
		{"s := `raw", "incomplete", ""},
		{"x := 1 +", "incomplete", ""},
		{"fmt.Println(1))", "invalid", ""},
		{"x := := 2", "invalid", ""},
		{"", "complete", ""},
		{"func f() int { return 1 }\nf()", "complete", ""},
	}
	for _, c := range cases {
		st, ind := IsComplete(c.code)
		if st != c.status || ind != c.indent {
			t.Errorf("IsComplete(%q) = %q, %q; want %q, %q", c.code, st, ind, c.status, c.indent)
		}
	}
}
