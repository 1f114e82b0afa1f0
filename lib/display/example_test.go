package display_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"maps"
	"slices"
	"strings"

	"github.com/gokernel/gokernel/lib/display"
)

// Outside the kernel (no publisher) Show prints the text/plain fallback.
func ExampleShow() {
	display.Show(display.HTML("<b>Hello</b>, <i>world</i>"), 42)
	// Output:
	// Hello, world
	// 42
}

// In the kernel the worker installs a publisher; every display becomes a
// Message.
func ExampleSetPublisher() {
	display.SetPublisher(func(m display.Message) {
		fmt.Println(m.Type, m.Data["text/html"], m.DisplayID != "")
	})
	defer display.SetPublisher(nil)
	h := display.Show(display.HTML("<p>step 1</p>"))
	h.Update(display.HTML("<p>step 2</p>"))
	// Output:
	// display_data <p>step 1</p> true
	// update_display_data <p>step 2</p> true
}

func ExampleHandle_Update() {
	h := display.Show("working...")
	h.Update("done")
	// Output:
	// working...
	// done
}

func ExampleHandle_ID() {
	display.SetPublisher(func(m display.Message) {})
	defer display.SetPublisher(nil)
	h := display.Show("x")
	fmt.Println(len(h.ID()))
	// Output: 32
}

func ExampleClear() {
	display.SetPublisher(func(m display.Message) { fmt.Println(m.Type, m.Wait) })
	defer display.SetPublisher(nil)
	display.Clear(true)
	// Output: clear_output true
}

func ExampleHTML() {
	v := display.HTML("<table><tr><th>n</th><th>n²</th></tr><tr><td>3</td><td>9</td></tr></table>")
	data, _ := display.BundleOf(v)
	fmt.Println(data["text/html"])
	fmt.Println(v) // the text/plain fallback
	// Output:
	// <table><tr><th>n</th><th>n²</th></tr><tr><td>3</td><td>9</td></tr></table>
	// n	n²
	// 3	9
}

func ExampleMarkdown() {
	data, _ := display.BundleOf(display.Markdown("**bold** move"))
	fmt.Println(data["text/markdown"])
	// Output: **bold** move
}

func ExampleLatex() {
	data, _ := display.BundleOf(display.Latex(`$e^{i\pi} + 1 = 0$`))
	fmt.Println(data["text/latex"])
	// Output: $e^{i\pi} + 1 = 0$
}

func ExampleSVG() {
	v := display.SVG(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="5" cx="5" cy="5"/></svg>`)
	data, _ := display.BundleOf(v)
	fmt.Println(data["image/svg+xml"])
	fmt.Println(v)
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="5" cx="5" cy="5"/></svg>
	// [SVG image]
}

func ExamplePNG() {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 16, 9)))
	v := display.PNG(buf.Bytes())
	data, md := display.BundleOf(v)
	fmt.Println(v, md["image/png"])
	fmt.Println(strings.HasPrefix(data["image/png"].(string), "iVBORw0KGgo")) // base64 of the PNG signature
	fmt.Println(display.PNG([]byte("GIF89a, not a PNG")))
	// Output:
	// [PNG image 16x9] map[height:9 width:16]
	// true
	// display.PNG: not a PNG image (17 bytes): png: invalid format: not a PNG file
}

func ExampleJPEG() {
	var buf bytes.Buffer
	jpeg.Encode(&buf, image.NewGray(image.Rect(0, 0, 8, 8)), nil)
	fmt.Println(display.JPEG(buf.Bytes()))
	// Output: [JPEG image 8x8]
}

func ExampleImage() {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	img.Set(1, 1, color.RGBA{255, 0, 0, 255})
	v := display.Image(img)
	data, _ := display.BundleOf(v)
	fmt.Println(v, slices.Sorted(maps.Keys(data)))
	// Output: [PNG image 3x2] [image/png text/plain]
}

func ExampleJSON() {
	v := display.JSON(map[string]any{"workers": 4, "ok": true})
	data, _ := display.BundleOf(v)
	b, _ := json.Marshal(data["application/json"])
	fmt.Println(string(b))
	fmt.Println(v)
	// Output:
	// {"ok":true,"workers":4}
	// {
	//   "ok": true,
	//   "workers": 4
	// }
}

func ExampleBundle() {
	v := display.Bundle(map[string]any{
		"text/html":  "<em>hi</em>",
		"text/plain": "hi",
	})
	data, _ := display.BundleOf(v)
	fmt.Println(data["text/html"], v)
	// Output: <em>hi</em> hi
}

func ExampleValue_Err() {
	v := display.JSON(func() {})
	fmt.Println(v.Err())
	// Output: display.JSON: json: unsupported type: func()
}

func ExampleValue_MIMEBundle() {
	fmt.Println(display.Markdown("# x").MIMEBundle())
	// Output: map[text/markdown:# x text/plain:# x]
}

func ExampleValue_Metadata() {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 2, 1)))
	fmt.Println(display.PNG(buf.Bytes()).Metadata())
	// Output: map[image/png:map[height:1 width:2]]
}

func ExampleValue_String() {
	fmt.Println(display.HTML("<p>a &amp; b</p>").String())
	// Output: a & b
}

func ExampleValue_WithMetadata() {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 2, 1)))
	v := display.PNG(buf.Bytes()).WithMetadata("image/png", map[string]any{"width": 400})
	_, md := display.BundleOf(v)
	fmt.Println(md)
	// Output: map[image/png:map[width:400]]
}

// Temperature shows itself as HTML because it has an HTML method.
type Temperature float64

func (t Temperature) HTML() string {
	return fmt.Sprintf(`<span style="color:red">%.1f °C</span>`, float64(t))
}

func ExampleBundleOf() {
	data, _ := display.BundleOf(Temperature(21.5))
	fmt.Println(data["text/html"])
	fmt.Println(data["text/plain"])
	data, _ = display.BundleOf([]int{1, 2, 3})
	fmt.Println(data)
	// Output:
	// <span style="color:red">21.5 °C</span>
	// 21.5
	// map[text/plain:[1 2 3]]
}

// The front-end passes the methods of types declared in cells explicitly.
func ExampleRich() {
	t := Temperature(30)
	v := display.Rich(t, display.Methods{HTML: t.HTML})
	fmt.Println(v.MIMEBundle()["text/html"])
	// Output: <span style="color:red">30.0 °C</span>
}

// Without a publisher a bar prints a text line every few seconds and when
// it finishes; in the notebook it is an HTML bar updated in place. Rate and
// time vary from run to run, so this example prints the count only.
func ExampleProgress() {
	var last display.Message
	display.SetPublisher(func(m display.Message) { last = m })
	defer display.SetPublisher(nil)
	bar := display.Progress(3)
	for range 3 {
		bar.Add(1)
	}
	fmt.Println(last.Type, strings.Fields(last.Data["text/plain"].(string))[:3])
	// Output: update_display_data [[####################] 3/3 100%]
}

func ExampleBar_Add() {
	bar := display.Progress(0)
	bar.Add(5)
	bar.Add(2)
	fmt.Println(bar.Count())
	// Output: 7
}

func ExampleBar_Describe() {
	bar := display.Progress(2).Describe("fetch")
	bar.Add(1)
	fmt.Println(strings.Fields(bar.String())[:3])
	// Output: [fetch [##########..........] 1/2]
}

func ExampleBar_Done() {
	display.SetPublisher(func(m display.Message) {})
	defer display.SetPublisher(nil)
	bar := display.Progress(10)
	bar.Add(4)
	bar.Done()
	fmt.Println(strings.Fields(bar.String())[:3], strings.Contains(bar.String(), " in "))
	// Output: [[########............] 4/10 40%] true
}

func ExampleBar_MIMEBundle() {
	bar := display.Progress(4)
	bar.Add(1)
	fmt.Println(strings.Contains(bar.MIMEBundle()["text/html"].(string), `<progress value="1" max="4"`))
	// Output: true
}

func ExampleBar_String() {
	bar := display.Progress(0)
	bar.Add(3)
	fmt.Println(strings.Fields(bar.String())[0])
	// Output: 3
}

func ExampleTable() {
	v := display.Table([]string{"workers", "seconds"}, [][]any{{1, 4.02}, {4, 1.13}})
	fmt.Println(v)
	// Output:
	// workers  seconds
	// -------  -------
	// 1        4.02
	// 4        1.13
}

func ExampleDisplayed() {
	display.SetPublisher(func(display.Message) {})
	defer display.SetPublisher(nil)
	fmt.Println(display.Displayed(display.Show("x")), display.Displayed(display.HTML("x")))
	// Output: true false
}

func ExampleRichFuncs() {
	t := Temperature(12)
	v := display.RichFuncs(t, t.HTML, nil, nil, nil, nil)
	fmt.Println(v.MIMEBundle()["text/html"])
	// Output: <span style="color:red">12.0 °C</span>
}
