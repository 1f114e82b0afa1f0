// Program c099_os_files: temporary files and os.CopyFS (Go 1.23)
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

func main() {
	src, _ := os.MkdirTemp("", "gk-src-")
	dst, _ := os.MkdirTemp("", "gk-dst-")
	defer os.RemoveAll(src)
	defer os.RemoveAll(dst)
	os.WriteFile(filepath.Join(src, "a.txt"), []byte("alpha"), 0o644)
	os.Mkdir(filepath.Join(src, "sub"), 0o755)
	os.WriteFile(filepath.Join(src, "sub", "b.txt"), []byte("beta"), 0o644)
	target := filepath.Join(dst, "copy")
	err := os.CopyFS(target, os.DirFS(src))
	fmt.Println(err)
	var names []string
	filepath.WalkDir(target, func(p string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(target, p)
		names = append(names, rel)
		return nil
	})
	sort.Strings(names)
	fmt.Println(names)
	b, _ := os.ReadFile(filepath.Join(target, "sub", "b.txt"))
	fmt.Println(string(b))
}
