package display

import (
	"html"
	"strings"
)

// plainFromHTML turns an HTML fragment into readable plain text for the
// text/plain fallback: tags dropped, block ends become line breaks, table
// cells are separated by tabs, entities decoded, blank runs squeezed.
func plainFromHTML(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s, '>')
		if j < 0 { // a lone '<' is text
			b.WriteString(s)
			break
		}
		closing := strings.HasPrefix(s, "</")
		tag := strings.ToLower(strings.TrimLeft(s[1:j], "/"))
		if k := strings.IndexAny(tag, " \t\n/"); k >= 0 {
			tag = tag[:k]
		}
		s = s[j+1:]
		switch tag {
		case "script", "style": // their content is not text
			if closing {
				break
			}
			if end := strings.Index(strings.ToLower(s), "</"+tag); end >= 0 {
				s = s[end:]
			} else {
				s = ""
			}
		case "br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "pre":
			b.WriteByte('\n')
		case "td", "th":
			if closing {
				b.WriteByte('\t')
			}
		}
	}
	lines := strings.Split(html.UnescapeString(b.String()), "\n")
	out := lines[:0]
	for _, l := range lines {
		var cells []string
		for _, c := range strings.Split(l, "\t") {
			if c = strings.Join(strings.Fields(c), " "); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) > 0 {
			out = append(out, strings.Join(cells, "\t"))
		}
	}
	if len(out) == 0 {
		return "[HTML]"
	}
	return strings.Join(out, "\n")
}
