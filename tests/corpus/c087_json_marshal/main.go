// Program c087_json_marshal: encoding/json with struct tags
package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	Name  string   `json:"name"`
	Price float64  `json:"price"`
	Tags  []string `json:"tags,omitempty"`
	note  string
}

func main() {
	b, err := json.Marshal(Item{Name: "pen", Price: 1.5, note: "hidden"})
	fmt.Println(string(b), err)
	var it Item
	err = json.Unmarshal([]byte(`{"name":"ink","price":3,"tags":["a","b"]}`), &it)
	fmt.Printf("%+v %v\n", it, err)
	out, _ := json.MarshalIndent(map[string]any{"b": 1, "a": []int{1, 2}}, "", "  ")
	fmt.Println(string(out))
}
