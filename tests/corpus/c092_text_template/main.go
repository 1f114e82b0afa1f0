// Program c092_text_template: text/template rendering
package main

import (
	"os"
	"strings"
	"text/template"
)

type Order struct {
	Customer string
	Items    []string
	Total    float64
}

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("o").Funcs(funcs).Parse(
		"{{upper .Customer}} bought {{len .Items}} items:{{range $i, $x := .Items}} {{$i}}={{$x}}{{end}} for {{printf \"%.2f\" .Total}}\n"))
	t.Execute(os.Stdout, Order{"kim", []string{"pen", "ink"}, 4.5})
}
