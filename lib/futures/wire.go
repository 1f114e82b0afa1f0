package futures

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime/debug"
)

// The protocol between a ProcessPoolExecutor and a worker's Serve loop is a
// stream of gob values in each direction: the worker first sends a hello
// reply, then answers every request with one reply, in order.

// protocolVersion is in the hello so that mismatched binaries fail clearly.
const protocolVersion = "gokernel-futures/1"

// request asks the worker to call the function registered as Name once per
// element of Calls; each element is a gob stream holding that call's
// arguments in order. The worker stops at the first call that fails.
type request struct {
	Name  string
	Calls [][]byte
}

// reply answers a request: one outcome per call made, or Err when the
// request as a whole could not run (unknown function, wrong arguments).
type reply struct {
	Hello string
	Outs  []outcome
	Err   string
}

// outcome is one call's result: a gob stream of its non-error results, or
// the text of its error or panic.
type outcome struct {
	Data  []byte
	Err   string
	Panic bool
	Stack string
	Func  string `gob:"-"`
}

// Lookup resolves a function name to the function a worker calls.
// Registered is the default.
type Lookup func(name string) (reflect.Value, bool)

// Serve is a worker's loop: it answers requests read from r with replies
// written to w, calling functions found by lookup (nil: Registered), until r
// ends. A notebook kernel runs it in an interpreter process with a lookup
// that finds the session's functions.
func Serve(r io.Reader, w io.Writer, lookup Lookup) error {
	if lookup == nil {
		lookup = Registered
	}
	bw := bufio.NewWriter(w)
	enc := gob.NewEncoder(bw)
	dec := gob.NewDecoder(bufio.NewReader(r))
	if err := enc.Encode(&reply{Hello: protocolVersion}); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	for {
		var req request
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("futures: worker: reading request: %w", err)
		}
		rep := answer(&req, lookup)
		if err := enc.Encode(&rep); err != nil {
			return fmt.Errorf("futures: worker: writing reply: %w", err)
		}
		if err := bw.Flush(); err != nil {
			return err
		}
	}
}

func answer(req *request, lookup Lookup) reply {
	fn, ok := lookup(req.Name)
	if !ok || fn.Kind() != reflect.Func {
		return reply{Err: fmt.Sprintf("function %q is not registered in the worker (futures.Register must run in init, before futures.Main)", req.Name)}
	}
	t := fn.Type()
	var rep reply
	for _, call := range req.Calls {
		args, err := decodeArgs(t, call)
		if err != nil {
			return reply{Err: fmt.Sprintf("%s: decoding arguments: %v", req.Name, err)}
		}
		o := invoke(fn, args)
		rep.Outs = append(rep.Outs, o)
		if o.Err != "" {
			break
		}
	}
	return rep
}

func decodeArgs(t reflect.Type, call []byte) ([]reflect.Value, error) {
	if t.IsVariadic() {
		return nil, errors.New("variadic functions are not supported")
	}
	dec := gob.NewDecoder(bytes.NewReader(call))
	args := make([]reflect.Value, t.NumIn())
	for i := range args {
		p := reflect.New(t.In(i))
		if err := dec.Decode(p.Interface()); err != nil {
			return nil, fmt.Errorf("argument %d (%s): %w", i, t.In(i), err)
		}
		args[i] = p.Elem()
	}
	return args, nil
}

var errorType = reflect.TypeFor[error]()

// invoke calls fn, turning a returned error or a panic into the outcome.
func invoke(fn reflect.Value, args []reflect.Value) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{Err: fmt.Sprint(r), Panic: true, Stack: string(debug.Stack())}
		}
	}()
	outs := fn.Call(args)
	t := fn.Type()
	if n := t.NumOut(); n > 0 && t.Out(n-1) == errorType {
		if err := outs[n-1].Interface(); err != nil {
			return outcome{Err: err.(error).Error()}
		}
		outs = outs[:n-1]
	}
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for _, v := range outs {
		if err := enc.Encode(v.Interface()); err != nil {
			return outcome{Err: fmt.Sprintf("encoding result: %v", err)}
		}
	}
	return outcome{Data: buf.Bytes()}
}

// encodeCalls gob-encodes each call's arguments.
func encodeCalls(calls [][]any) ([][]byte, error) {
	out := make([][]byte, len(calls))
	for i, args := range calls {
		var buf bytes.Buffer
		enc := gob.NewEncoder(&buf)
		for _, a := range args {
			if err := enc.Encode(a); err != nil {
				return nil, fmt.Errorf("futures: encoding argument %v: %w", a, err)
			}
		}
		out[i] = buf.Bytes()
	}
	return out, nil
}

// decodeOne yields a call's result as an R, or its error as a *RemoteError.
func decodeOne[R any](o outcome) (R, error) {
	var v R
	if o.Err != "" {
		return v, &RemoteError{Func: o.Func, Message: o.Err, Panic: o.Panic, Stack: o.Stack}
	}
	if err := gob.NewDecoder(bytes.NewReader(o.Data)).Decode(&v); err != nil {
		return v, fmt.Errorf("futures: %s: decoding result as %T: %w", o.Func, v, err)
	}
	return v, nil
}
