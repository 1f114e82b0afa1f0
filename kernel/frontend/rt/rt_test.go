package rt

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"sync"
	"testing"
	"time"
)

func TestTranslatePanic(t *testing.T) {
	var nilPtr *struct{ X int }
	rv := reflect.ValueOf(nilPtr).Elem() // the zero Value yaegi then calls Field on
	got := func() (r any) {
		defer func() { r = recover() }()
		rv.Field(0)
		return nil
	}()
	e, ok := TranslatePanic(got)
	if !ok || e.Error() != "runtime error: invalid memory address or nil pointer dereference" {
		t.Errorf("Field on zero Value: %v -> %v, %v", got, e, ok)
	}
	got = func() (r any) {
		defer func() { r = recover() }()
		reflect.ValueOf([]int{}).Index(3)
		return nil
	}()
	if e, ok := TranslatePanic(got); !ok || e.Error() != "runtime error: index out of range" {
		t.Errorf("Index: %v -> %v, %v", got, e, ok)
	}
	var re runtime.Error = e
	if re.Error() == "" {
		t.Error("RuntimeError does not satisfy runtime.Error")
	}
	if e, ok := TranslatePanic(errors.New("25:7: interface conversion: interface {} is string, not int")); !ok || e.Error() != "interface conversion: interface {} is string, not int" {
		t.Errorf("assertion: %v, %v", e, ok)
	}
	if _, ok := TranslatePanic("boom"); ok {
		t.Error("a plain panic was translated")
	}
	if r := Recovered(reflect.ValueOf("x")); r != "x" {
		t.Errorf("Recovered(reflect.Value) = %v", r)
	}
	if _, ok := Recovered(got).(runtime.Error); !ok {
		t.Errorf("Recovered(%v) is no runtime.Error", got)
	}
}

type inner struct{ A int }

// withEmpty is how yaegi builds `type A struct{ Empty; N int }` for a
// field-less cell type Empty (with the front-end's hidden field).
type withEmpty struct {
	XEmpty struct {
		Xgkt string `json:"-" xml:"-" gk:"Empty"`
	}
	N int
}

func TestStructFormat(t *testing.T) {
	v := struct {
		Name  string
		Xnote string
		Tags  []string
	}{Name: "x"}
	s := Struct(v, "main.Item", []string{"Name", "note", "Tags"})
	p := Struct(&v, "main.Item", []string{"Name", "note", "Tags"})
	for _, c := range []struct {
		format string
		arg    any
		want   string
	}{
		{"%+v", s, "{Name:x note: Tags:[]}"},
		{"%#v", s, `main.Item{Name:"x", note:"", Tags:[]string(nil)}`},
		{"%+v", p, "&{Name:x note: Tags:[]}"},
		{"%#v", p, `&main.Item{Name:"x", note:"", Tags:[]string(nil)}`},
		{"%v", s, "{x  []}"},
		{"%s", s, "{x  []}"},
		{"%+v", Struct(inner{1}, "main.inner", []string{"A", "B"}), "{A:1}"}, // field count differs: as is
		{"%#v", Struct(withEmpty{N: 1}, "main.A", []string{"Empty", "N"}), "main.A{Empty:main.Empty{}, N:1}"},
		{"%+v", Struct(withEmpty{N: 1}, "main.A", []string{"Empty", "N"}), "{Empty:{} N:1}"},
		{"%#v", Struct(withEmpty{}.XEmpty, "main.Empty", nil), "main.Empty{}"},
	} {
		if got := fmt.Sprintf(c.format, c.arg); got != c.want {
			t.Errorf("%s: %s, want %s", c.format, got, c.want)
		}
	}
}

func TestEqual(t *testing.T) {
	type T struct{ A int }
	e1 := Error(T{1}, func() string { return "e" }, nil)
	e2 := Error(T{1}, func() string { return "e" }, nil)
	e3 := Error(T{2}, func() string { return "e" }, nil)
	if !Equal(e1, e2) || Equal(e1, e3) || Equal(e1, errors.New("e")) || !Equal(nil, nil) {
		t.Error("Equal on error wrappers")
	}
	sentinel := errors.New("s")
	if !Equal(sentinel, sentinel) || Equal(sentinel, errors.New("s")) {
		t.Error("Equal on compiled errors")
	}
	defer func() {
		if recover() == nil {
			t.Error("comparing uncomparable values did not panic")
		}
	}()
	type U struct{ S []int }
	Equal(Error(U{}, func() string { return "u" }, nil), Error(U{}, func() string { return "u" }, nil))
}

// Off the goroutine of a cell's statements, Sleep and WaitGroupWait are the
// plain calls: an interrupt does not end them.
func TestWaitsOffTheEvalGoroutineIgnoreInterrupts(t *testing.T) {
	done := make(chan struct{})
	close(done)
	SetInterrupt(done)
	defer SetInterrupt(nil)
	start := time.Now()
	Sleep(20 * time.Millisecond)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { time.Sleep(20 * time.Millisecond); wg.Done() }()
	WaitGroupWait(&wg)
	if time.Since(start) < 40*time.Millisecond {
		t.Errorf("returned after %v: the interrupt ended a wait that is not the cell's", time.Since(start))
	}
}
