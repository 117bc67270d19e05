// Package export writes a resolved timeline in the formats other tools
// read. Each format is a Format in the registry, so the command line and
// the site offer every format the same way.
package export

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
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
	"json":       {Name: "json", Ext: ".json", MediaType: "application/json", Write: JSON},
	"timelinejs": {Name: "timelinejs", Ext: ".timelinejs.json", MediaType: "application/json", Write: TimelineJS},
	"ics":        {Name: "ics", Ext: ".ics", MediaType: "text/calendar; charset=utf-8", Write: ICS},
	"csv":        {Name: "csv", Ext: ".csv", MediaType: "text/csv; charset=utf-8; header=present", Write: CSV},
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

// source returns the source with the given id, or nil.
func source(rt *resolve.Timeline, id string) *timeline.Source {
	for i := range rt.Sources {
		if rt.Sources[i].ID == id {
			return &rt.Sources[i]
		}
	}
	return nil
}

// sourceName is what a reader calls a source: its title, else its file
// or id.
func sourceName(s timeline.Source) string {
	switch {
	case s.Title != "":
		return s.Title
	case s.File != "":
		return s.File
	}
	return s.ID
}

// sourceDetails are the publisher and the publication day, when known.
func sourceDetails(s timeline.Source) []string {
	var d []string
	if s.Publisher != "" {
		d = append(d, s.Publisher)
	}
	if s.Published != nil {
		d = append(d, s.Published.Format("2 January 2006"))
	}
	return d
}
