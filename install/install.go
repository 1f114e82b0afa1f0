// Package install writes gokernel's kernelspec (kernel.json and logos) where
// Jupyter looks for kernels: `gokernel install [--user | --sys-prefix |
// --prefix DIR] [--name NAME] [--display-name S]`.
package install

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gokernel/gokernel/kernel/engine"
)

// Usage is the text of `gokernel install --help`.
const Usage = `usage: gokernel install [--user | --sys-prefix | --prefix DIR] [--name NAME] [--display-name S]

Install the Go kernel's kernelspec so that Jupyter (JupyterLab, Notebook,
jupyter console, nbconvert --execute) can start it. The kernelspec is a
directory NAME holding kernel.json (how to start this binary) and two logos.

Where it goes (the same places as "jupyter kernelspec install"):
  --user          your Jupyter data directory: $JUPYTER_DATA_DIR if set, else
                  $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter (Linux),
                  ~/Library/Jupyter (macOS), %APPDATA%\jupyter (Windows).
                  This is the default.
  --sys-prefix    the prefix of the active Python environment ($VIRTUAL_ENV,
                  $CONDA_PREFIX, or the Python that runs "jupyter"):
                  PREFIX/share/jupyter/kernels/NAME
  --prefix DIR    DIR/share/jupyter/kernels/NAME (then point JUPYTER_PATH at
                  DIR/share/jupyter)

Options:
  --name NAME          kernelspec name (default "gokernel"; letters, digits, . _ -)
  --display-name S     name shown in the launcher (default "Go")
  --binary PATH        kernel binary to start (default: this program)
  -h, --help           show this help

Check the result with: jupyter kernelspec list
`

// Spec is the content of kernel.json.
type Spec struct {
	Argv          []string       `json:"argv"`
	DisplayName   string         `json:"display_name"`
	Language      string         `json:"language"`
	InterruptMode string         `json:"interrupt_mode"`
	Env           map[string]any `json:"env,omitempty"`
	Metadata      map[string]any `json:"metadata"`
}

var validName = regexp.MustCompile(`^[a-zA-Z0-9._-]+$`)

// Run implements `gokernel install`: it parses args (without the
// "install" word), writes the kernelspec and reports where on stdout.
func Run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("gokernel install", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	user := fs.Bool("user", false, "")
	sysPrefix := fs.Bool("sys-prefix", false, "")
	prefix := fs.String("prefix", "", "")
	name := fs.String("name", "gokernel", "")
	display := fs.String("display-name", "Go", "")
	binary := fs.String("binary", "", "")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, Usage)
			return nil
		}
		return fmt.Errorf("install: %v (see gokernel install --help)", err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("install: unexpected argument %q (see gokernel install --help)", fs.Arg(0))
	}
	n := 0
	for _, set := range []bool{*user, *sysPrefix, *prefix != ""} {
		if set {
			n++
		}
	}
	if n > 1 {
		return errors.New("install: choose one of --user, --sys-prefix and --prefix")
	}
	if !validName.MatchString(*name) {
		return fmt.Errorf("install: kernel name %q may only contain letters, digits, '.', '_' and '-'", *name)
	}
	if strings.TrimSpace(*display) == "" {
		return errors.New("install: --display-name is empty")
	}

	var kernels string
	var err error
	switch {
	case *prefix != "":
		kernels = filepath.Join(*prefix, "share", "jupyter", "kernels")
	case *sysPrefix:
		var p string
		if p, err = SysPrefix(); err != nil {
			return fmt.Errorf("install: --sys-prefix: %w", err)
		}
		kernels = filepath.Join(p, "share", "jupyter", "kernels")
	default:
		var d string
		if d, err = UserDataDir(); err != nil {
			return fmt.Errorf("install: --user: %w", err)
		}
		kernels = filepath.Join(d, "kernels")
	}

	exe := *binary
	if exe == "" {
		if exe, err = os.Executable(); err != nil {
			return fmt.Errorf("install: cannot find this program's path: %w", err)
		}
	}
	if exe, err = filepath.Abs(exe); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	if r, err := filepath.EvalSymlinks(exe); err == nil {
		exe = r
	}
	if fi, err := os.Stat(exe); err != nil || fi.IsDir() {
		return fmt.Errorf("install: kernel binary %s does not exist", exe)
	}
	dir := filepath.Join(kernels, *name)
	if err := Write(dir, NewSpec(exe, *display)); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	fmt.Fprintf(stdout, "Installed kernelspec %s in %s\n", *name, dir)
	if _, err := engine.WorkerFor(exe); err != nil {
		fmt.Fprintf(stdout, "warning: %v; the kernel will start but cannot run cells\n", err)
	}
	if strings.Contains(exe, string(filepath.Separator)+"go-build") {
		fmt.Fprintf(stdout, "warning: %s looks like a temporary `go run` binary; install a built binary instead\n", exe)
	}
	return nil
}

// NewSpec returns the kernel.json for the binary exe.
func NewSpec(exe, displayName string) Spec {
	return Spec{
		Argv:          []string{exe, "kernel", "-f", "{connection_file}"},
		DisplayName:   displayName,
		Language:      "go",
		InterruptMode: "message",
		Metadata:      map[string]any{"debugger": false},
	}
}

// Write creates the kernelspec directory dir with kernel.json and the logos,
// replacing an earlier install of the same name.
func Write(dir string, spec Spec) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	js, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return err
	}
	files := map[string][]byte{"kernel.json": append(js, '\n')}
	for _, size := range []int{32, 64} {
		png, err := Logo(size)
		if err != nil {
			return err
		}
		files[fmt.Sprintf("logo-%dx%d.png", size, size)] = png
	}
	for name, data := range files {
		tmp := filepath.Join(dir, "."+name+".tmp")
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}
