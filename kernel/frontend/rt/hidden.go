package rt

import (
	"reflect"
	"regexp"
	"strings"
)

// The front-end gives a struct type with no fields, declared in a cell, one
// hidden string field whose tag carries the type's name (see
// frontend.markEmptyStruct): yaegi would otherwise make every such type the
// same reflect type, struct{}. What the field looks like is defined here
// only; the front-end declares it, Struct leaves it out of %+v and %#v, and
// NameHiddenTypes puts the Go name back into messages.
const (
	hiddenField  = "gkt"
	hiddenTagKey = "gk"
)

// HiddenField is the declaration of the hidden field of the cell type name.
func HiddenField(name string) string {
	return hiddenField + " string `" + hiddenTag(name) + "`"
}

func hiddenTag(name string) string {
	return `json:"-" xml:"-" ` + hiddenTagKey + `:"` + name + `"`
}

// hiddenTypeRE matches reflect's spelling of such a type (yaegi exports the
// field as X + its name); group 1 is the type's name. It is derived from
// the type itself, so it cannot drift from HiddenField.
var hiddenTypeRE = func() *regexp.Regexp {
	const placeholder = "TYPENAME"
	t := reflect.StructOf([]reflect.StructField{{
		Name: "X" + hiddenField, Type: reflect.TypeOf(""), Tag: reflect.StructTag(hiddenTag(placeholder)),
	}})
	return regexp.MustCompile(strings.Replace(regexp.QuoteMeta(t.String()), placeholder, `(\w+)`, 1))
}()

// NameHiddenTypes writes Go's main.Name where msg spells a field-less cell
// type by its reflect structure.
func NameHiddenTypes(msg string) string {
	return hiddenTypeRE.ReplaceAllString(msg, "main.$1")
}

// hiddenOnly reports whether v is a struct whose only field is the hidden
// one, and the type's name from its tag.
func hiddenOnly(v reflect.Value) (string, bool) {
	if v.Kind() != reflect.Struct || v.NumField() != 1 {
		return "", false
	}
	tag := v.Type().Field(0).Tag.Get(hiddenTagKey)
	return tag, tag != ""
}
