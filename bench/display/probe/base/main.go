// Command base is the size/init reference for bench/display: the standard
// library packages lib/display itself uses, without lib/display.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
)

func main() {
	var b bytes.Buffer
	png.Encode(&b, image.NewGray(image.Rect(0, 0, 1, 1)))
	j, _ := json.Marshal(b.Len())
	fmt.Println(string(j))
}
