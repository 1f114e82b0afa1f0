// Program c098_filepath: path and path/filepath manipulation
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	p := filepath.Join("a", "b", "..", "c", "file.tar.gz")
	fmt.Println(p, filepath.Base(p), filepath.Ext(p), filepath.Dir(p))
	fmt.Println(path.Clean("/x/./y/../z"), path.IsAbs("/x"))
	m, _ := filepath.Match("*.go", "main.go")
	fmt.Println(m)
}
