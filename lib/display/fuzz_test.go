package display

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzPlainFromHTML: any input gives readable text without crashing; text
// without markup or entities comes back with only its spacing normalised.
func FuzzPlainFromHTML(f *testing.F) {
	for _, s := range []string{"<b>x</b>", "<table><tr><td>1</td></tr>", "a < b", "<script>", "</style>x", "&amp;&lt;", "<<>>", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := plainFromHTML(s)
		if got == "" {
			t.Fatalf("empty fallback for %q", s)
		}
		if !strings.ContainsAny(s, "<&") && utf8.ValidString(s) {
			want := strings.Join(strings.Fields(s), " ")
			if want == "" {
				want = "[HTML]"
			}
			if strings.Join(strings.Fields(got), " ") != want {
				t.Fatalf("plainFromHTML(%q) = %q", s, got)
			}
		}
	})
}

// FuzzBundle: arbitrary keys and byte contents give either a valid bundle
// or a clear error, never a crash.
func FuzzBundle(f *testing.F) {
	f.Add("text/html", []byte("<b>x</b>"))
	f.Add("html", []byte{})
	f.Add("/", []byte{0xff})
	f.Fuzz(func(t *testing.T, key string, b []byte) {
		v := Bundle(map[string]any{key: b})
		data, _ := BundleOf(v)
		if _, ok := data[MIMEText].(string); !ok {
			t.Fatalf("no text/plain for key %q: %v", key, data)
		}
		if v.Err() == nil {
			if _, ok := data[key].(string); !ok {
				t.Fatalf("[]byte under %q not base64 text: %T", key, data[key])
			}
		}
	})
}

// FuzzPNG: any bytes are a PNG Value or a clear error.
func FuzzPNG(f *testing.F) {
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		v := PNG(b)
		if v.Err() == nil {
			if _, ok := v.MIMEBundle()[MIMEPNG]; !ok {
				t.Fatal("valid PNG without image/png")
			}
		} else if !strings.HasPrefix(v.String(), "display.PNG: not a PNG image") {
			t.Fatalf("unclear error %q", v.String())
		}
	})
}
