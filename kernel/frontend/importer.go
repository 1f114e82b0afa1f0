package frontend

import (
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
)

// ModulePath is the kernel's module; the preloaded libraries live under it.
const ModulePath = "github.com/gokernel/gokernel"

// Preloaded maps the preloaded libraries' package names to their import
// paths: cells use them without an import line.
var Preloaded = map[string]string{
	"itertools": ModulePath + "/lib/itertools",
	"coroutine": ModulePath + "/lib/coroutine",
	"futures":   ModulePath + "/lib/futures",
	"display":   ModulePath + "/lib/display",
}

// fset holds the positions of every file the front-end parses and of every
// imported package; token.FileSet is safe for concurrent use.
var fset = token.NewFileSet()

// exportData finds compiled export data for the standard library and the
// preloaded libraries with one `go list -export` (about 0.25 s of CPU with a
// warm build cache), remembered on disk between kernels (exportcache.go);
// go/types then reads only the packages a session imports. Without a
// toolchain it falls back to type-checking package sources from GOROOT.
type exportData struct {
	once  sync.Once
	files map[string]string
	imp   types.ImporterFrom
	mu    sync.Mutex
	err   error
}

var shared exportData

// Warm starts loading the export-data index in the background, so that the
// first cell does not pay for it.
func Warm() { go shared.load() }

// ModuleDir is where `go list` runs to find the preloaded libraries; by
// default the directory this package was built from, or $GOKERNEL_MODULE.
var ModuleDir = defaultModuleDir()

func defaultModuleDir() string {
	if d := os.Getenv("GOKERNEL_MODULE"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	d := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	if _, err := os.Stat(filepath.Join(d, "go.mod")); err != nil {
		return ""
	}
	return d
}

func (e *exportData) load() {
	e.once.Do(func() {
		e.files, e.err = exportFiles()
		if e.err != nil || len(e.files) == 0 {
			e.imp = importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
			return
		}
		e.imp = importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
			f, ok := e.files[path]
			if !ok {
				return nil, fmt.Errorf("could not import %s (no compiled package found; is it in the standard library or lib/?)", path)
			}
			return os.Open(f)
		}).(types.ImporterFrom)
	})
}

// Import implements types.Importer over the shared export data.
func (e *exportData) Import(path string) (*types.Package, error) {
	return e.ImportFrom(path, "", 0)
}

// ImportFrom implements types.ImporterFrom; the gc importer is not safe for
// concurrent use, so calls are serialised.
func (e *exportData) ImportFrom(path, dir string, mode types.ImportMode) (*types.Package, error) {
	e.load()
	e.mu.Lock()
	defer e.mu.Unlock()
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	return e.imp.ImportFrom(path, dir, mode)
}

// knownPackage reports whether path can be imported.
func knownPackage(path string) bool {
	shared.load()
	if len(shared.files) == 0 {
		return true
	}
	_, ok := shared.files[path]
	return ok || path == "unsafe"
}
