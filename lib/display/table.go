package display

import (
	"fmt"
	"html"
	"reflect"
	"strings"
	"text/tabwriter"
)

// Table returns a Value shown as an HTML table with the given header (may
// be nil) and rows, each cell formatted with fmt's %v; numbers are
// right-aligned. Its text/plain fallback is the same table in aligned
// columns. Rows may differ in length: short ones are padded with empty
// cells.
func Table(header []string, rows [][]any) Value {
	cols := len(header)
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	cell := func(r []any, i int) (string, bool) {
		if i >= len(r) {
			return "", false
		}
		return fmt.Sprintf("%v", r[i]), isNumber(r[i])
	}

	var h strings.Builder
	h.WriteString("<table>")
	if len(header) > 0 {
		h.WriteString("<thead><tr>")
		for i := range cols {
			name := ""
			if i < len(header) {
				name = header[i]
			}
			h.WriteString("<th>" + html.EscapeString(name) + "</th>")
		}
		h.WriteString("</tr></thead>")
	}
	h.WriteString("<tbody>")
	for _, r := range rows {
		h.WriteString("<tr>")
		for i := range cols {
			s, num := cell(r, i)
			if num {
				h.WriteString(`<td style="text-align:right">`)
			} else {
				h.WriteString("<td>")
			}
			h.WriteString(html.EscapeString(s) + "</td>")
		}
		h.WriteString("</tr>")
	}
	h.WriteString("</tbody></table>")

	var t strings.Builder
	tw := tabwriter.NewWriter(&t, 0, 0, 2, ' ', 0)
	line := func(cells []string) {
		// Tabs or newlines inside a cell would break the columns.
		for i, c := range cells {
			cells[i] = strings.NewReplacer("\t", " ", "\n", " ").Replace(c)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if len(header) > 0 {
		hs := make([]string, cols)
		rule := make([]string, cols)
		for i := range cols {
			if i < len(header) {
				hs[i] = header[i]
			}
			rule[i] = strings.Repeat("-", max(len([]rune(hs[i])), 1))
		}
		line(hs)
		line(rule)
	}
	for _, r := range rows {
		cs := make([]string, cols)
		for i := range cols {
			cs[i], _ = cell(r, i)
		}
		line(cs)
	}
	tw.Flush()
	lines := strings.Split(strings.TrimRight(t.String(), "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	plain := strings.Join(lines, "\n")
	if plain == "" {
		plain = "[empty table]"
	}
	return textValue(MIMEHTML, h.String(), plain)
}

func isNumber(v any) bool {
	switch reflect.ValueOf(v).Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}
