// Program c081_bytes_buffer: bytes.Buffer and bytes functions
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	fmt.Println(bytes.ToUpper([]byte("abc")), string(bytes.TrimSpace([]byte("  x  "))))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("abc"), []byte("bc")))
}
