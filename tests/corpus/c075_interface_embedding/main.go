// Program c075_interface_embedding: interfaces embedding interfaces
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ parts []string }

func (b *Buffer) Write(s string) { b.parts = append(b.parts, s) }
func (b *Buffer) Read() string   { return strings.Join(b.parts, "") }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("abc")
	rw.Write("def")
	var r Reader = rw
	fmt.Println(r.Read())
	_, isWriter := r.(Writer)
	fmt.Println(isWriter)
}
