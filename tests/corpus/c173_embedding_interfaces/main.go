// Program c173_embedding_interfaces: interface embedding and an interface satisfied through an embedded struct
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Wrapped struct{ *Buffer }

func use(rw ReadWriter) {
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
}

func main() {
	use(&Buffer{})
	use(Wrapped{&Buffer{}})
}
