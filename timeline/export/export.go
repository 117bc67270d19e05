// Package export writes a resolved timeline in the formats other tools
// read. Each format is a Format in the registry, so the command line and
// the site offer every format the same way.
package export

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// A Format is one way of writing a resolved timeline.
type Format struct {
	Name      string // as given to --format
	Ext       string // the file extension, with its dot
	MediaType string
	Write     func(w io.Writer, rt *resolve.Timeline) error
}

var formats = map[string]Format{
	"json": {Name: "json", Ext: ".json", MediaType: "application/json", Write: JSON},
}

// Formats returns every format, sorted by name.
func Formats() []Format {
	out := make([]Format, 0, len(formats))
	for _, f := range formats {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup returns the format with the given name; the error lists the
// known ones.
func Lookup(name string) (Format, error) {
	if f, ok := formats[strings.ToLower(name)]; ok {
		return f, nil
	}
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return Format{}, fmt.Errorf("unknown export format %q; known formats: %s", name, strings.Join(names, ", "))
}
