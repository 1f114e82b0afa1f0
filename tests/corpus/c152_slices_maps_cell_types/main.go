// Program c152_slices_maps_cell_types: the generic functions of slices and
// maps on types declared in the program (a notebook runs them through the
// interpreted stand-ins, since no compiled instance exists for such types)
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Task struct {
	Name     string
	Priority int
}

type Backlog []Task

func (b Backlog) Names() string {
	var names []string
	for _, t := range b {
		names = append(names, t.Name)
	}
	return strings.Join(names, ",")
}

type Celsius float64

func byPriority(a, b Task) int { return cmp.Compare(a.Priority, b.Priority) }

func main() {
	b := Backlog{{"write", 2}, {"test", 1}, {"ship", 3}, {"review", 2}, {"plan", 1}}
	sorted := slices.Clone(b)
	slices.SortStableFunc(sorted, byPriority)
	fmt.Println(sorted.Names(), slices.IsSortedFunc(sorted, byPriority))
	slices.SortFunc(b, func(x, y Task) int {
		if c := cmp.Compare(y.Priority, x.Priority); c != 0 {
			return c
		}
		return strings.Compare(x.Name, y.Name)
	})
	fmt.Println(b)
	i, found := slices.BinarySearchFunc(sorted, 2, func(t Task, p int) int { return cmp.Compare(t.Priority, p) })
	fmt.Println(i, found)
	fmt.Println(slices.IndexFunc(b, func(t Task) bool { return t.Name == "plan" }), slices.Contains(b, Task{"ship", 3}))
	fmt.Println(slices.MaxFunc(b, byPriority), slices.MinFunc(b, byPriority))
	b = slices.DeleteFunc(b, func(t Task) bool { return t.Priority == 1 })
	b = slices.Insert(b, 1, Task{"rest", 0})
	fmt.Println(b.Names(), len(b))
	for i, t := range slices.All(b) {
		fmt.Print(i, ":", t.Name, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(slices.Values(b[:2])))
	temps := []Celsius{21.5, 18, 25.25, 18}
	slices.Sort(temps)
	fmt.Println(temps, slices.Max(temps), slices.Min(temps), slices.Compact(temps))
	byName := map[string]Task{}
	for _, t := range sorted {
		byName[t.Name] = t
	}
	fmt.Println(slices.Sorted(maps.Keys(byName)))
	ps := slices.SortedFunc(maps.Values(byName), func(x, y Task) int { return strings.Compare(x.Name, y.Name) })
	fmt.Println(Backlog(ps).Names())
	copied := maps.Clone(byName)
	maps.DeleteFunc(copied, func(_ string, t Task) bool { return t.Priority > 1 })
	fmt.Println(len(copied), maps.Equal(byName, copied), maps.Equal(byName, maps.Clone(byName)))
}
