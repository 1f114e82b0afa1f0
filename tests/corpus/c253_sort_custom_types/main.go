// Program c253_sort_custom_types: sorting structs by several keys with sort.Slice and slices.SortFunc-free code
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

func main() {
	es := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 100}, {"dee", "ops", 90},
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].Dept != es[j].Dept {
			return es[i].Dept < es[j].Dept
		}
		if es[i].Salary != es[j].Salary {
			return es[i].Salary > es[j].Salary
		}
		return es[i].Name < es[j].Name
	})
	for _, e := range es {
		fmt.Println(strings.ToUpper(e.Dept), e.Name, e.Salary)
	}
	byDept := map[string][]string{}
	for _, e := range es {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
	}
	fmt.Println(byDept)
}
