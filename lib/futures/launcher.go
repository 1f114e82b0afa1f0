package futures

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
)

// WorkerEnv is the environment variable that marks a re-executed process
// as a process pool worker; Main serves when it is set.
const WorkerEnv = "GOKERNEL_FUTURES_WORKER"

// Launcher starts one worker process for a ProcessPoolExecutor. The process
// must run Serve on the two pipes of the WorkerConn. ExecLauncher, the
// default, re-executes the running program; a notebook kernel supplies one
// that starts an interpreter process holding the session's declarations.
type Launcher interface {
	Launch() (*WorkerConn, error)
}

// LauncherFunc adapts a function to Launcher.
type LauncherFunc func() (*WorkerConn, error)

// Launch calls f.
func (f LauncherFunc) Launch() (*WorkerConn, error) { return f() }

// WorkerConn is the executor's side of one worker process.
type WorkerConn struct {
	Requests io.WriteCloser // read by the worker's Serve; Close asks it to exit
	Replies  io.Reader      // written by the worker's Serve
	Kill     func() error   // ends the process at once
	Wait     func() error   // reaps the process; yields its exit status
}

// ExecLauncher starts workers by running a program (by default this one,
// os.Executable) with WorkerEnv=1, requests on fd 3 and replies on fd 4; the
// program's stdout and stderr are the worker's, so what tasks print shows.
type ExecLauncher struct {
	Path   string    // program to run; "" means os.Executable()
	Args   []string  // arguments after the program name
	Env    []string  // extra environment, "K=V"
	Stdin  io.Reader // nil means none; consumed by the first worker, so for per-worker input wrap a fresh ExecLauncher in a LauncherFunc
	Stdout io.Writer // nil means os.Stdout
	Stderr io.Writer // nil means os.Stderr
}

// isWorker records at start-up whether this process is a worker, so that
// a worker never launches workers of its own (a program that forgot to call
// Main would otherwise re-execute itself without end).
var isWorker = os.Getenv(WorkerEnv) != ""

// Launch starts one worker process.
func (l ExecLauncher) Launch() (*WorkerConn, error) {
	if isWorker && l.Path == "" {
		return nil, errors.New("futures: a process pool worker cannot start workers: does main call futures.Main() first?")
	}
	path := l.Path
	if path == "" {
		var err error
		if path, err = os.Executable(); err != nil {
			return nil, fmt.Errorf("futures: finding the program to run as a worker: %w", err)
		}
	}
	reqR, reqW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	repR, repW, err := os.Pipe()
	if err != nil {
		reqR.Close()
		reqW.Close()
		return nil, err
	}
	cmd := exec.Command(path, l.Args...)
	cmd.Env = append(append(os.Environ(), WorkerEnv+"=1"), l.Env...)
	cmd.ExtraFiles = []*os.File{reqR, repW}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = l.Stdin, l.Stdout, l.Stderr
	if cmd.Stdout == nil {
		cmd.Stdout = os.Stdout
	}
	if cmd.Stderr == nil {
		cmd.Stderr = os.Stderr
	}
	err = cmd.Start()
	reqR.Close()
	repW.Close()
	if err != nil {
		reqW.Close()
		repR.Close()
		return nil, fmt.Errorf("futures: starting worker %s: %w", path, err)
	}
	return &WorkerConn{
		Requests: reqW,
		Replies:  repR,
		Kill:     cmd.Process.Kill,
		Wait: func() error {
			err := cmd.Wait()
			repR.Close()
			return err
		},
	}, nil
}

// Main makes a re-executed worker serve: in a worker process (WorkerEnv
// set) it serves registered functions on fd 3/4 and exits; otherwise it
// returns at once. A program using ProcessPoolExecutor must call it first
// thing in main, after its Register calls ran (in init funcs) — the Go
// counterpart of Python's `if __name__ == "__main__":`. Tests call it from
// TestMain.
func Main() {
	if !isWorker {
		return
	}
	if err := ServeInherited(nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// ServeInherited runs Serve on the pipes an ExecLauncher passes (requests
// on fd 3, replies on fd 4).
func ServeInherited(lookup Lookup) error {
	req := os.NewFile(3, "futures-requests")
	rep := os.NewFile(4, "futures-replies")
	if req == nil || rep == nil {
		return errors.New("futures: worker: fd 3/4 are not open")
	}
	defer req.Close()
	defer rep.Close()
	return Serve(req, rep, lookup)
}
