// Program c202_inventory_struct_methods: a slice of structs updated through index and pointer methods, with totals
package main

import "fmt"

type Product struct {
	Name  string
	Qty   int
	Price float64
}

func (p *Product) Restock(n int) { p.Qty += n }
func (p Product) Value() float64 { return float64(p.Qty) * p.Price }

func main() {
	inv := []Product{{"bolt", 10, 0.25}, {"nut", 0, 0.1}}
	inv[1].Restock(50)
	for i := range inv {
		inv[i].Restock(1)
	}
	total := 0.0
	for _, p := range inv {
		fmt.Printf("%-5s %3d %6.2f\n", p.Name, p.Qty, p.Value())
		total += p.Value()
	}
	fmt.Printf("total %.2f\n", total)
}
