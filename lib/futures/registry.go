package futures

import (
	"fmt"
	"reflect"
	"runtime"
	"sync"
)

var registry struct {
	mu     sync.RWMutex
	byName map[string]reflect.Value
	byPtr  map[uintptr]string
}

// Register makes the top-level function fn callable by name in process pool
// workers and lets Submit / Map find its name from the function value.
// Register every function a ProcessPoolExecutor runs, in an init func or in
// a package-level `var _ = futures.Register(...)`, so that the re-executed
// worker process registers it too before Main serves. Closures cannot be
// registered meaningfully: their captured variables do not travel.
//
// It fails if fn is not a function or name is taken by another function.
func Register(name string, fn any) error {
	v := reflect.ValueOf(fn)
	if name == "" || !v.IsValid() || v.Kind() != reflect.Func || v.IsNil() {
		return fmt.Errorf("futures: Register(%q, %T): need a name and a non-nil function", name, fn)
	}
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if registry.byName == nil {
		registry.byName = map[string]reflect.Value{}
		registry.byPtr = map[uintptr]string{}
	}
	if old, ok := registry.byName[name]; ok {
		if old.Pointer() == v.Pointer() {
			return nil
		}
		return fmt.Errorf("futures: Register: %q is already registered to another function", name)
	}
	registry.byName[name] = v
	// Distinct functions can share a code pointer: closures of one literal,
	// and every function reflect.MakeFunc made (as an interpreter's). Such a
	// pointer names no function reliably, so it names none: Submit then
	// fails clearly instead of running the wrong function.
	if other, ok := registry.byPtr[v.Pointer()]; !ok {
		registry.byPtr[v.Pointer()] = name
	} else if other != name {
		registry.byPtr[v.Pointer()] = ""
	}
	return nil
}

// Registered yields the function registered under name, for Serve.
func Registered(name string) (reflect.Value, bool) {
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	v, ok := registry.byName[name]
	return v, ok
}

// registeredName yields the name fn was registered under.
func registeredName(fn any) (string, bool) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	registry.mu.RLock()
	defer registry.mu.RUnlock()
	name := registry.byPtr[v.Pointer()]
	return name, name != ""
}

// funcName yields the Go name of fn for error messages.
func funcName(fn any) string {
	v := reflect.ValueOf(fn)
	if v.Kind() == reflect.Func && !v.IsNil() {
		if f := runtime.FuncForPC(v.Pointer()); f != nil {
			if f.Name() == "reflect.makeFuncStub" {
				return "an interpreted (reflect.MakeFunc) function"
			}
			return f.Name()
		}
	}
	return fmt.Sprintf("%T", fn)
}
