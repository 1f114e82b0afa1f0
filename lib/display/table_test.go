package display

import (
	"strings"
	"testing"
	"time"
)

func TestTable(t *testing.T) {
	v := Table([]string{"strategy", "seconds", "note"}, [][]any{
		{"sequential", 4.12, "<slow>"},
		{"threads", 1.2},
		{"processes", 1.6, "a\tb", "extra"},
	})
	data, _ := BundleOf(v)
	html := data[MIMEHTML].(string)
	for _, want := range []string{
		"<thead><tr><th>strategy</th><th>seconds</th><th>note</th><th></th></tr></thead>",
		`<tr><td>sequential</td><td style="text-align:right">4.12</td><td>&lt;slow&gt;</td><td></td></tr>`,
		`<tr><td>threads</td><td style="text-align:right">1.2</td><td></td><td></td></tr>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %s\n%s", want, html)
		}
	}
	// The HTML is a table the fallback reader turns back into the cells.
	if got := strings.Split(plainFromHTML(html), "\n")[1]; got != "sequential\t4.12\t<slow>" {
		t.Errorf("HTML row reads back as %q", got)
	}
	want := "" +
		"strategy    seconds  note\n" +
		"--------    -------  ----    -\n" +
		"sequential  4.12     <slow>\n" +
		"threads     1.2\n" +
		"processes   1.6      a b     extra"
	if data[MIMEText] != want {
		t.Errorf("text/plain:\n%s\nwant:\n%s", data[MIMEText], want)
	}
	if Table(nil, nil).String() != "[empty table]" {
		t.Error("empty table fallback")
	}
	if d, _ := BundleOf(Table(nil, [][]any{{time.Second, uint8(3)}})); !strings.Contains(d[MIMEHTML].(string), `<td style="text-align:right">1s</td>`) {
		t.Errorf("time.Duration is a number: %v", d[MIMEHTML])
	}
}
