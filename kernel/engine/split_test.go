package engine

import (
	"strings"
	"testing"

	"github.com/gokernel/gokernel/kernel/worker/pipe"
)

// feedAll runs chunks through a splitter and renders markers as <n>.
func feedAll(chunks ...string) string {
	var sp splitter
	var b strings.Builder
	for _, c := range chunks {
		sp.feed([]byte(c), func(t []byte) { b.WriteString("[" + string(t) + "]") }, func(n uint64) {
			b.WriteString("<" + strings.TrimSpace(strings.Repeat(" ", 0)) + itoa(n) + ">")
		})
	}
	if r := sp.flush(); len(r) > 0 {
		b.WriteString("{" + string(r) + "}")
	}
	return b.String()
}

func itoa(n uint64) string {
	return strings.TrimPrefix(pipe.Marker(n), pipe.MarkerPrefix)[:len(pipe.Marker(n))-len(pipe.MarkerPrefix)-1]
}

func TestSplitter(t *testing.T) {
	m := pipe.Marker
	for _, c := range []struct {
		name   string
		chunks []string
		want   string
	}{
		{"plain", []string{"abc"}, "[abc]"},
		{"marker", []string{"ab" + m(7) + "cd"}, "[ab]<7>[cd]"},
		{"two markers", []string{m(1) + m(2)}, "<1><2>"},
		{"split marker", []string{"x" + m(12)[:3], m(12)[3:] + "y"}, "[x]<12>[y]"},
		{"split prefix byte by byte", strings.Split("a"+m(5)+"b", ""), "[a]<5>[b]"},
		{"split rune", []string{"h\xc3", "\xa9!"}, "[h][é!]"},
		{"split 4-byte rune", []string{"\xf0\x9f", "\x98\x80"}, "[😀]"},
		{"lone escape", []string{"\x1b[0m"}, "[\x1b[0m]"},
		{"bad marker digits", []string{pipe.MarkerPrefix + "zz\a."}, "[" + pipe.MarkerPrefix + "][zz\a.]"},
		{"unterminated at end", []string{"q" + pipe.MarkerPrefix + "12"}, "[q]{" + pipe.MarkerPrefix + "12}"},
	} {
		if got := feedAll(c.chunks...); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestIsCompleteStandIn(t *testing.T) {
	for _, c := range []struct{ code, status string }{
		{"x := 1", "complete"},
		{"func f() {", "incomplete"},
		{"for i := 0; i < 3; i++ {\n\tfmt.Println(i)", "incomplete"},
		{"s := `raw", "incomplete"},
		{"x := )", "invalid"},
		{"func f() {}\nf()", "invalid"},
		{"import \"fmt\"", "complete"},
		{"", "complete"},
	} {
		if got, _ := isComplete(c.code); got != c.status {
			t.Errorf("isComplete(%q) = %s, want %s", c.code, got, c.status)
		}
	}
}
