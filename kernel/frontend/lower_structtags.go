package frontend

import (
	"go/ast"
	"slices"
	"strconv"
	"strings"

	"github.com/gokernel/gokernel/kernel/frontend/rt"
)

// lowerStructTags hides the unexported fields of struct types written in a
// cell from encoding/json and encoding/xml. yaegi builds its struct types
// with reflect.StructOf, which takes only exported fields, so it renames
// note to Xnote, and the encoders would then see a field Go keeps private:
// a `json:"-" xml:"-"` tag makes them skip it, as they skip note under go
// run. (Embedded unexported types, whose fields Go promotes, are left as
// they are: yaegi does not embed them either.)
func (c *compilation) lowerStructTags(root ast.Node) {
	ast.Inspect(root, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			c.markEmptyStruct(ts)
			return true
		}
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		for _, f := range st.Fields.List {
			if len(f.Names) == 0 {
				continue
			}
			exported := false
			for _, id := range f.Names {
				if id.IsExported() {
					exported = true
				}
			}
			if exported {
				continue
			}
			if f.Tag == nil {
				c.edits.insert(c.off(f.Type.End()), " `json:\"-\" xml:\"-\"`")
				continue
			}
			tag, err := strconv.Unquote(f.Tag.Value)
			if err != nil || strings.Contains(tag, "`") {
				continue
			}
			// The encoders skip an unexported field whatever its tag says.
			tag = strings.TrimSpace(dropTagKeys(tag, "json", "xml") + ` json:"-" xml:"-"`)
			c.edits.replace(c.off(f.Tag.Pos()), c.off(f.Tag.End()), "`"+tag+"`")
		}
		return true
	})
}

// dropTagKeys removes the key:"value" pairs of keys from a struct tag,
// keeping the rest as written.
func dropTagKeys(tag string, keys ...string) string {
	var kept []string
	for tag != "" {
		tag = strings.TrimLeft(tag, " ")
		i := strings.Index(tag, `:"`)
		if i <= 0 {
			kept = append(kept, tag) // not key:"value" syntax: keep as is
			break
		}
		j := i + 2
		for j < len(tag) && tag[j] != '"' {
			if tag[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(tag) {
			kept = append(kept, tag)
			break
		}
		if !slices.Contains(keys, tag[:i]) {
			kept = append(kept, tag[:j+1])
		}
		tag = tag[j+1:]
	}
	return strings.Join(kept, " ")
}

// markEmptyStruct gives a named struct type with no fields a hidden string
// field whose tag carries the type's name. yaegi's types are unnamed reflect
// types, so every empty struct type declared in cells would be the same
// type, struct{}: type switches and assertions could not tell
// `type ErrNotFound struct{}` from `type ErrTimeout struct{}`, and yaegi's
// assertion to a field-less struct panics outright. The empty string prints
// as nothing (%v of the value is still {}), the encoders skip the field, and
// rt.Struct leaves it out of %+v and %#v.
func (c *compilation) markEmptyStruct(ts *ast.TypeSpec) {
	st, ok := ts.Type.(*ast.StructType)
	if !ok || st.Fields == nil || len(st.Fields.List) > 0 || !st.Fields.Opening.IsValid() {
		return
	}
	c.edits.insert(c.off(st.Fields.Opening)+1, " "+rt.HiddenField(ts.Name.Name))
}
