package pipe

import "testing"

func TestParseFrame(t *testing.T) {
	for _, c := range []struct {
		in       string
		line, co int
		fn       string
		ok       bool
	}{
		{"3:3: panic: main.g(...)\n", 3, 3, "main.g", true},
		{"1:29: panic: main(...)", 1, 29, "main", true},
		{"1:2: panic", 1, 2, "", true},
		{"hello: panic: x", 0, 0, "", false},
		{"3:4: not a panic", 0, 0, "", false},
	} {
		l, co, fn, ok := ParseFrame(c.in)
		if l != c.line || co != c.co || fn != c.fn || ok != c.ok {
			t.Errorf("ParseFrame(%q) = %d %d %q %v", c.in, l, co, fn, ok)
		}
	}
}

func TestMarker(t *testing.T) {
	if Marker(42) != MarkerPrefix+"42\a" {
		t.Errorf("Marker(42) = %q", Marker(42))
	}
}
