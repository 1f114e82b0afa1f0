package rt

import (
	"fmt"
	"reflect"
	"testing"
)

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func TestBundlePlain(t *testing.T) {
	SetRenderer(nil)
	for _, c := range []struct {
		vals []any
		want string
	}{
		{[]any{3}, "3"},
		{[]any{"a", 2.5, true}, "a 2.5 true"},
		{[]any{[]int{1, 2}}, fmt.Sprintf("%v", []int{1, 2})},
		{[]any{point{1, 2}}, "(1,2)"},
		{[]any{nil, fmt.Errorf("e")}, "<nil> e"},
	} {
		d, md := Bundle(c.vals)
		if d["text/plain"] != c.want || md == nil {
			t.Errorf("Bundle(%v) = %v, %v; want text/plain %q", c.vals, d, md, c.want)
		}
	}
}

func TestBundleRenderer(t *testing.T) {
	defer SetRenderer(nil)
	SetRenderer(func(v any) (map[string]any, map[string]any) {
		return map[string]any{"text/html": fmt.Sprintf("<b>%v</b>", v), "text/plain": fmt.Sprint(v)}, nil
	})
	d, md := Bundle([]any{7})
	if d["text/html"] != "<b>7</b>" || md == nil {
		t.Errorf("one value: %v %v", d, md)
	}
	// Several values are a tuple: plain text, not the renderer.
	d, _ = Bundle([]any{7, 8})
	if d["text/plain"] != "7 8" || d["text/html"] != nil {
		t.Errorf("two values: %v", d)
	}
	// A panicking renderer falls back to %v.
	SetRenderer(func(v any) (map[string]any, map[string]any) { panic("broken") })
	d, _ = Bundle([]any{9})
	if d["text/plain"] != "9" {
		t.Errorf("panicking renderer: %v", d)
	}
}

func TestPublish(t *testing.T) {
	var got []Message
	SetPublisher(func(m Message) { got = append(got, m) })
	defer SetPublisher(nil)
	Result(1, "x")
	Result()
	Display(map[string]any{"text/plain": "d"}, nil, "id1", false)
	Display(map[string]any{"text/plain": "e"}, nil, "id1", true)
	ClearOutput(true)
	want := []Message{
		{Type: "execute_result", Data: map[string]any{"text/plain": "1 x"}, Metadata: map[string]any{}},
		{Type: "display_data", Data: map[string]any{"text/plain": "d"}, DisplayID: "id1"},
		{Type: "update_display_data", Data: map[string]any{"text/plain": "e"}, DisplayID: "id1"},
		{Type: "clear_output", Wait: true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("published %#v\nwant %#v", got, want)
	}
}

func TestSymbolsMatchFuncs(t *testing.T) {
	pkg := Symbols[Path+"/rt"]
	for name, f := range map[string]any{"Result": Result, "Display": Display, "ClearOutput": ClearOutput, "Bundle": Bundle} {
		v, ok := pkg[name]
		if !ok || v.Pointer() != reflect.ValueOf(f).Pointer() {
			t.Errorf("export %s missing or wrong", name)
		}
	}
}

func TestResultSkipsValuesAlreadyShown(t *testing.T) {
	type handle struct{}
	var got []Message
	SetPublisher(func(m Message) { got = append(got, m) })
	SetShown(func(v any) bool { _, ok := v.(handle); return ok })
	defer SetPublisher(nil)
	defer SetShown(nil)
	Result(handle{})    // already on screen: nothing more
	Result(handle{}, 1) // a tuple is a new value
	Result("plain")
	if len(got) != 2 || got[0].Data["text/plain"] != "{} 1" || got[1].Data["text/plain"] != "plain" {
		t.Errorf("published %#v", got)
	}
}
