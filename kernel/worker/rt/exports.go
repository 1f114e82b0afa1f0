package rt

import "reflect"

// Path is the import path cells use for this package.
const Path = "gokernel/rt"

// Symbols exports this package to yaegi under Path (in yaegi's
// "path/name" key format), for interp.Use.
var Symbols = map[string]map[string]reflect.Value{
	Path + "/rt": {
		"Result":      reflect.ValueOf(Result),
		"Display":     reflect.ValueOf(Display),
		"ClearOutput": reflect.ValueOf(ClearOutput),
		"Bundle":      reflect.ValueOf(Bundle),
	},
}
