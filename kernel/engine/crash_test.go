package engine

import "testing"

func TestCrashStart(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"panic: x [recovered, repanicked]\n\ngoroutine 7 [running]:\nfoo", 0},
		{"out\npanic: x [recovered]\n", 4},
		{"panic: just text a cell printed\n", -1},
		{"fatal error: out of memory\n", 0},
		{"ab\ngoroutine 24 gp=0x58e165050e0 m=3 mp=0x58e16475008 [running]:\n", 3},
		{"user text about goroutine 5 [x]: inline\n", -1},
		{"plain\n", -1},
	} {
		if got := crashStart([]byte(c.in)); got != c.want {
			t.Errorf("crashStart(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestCrashWatchPieces(t *testing.T) {
	var c crashWatch
	var out, dump string
	for _, piece := range []string{"hello\n", "panic: x\n\n", "goroutine ", "7", " [", "running", "]:\n", "main.f()\n"} {
		o, d := c.feed([]byte(piece))
		out += string(o)
		dump += string(d)
	}
	if out != "hello\npanic: x\n\n" || dump != "goroutine 7 [running]:\nmain.f()\n" {
		t.Errorf("out %q dump %q", out, dump)
	}
	var c2 crashWatch
	o, _ := c2.feed([]byte("gor"))
	if len(o) != 0 || string(c2.release()) != "gor" {
		t.Errorf("a possible header was not held back")
	}
}

func TestCrashWatchRepanicLine(t *testing.T) {
	var c crashWatch
	var out, dump string
	for _, piece := range []string{"ok\n", "panic: ", "boom", " [recovered, repanicked]", "\n\n"} {
		o, d := c.feed([]byte(piece))
		out += string(o)
		dump += string(d)
	}
	if out != "ok\n" || dump != "panic: boom [recovered, repanicked]\n\n" {
		t.Errorf("out %q dump %q", out, dump)
	}
}
