// Covers: encoding/json marshal and unmarshal of structs declared in the cell, with tags and omitempty.
package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	Name  string   `json:"name"`
	Price float64  `json:"price"`
	Tags  []string `json:"tags,omitempty"`
}

func main() {
	b, err := json.Marshal(Item{"pen", 1.5, nil})
	fmt.Println(string(b), err)
	var it Item
	err = json.Unmarshal([]byte(`{"name":"cup","price":3,"tags":["a","b"]}`), &it)
	fmt.Println(it.Name, it.Price, it.Tags, err)
	m := map[string]any{}
	json.Unmarshal([]byte(`{"a":1,"b":[true,null]}`), &m)
	fmt.Println(m["a"], m["b"])
	out, _ := json.MarshalIndent(map[string]int{"z": 1, "a": 2}, "", "  ")
	fmt.Println(string(out))
}
