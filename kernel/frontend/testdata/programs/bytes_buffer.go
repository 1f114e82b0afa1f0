// Covers: bytes.Buffer writes and reads, bytes functions, fmt.Fprintf into a buffer.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	fmt.Fprintf(&buf, "%d-%s", 42, "x")
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.Contains([]byte("abc"), []byte("bc")), bytes.ToUpper([]byte("go")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), string(bytes.Repeat([]byte("-"), 3)))
}
