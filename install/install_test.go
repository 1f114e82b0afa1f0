package install

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func self(t *testing.T) string {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

func readSpec(t *testing.T, dir string) Spec {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s Spec
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestPrefixInstallIsListedByJupyter(t *testing.T) {
	prefix := t.TempDir()
	var out bytes.Buffer
	if err := Run([]string{"--prefix", prefix, "--name", "gk-test", "--display-name", "Go (test)", "--binary", self(t)}, &out); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(prefix, "share", "jupyter", "kernels", "gk-test")
	if !strings.Contains(out.String(), dir) {
		t.Fatalf("output %q does not name %s", out.String(), dir)
	}
	s := readSpec(t, dir)
	if len(s.Argv) != 4 || !filepath.IsAbs(s.Argv[0]) || s.Argv[1] != "kernel" || s.Argv[3] != "{connection_file}" ||
		s.Language != "go" || s.InterruptMode != "message" || s.DisplayName != "Go (test)" {
		t.Fatalf("spec %+v", s)
	}
	for _, size := range []int{32, 64} {
		f, err := os.Open(filepath.Join(dir, "logo-"+itoa(size)+"x"+itoa(size)+".png"))
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width != size || cfg.Height != size {
			t.Fatalf("logo %d: %+v %v", size, cfg, err)
		}
	}

	// The reference: jupyter itself finds the kernelspec.
	jupyter, err := exec.LookPath("jupyter")
	if err != nil {
		t.Skip("jupyter not installed")
	}
	cmd := exec.Command(jupyter, "kernelspec", "list", "--json")
	cmd.Env = append(os.Environ(), "JUPYTER_PATH="+filepath.Join(prefix, "share", "jupyter"))
	js, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter kernelspec list: %v", err)
	}
	var listed struct {
		Kernelspecs map[string]struct {
			ResourceDir string `json:"resource_dir"`
			Spec        Spec   `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := json.Unmarshal(js, &listed); err != nil {
		t.Fatal(err)
	}
	ks, ok := listed.Kernelspecs["gk-test"]
	if !ok {
		t.Fatalf("jupyter does not list gk-test: %s", js)
	}
	if ks.Spec.InterruptMode != "message" || ks.Spec.Language != "go" || ks.Spec.Argv[0] != s.Argv[0] {
		t.Fatalf("jupyter sees %+v", ks.Spec)
	}
}

func itoa(n int) string { return string(rune('0'+n/10)) + string(rune('0'+n%10)) }

func TestUserInstallHonoursJupyterDataDir(t *testing.T) {
	data := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", data)
	if err := Run([]string{"--user", "--binary", self(t)}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	s := readSpec(t, filepath.Join(data, "kernels", "gokernel"))
	if s.DisplayName != "Go" {
		t.Fatalf("spec %+v", s)
	}
	// Installing again replaces the spec.
	if err := Run([]string{"--binary", self(t), "--display-name", "Go 2"}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if s := readSpec(t, filepath.Join(data, "kernels", "gokernel")); s.DisplayName != "Go 2" {
		t.Fatalf("not replaced: %+v", s)
	}
}

func TestSysPrefixFromVirtualEnv(t *testing.T) {
	venv := t.TempDir()
	t.Setenv("VIRTUAL_ENV", venv)
	if err := Run([]string{"--sys-prefix", "--binary", self(t)}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	readSpec(t, filepath.Join(venv, "share", "jupyter", "kernels", "gokernel"))
}

func TestHelpAndBadArgs(t *testing.T) {
	var out bytes.Buffer
	if err := Run([]string{"--help"}, &out); err != nil || !strings.Contains(out.String(), "--sys-prefix") {
		t.Fatalf("help: %v %q", err, out.String())
	}
	for _, args := range [][]string{
		{"--user", "--prefix", "/x"},
		{"--name", "bad name"},
		{"--name", "../evil"},
		{"--bogus"},
		{"extra"},
		{"--display-name", " "},
		{"--prefix", t.TempDir(), "--binary", "/nonexistent/gokernel"},
	} {
		if err := Run(args, &bytes.Buffer{}); err == nil {
			t.Errorf("Run(%q) accepted", args)
		}
	}
}
