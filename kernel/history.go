package kernel

import (
	"regexp"
	"strings"

	"github.com/gokernel/gokernel/kernel/wire"
)

// historySession is the session number of the running session in
// history_reply tuples (IPython numbers sessions from 1).
const historySession = 1

// history keeps the session's executed cells in memory, like IPython's
// history manager without its database.
type history struct {
	entries []histEntry
}

type histEntry struct {
	line          int
	input, output string
}

func (h *history) add(line int, input, output string) {
	h.entries = append(h.entries, histEntry{line, input, output})
}

type historyRequest struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"`
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           *int   `json:"stop"`
	N              *int   `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

func (k *Kernel) historyRequest(m *wire.Message) {
	k.applyRestart()
	var r historyRequest
	if !k.decodeContent(k.shell, m, &r) {
		return
	}
	sel, err := k.history.query(r)
	if err != nil {
		k.reply(k.shell, m, "history_reply", errorContent("HistoryError", err.Error()))
		return
	}
	out := make([]any, 0, len(sel))
	for _, e := range sel {
		if r.Output {
			var o any
			if e.output != "" {
				o = e.output
			}
			out = append(out, []any{historySession, e.line, []any{e.input, o}})
		} else {
			out = append(out, []any{historySession, e.line, e.input})
		}
	}
	k.reply(k.shell, m, "history_reply", map[string]any{"status": "ok", "history": out})
}

type histError string

func (e histError) Error() string { return string(e) }

// query selects entries as IPython does for tail, range and search.
func (h *history) query(r historyRequest) ([]histEntry, error) {
	all := h.entries
	switch r.HistAccessType {
	case "tail":
		n := len(all)
		if r.N != nil && *r.N >= 0 && *r.N < n {
			n = *r.N
		}
		return all[len(all)-n:], nil
	case "range":
		// Session 0 or a negative offset from it is the running session;
		// earlier sessions are not kept.
		if r.Session > 0 && r.Session != historySession {
			return nil, nil
		}
		var out []histEntry
		for _, e := range all {
			if e.line >= r.Start && (r.Stop == nil || e.line < *r.Stop) {
				out = append(out, e)
			}
		}
		return out, nil
	case "search":
		re, err := globRegexp(r.Pattern)
		if err != nil {
			return nil, err
		}
		var out []histEntry
		seen := map[string]bool{}
		// Newest first for unique, then back to chronological order.
		for i := len(all) - 1; i >= 0; i-- {
			e := all[i]
			if !re.MatchString(e.input) {
				continue
			}
			if r.Unique {
				if seen[e.input] {
					continue
				}
				seen[e.input] = true
			}
			out = append(out, e)
			if r.N != nil && *r.N > 0 && len(out) >= *r.N {
				break
			}
		}
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
		return out, nil
	default:
		return nil, histError("hist_access_type must be tail, range or search, not " + r.HistAccessType)
	}
}

// globRegexp turns a shell glob (*, ?, [..]) matched against the whole
// input, as SQLite's GLOB in IPython's history, into a regexp.
func globRegexp(glob string) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString(`(?s)^`)
	rs := []rune(glob)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; c {
		case '*':
			b.WriteString(`.*`)
		case '?':
			b.WriteString(`.`)
		case '[':
			j := -1
			for x := i + 1; x < len(rs); x++ {
				if rs[x] == ']' && x > i+1 {
					j = x
					break
				}
			}
			if j < 0 {
				b.WriteString(`\[`)
				continue
			}
			class := string(rs[i+1 : j])
			b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
			i = j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`$`)
	return regexp.Compile(b.String())
}
