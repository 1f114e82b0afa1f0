package frontend

import "testing"

func TestDbg(t *testing.T) {
	r := newRunner(t)
	for _, s := range []string{
		`func k1(v any) string { switch v.(type) { case error: return "error" }; return "other" }; k1(fmt.Errorf("x"))`,
		`func k2(v any) string { switch x := v.(type) { case error: return "error " + x.Error() }; return "other" }; k2(fmt.Errorf("x"))`,
		`func k3(v any) string { switch x := v.(type) { case string: return x; case error: return "error " + x.Error() }; return "other" }; k3(fmt.Errorf("x"))`,
		`func k4(v any) string { switch x := v.(type) { case nil: return "nil"; case error: return "error " + x.Error() }; return "other" }; k4(fmt.Errorf("x"))`,
		`func k5(v any) string { if e, ok := v.(error); ok { return e.Error() }; return "other" }; k5(fmt.Errorf("x"))`,
	} {
		out, err := r.cell(s)
		t.Log(s, "=>", out, err)
	}
}
