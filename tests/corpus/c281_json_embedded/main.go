// Program c281_json_embedded: encoding/json promotes the fields of an
// embedded struct, and field access through embedding
package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

type Order struct {
	Base
	Total float64 `json:"total"`
}

func main() {
	o := Order{Base{7, "order"}, 9.5}
	fmt.Println(o.ID, o.Kind, o)
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	var back Order
	err = json.Unmarshal([]byte(`{"id":8,"kind":"refund","total":-1}`), &back)
	fmt.Printf("%+v %v\n", back, err)
}
