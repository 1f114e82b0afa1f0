// Program c088_json_generic: decoding into any and json errors
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var v any
	json.Unmarshal([]byte(`{"x":[1,"two",true,null],"y":{"z":1.5}}`), &v)
	m := v.(map[string]any)
	fmt.Println(m["x"], m["y"].(map[string]any)["z"])
	var n int
	err := json.Unmarshal([]byte(`"str"`), &n)
	fmt.Println(err)
}
