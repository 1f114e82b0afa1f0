package kernel

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain doubles as a kernel process for TestKernelExitsWithItsParent:
// with GOKERNEL_TEST_SERVE set, the test binary serves that connection file
// with the fake engine.
func TestMain(m *testing.M) {
	if conn := os.Getenv("GOKERNEL_TEST_SERVE"); conn != "" {
		if err := Run(context.Background(), conn, newFakeEngine()); err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func processGone(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	// "pid (comm) S ...": a zombie has exited already
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i > 0 && len(s) > i+2 && s[i+2] == 'Z'
}

func TestKernelExitsWithItsParent(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("needs /proc")
	}
	info := tcpInfo(t)
	conn := writeConn(t, info)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// sh stands for jupyter_client: it launches the kernel with its own pid
	// in JPY_PARENT_PID, and then dies.
	sh := exec.Command("sh", "-c", `JPY_PARENT_PID=$$ "$0" -test.run=NONE & echo $!; wait`, exe)
	sh.Env = append(os.Environ(), "GOKERNEL_TEST_SERVE="+conn)
	out, err := sh.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sh.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if p, err := os.FindProcess(pid); err == nil {
			p.Kill()
		}
	})
	tk := &testKernel{t: t, info: info, eng: newFakeEngine(), done: make(chan error, 1)}
	tk.connect() // the kernel serves
	for _, s := range []interface{ Close() error }{tk.shell, tk.control, tk.stdin, tk.iopub, tk.hb} {
		s.Close()
	}
	sh.Process.Kill()
	sh.Wait()
	deadline := time.Now().Add(10 * time.Second)
	for !processGone(pid) {
		if time.Now().After(deadline) {
			t.Fatal("kernel still running after its parent died")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
