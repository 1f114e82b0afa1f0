package rt

import (
	"reflect"

	lowered "github.com/gokernel/gokernel/kernel/frontend/rt"
)

// Path is the import path cells use for this package.
const Path = "gokernel/rt"

// Symbols exports this package to yaegi under Path (in yaegi's
// "path/name" key format), for interp.Use, together with the helpers the
// front-end's lowerings call (kernel/frontend/rt): cells reach both through
// the one runtime import.
var Symbols = map[string]map[string]reflect.Value{
	Path + "/rt": merged(map[string]reflect.Value{
		"Result":      reflect.ValueOf(Result),
		"Display":     reflect.ValueOf(Display),
		"ClearOutput": reflect.ValueOf(ClearOutput),
		"Bundle":      reflect.ValueOf(Bundle),
	}),
}

func merged(own map[string]reflect.Value) map[string]reflect.Value {
	for name, v := range lowered.Symbols {
		own[name] = v
	}
	return own
}
