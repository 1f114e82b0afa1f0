package display

import (
	"sync"
	"testing"
)

func TestShowUpdateClear(t *testing.T) {
	r := record(t)
	h := Show(HTML("<b>1</b>"), 2)
	h.Update(Markdown("*3*"))
	Clear(true)
	Clear(false)
	msgs := r.all()
	if len(msgs) != 5 {
		t.Fatalf("got %d messages, want 5: %v", len(msgs), msgs)
	}
	want := []struct {
		typ, mime string
		content   any
	}{
		{DisplayData, MIMEHTML, "<b>1</b>"},
		{DisplayData, MIMEText, "2"},
		{UpdateDisplayData, MIMEMarkdown, "*3*"},
	}
	for i, w := range want {
		m := msgs[i]
		if m.Type != w.typ || m.Data[w.mime] != w.content || m.DisplayID != h.ID() || h.ID() == "" {
			t.Errorf("message %d = %+v, want %s with %s=%v and display_id %q", i, m, w.typ, w.mime, w.content, h.ID())
		}
	}
	for _, m := range msgs[:3] {
		if m.Metadata == nil {
			t.Errorf("%s with nil metadata", m.Type)
		}
	}
	if m := msgs[3]; m.Type != ClearOutput || !m.Wait || m.Data != nil {
		t.Errorf("Clear(true) = %+v", m)
	}
	if m := msgs[4]; m.Type != ClearOutput || m.Wait {
		t.Errorf("Clear(false) = %+v", m)
	}
	if Show().ID() == h.ID() {
		t.Error("two handles share a display_id")
	}
}

func TestShowPlaceholder(t *testing.T) {
	r := record(t)
	h := Show()
	if len(r.all()) != 0 {
		t.Fatal("Show() published something")
	}
	h.Update("a")
	h.Update("b")
	msgs := r.all()
	if len(msgs) != 2 || msgs[0].Type != DisplayData || msgs[1].Type != UpdateDisplayData ||
		msgs[0].DisplayID != h.ID() || msgs[1].Data[MIMEText] != "b" {
		t.Errorf("placeholder messages: %+v", msgs)
	}
}

func TestShowFromGoroutines(t *testing.T) {
	r := record(t)
	h := Show("start")
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			Show(i)
			h.Update(i)
		}()
	}
	wg.Wait()
	msgs := r.all()
	if len(msgs) != 101 {
		t.Fatalf("got %d messages, want 101", len(msgs))
	}
	updates := 0
	for _, m := range msgs {
		if m.Type == UpdateDisplayData {
			updates++
			if m.DisplayID != h.ID() {
				t.Errorf("update with display_id %q, want %q", m.DisplayID, h.ID())
			}
		}
	}
	if updates != 50 {
		t.Errorf("%d updates, want 50", updates)
	}
}

func TestDisplayed(t *testing.T) {
	textBar := Progress(3) // no publisher yet: a text bar, never shown
	record(t)
	liveBar := Progress(3)
	cases := []struct {
		v    any
		want bool
	}{
		{Show("x"), true}, {Show(), true}, {liveBar, true}, {textBar, false},
		{(*Handle)(nil), false}, {(*Bar)(nil), false}, {HTML("x"), false}, {nil, false}, {3, false},
	}
	for i, c := range cases {
		if got := Displayed(c.v); got != c.want {
			t.Errorf("case %d: Displayed(%T) = %v, want %v", i, c.v, got, c.want)
		}
	}
}
