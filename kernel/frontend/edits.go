package frontend

import (
	"sort"
	"strings"
)

// edit replaces text[start:end] of the check file with repl. Lowerings are
// edits rather than reprinted syntax trees so that every line of the cell
// stays on its line: yaegi's error positions then map straight back to the
// cell, and unchanged code stays byte-identical.
type edit struct {
	start, end int
	repl       string
	seq        int
}

type editList struct {
	list []edit
}

func (l *editList) replace(start, end int, repl string) {
	l.list = append(l.list, edit{start, end, repl, len(l.list)})
}

func (l *editList) insert(at int, s string) { l.replace(at, at, s) }

// wrap puts pre before text[start:end] and post after it, outside every
// other edit made at those offsets, before or after this call.
func (l *editList) wrap(start, end int, pre, post string) {
	const outer = 1 << 30
	l.list = append(l.list, edit{start, start, pre, -outer + len(l.list)}, edit{end, end, post, outer + len(l.list)})
}

// apply returns src[start:end] with the edits that fall inside it applied.
// Edits at the same offset apply in the order they were made, insertions
// first; overlapping
// replacements are a bug in a lowering and keep the first.
func (l *editList) apply(src string, start, end int) string {
	var es []edit
	for _, e := range l.list {
		if e.start >= start && e.end <= end {
			es = append(es, e)
		}
	}
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].start != es[j].start {
			return es[i].start < es[j].start
		}
		// At one offset, insertions go before a replacement starting there.
		ii, ij := es[i].start == es[i].end, es[j].start == es[j].end
		if ii != ij {
			return ii
		}
		return es[i].seq < es[j].seq
	})
	var b strings.Builder
	pos := start
	for _, e := range es {
		if e.start < pos {
			continue
		}
		b.WriteString(src[pos:e.start])
		b.WriteString(e.repl)
		pos = e.end
	}
	b.WriteString(src[pos:end])
	return b.String()
}

// replaceSpan replaces src[start:end] with repl, dropping the edits already
// made inside the span: the caller has folded them into repl (usually via
// apply over the same span).
func (l *editList) replaceSpan(start, end int, repl string) {
	kept := l.list[:0]
	for _, e := range l.list {
		if e.start >= start && e.end <= end {
			continue
		}
		kept = append(kept, e)
	}
	l.list = kept
	l.replace(start, end, repl)
}

// replaced reports whether a replacement (not an insertion) already covers
// offset off.
func (l *editList) replaced(off int) bool {
	for _, e := range l.list {
		if e.start < e.end && e.start <= off && off < e.end {
			return true
		}
	}
	return false
}
