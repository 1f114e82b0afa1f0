package install

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
)

// Logo draws the kernel's size×size logo as PNG: a Go-blue disc with two
// gopher eyes, anti-aliased by supersampling. Drawn here, so no artwork is
// downloaded or copied.
func Logo(size int) ([]byte, error) {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	blue := color.NRGBA{0x00, 0xAD, 0xD8, 0xff}
	white := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	dark := color.NRGBA{0x20, 0x20, 0x30, 0xff}
	s := float64(size)
	type disc struct {
		x, y, r float64
		c       color.NRGBA
	}
	shapes := []disc{
		{0.5, 0.5, 0.48, blue},
		{0.34, 0.42, 0.13, white}, {0.66, 0.42, 0.13, white},
		{0.37, 0.44, 0.055, dark}, {0.63, 0.44, 0.055, dark},
		{0.5, 0.64, 0.07, white},
	}
	const ss = 4 // samples per axis
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / s
					y := (float64(py) + (float64(sy)+0.5)/ss) / s
					var c *color.NRGBA
					for i := range shapes {
						d := shapes[i]
						if math.Hypot(x-d.x, y-d.y) <= d.r {
							c = &shapes[i].c
						}
					}
					if c != nil {
						r += float64(c.R)
						g += float64(c.G)
						b += float64(c.B)
						a++
					}
				}
			}
			if a > 0 {
				img.SetNRGBA(px, py, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(255 * a / (ss * ss))})
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
