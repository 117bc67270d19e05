package export

import (
	"encoding/json"
	"io"
	"time"

	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// The JSON document: structs keep the key order stable. Every key is
// always present (null or empty when unknown), so readers need no guards.
type jsonTimeline struct {
	Title       string        `json:"title"`
	Description string        `json:"description"`
	Sources     []jsonSource  `json:"sources"`
	Eras        []jsonEra     `json:"eras"`
	Events      []jsonEvent   `json:"events"`
	Warnings    []jsonWarning `json:"warnings"`
}

type jsonSource struct {
	ID        string  `json:"id"`
	File      string  `json:"file"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Author    string  `json:"author"`
	Publisher string  `json:"publisher"`
	Published *string `json:"published"` // RFC 3339, in the article's own zone
}

// An era is a named span of the story, its days resolved as an event's.
type jsonEra struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	Date     *string `json:"date"` // EDTF, as stated
	Earliest *string `json:"earliest"`
	Latest   *string `json:"latest"`
}

type jsonEvent struct {
	ID            string         `json:"id"`
	Title         string         `json:"title"`
	Date          *string        `json:"date"` // EDTF, as stated
	Earliest      *string        `json:"earliest"`
	Latest        *string        `json:"latest"`
	Label         string         `json:"label"`
	Status        string         `json:"status"`
	Anchor        *jsonAnchor    `json:"anchor"`
	Before        *string        `json:"before"`
	After         *string        `json:"after"`
	Summary       string         `json:"summary"`
	Group         string         `json:"group"`
	People        []string       `json:"people"`
	Places        []string       `json:"places"`
	Organizations []string       `json:"organizations"`
	Tags          []string       `json:"tags"`
	Evidence      []jsonEvidence `json:"evidence"`
	Derivation    []string       `json:"derivation"`
}

type jsonAnchor struct {
	Event    string  `json:"event"`
	Offset   *string `json:"offset"`
	Relation string  `json:"relation,omitempty"`
}

type jsonEvidence struct {
	Source     string `json:"source"`
	Quote      string `json:"quote"`
	Expression string `json:"expression"`
	Derivation string `json:"derivation"`
}

type jsonWarning struct {
	Events  []string `json:"events"`
	Message string   `json:"message"`
}

// JSON writes the resolved timeline as indented JSON, events in display
// order.
func JSON(w io.Writer, rt *resolve.Timeline) error {
	doc := jsonTimeline{
		Title:       rt.Title,
		Description: rt.Description,
		Sources:     []jsonSource{},
		Eras:        []jsonEra{},
		Events:      []jsonEvent{},
		Warnings:    []jsonWarning{},
	}
	for _, s := range rt.Sources {
		js := jsonSource{ID: s.ID, File: s.File, Title: s.Title, URL: s.URL, Author: s.Author, Publisher: s.Publisher}
		if s.Published != nil {
			js.Published = str(s.Published.Format(time.RFC3339))
		}
		doc.Sources = append(doc.Sources, js)
	}
	for _, x := range rt.Eras {
		je := jsonEra{ID: x.EraID(), Title: x.Title}
		if x.Date != nil {
			je.Date = str(x.Date.String())
			if t, ok := x.Date.Earliest(); ok {
				je.Earliest = day(&t)
			}
			if t, ok := x.Date.Latest(); ok {
				je.Latest = day(&t)
			}
		}
		doc.Eras = append(doc.Eras, je)
	}
	for _, e := range rt.Events {
		doc.Events = append(doc.Events, jsonEventOf(e))
	}
	for _, wn := range rt.Warnings {
		doc.Warnings = append(doc.Warnings, jsonWarning{Events: list(wn.Events), Message: wn.Msg})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // quotes stay readable: "Moscow's", "&"
	return enc.Encode(doc)
}

func jsonEventOf(e resolve.Event) jsonEvent {
	je := jsonEvent{
		ID:            e.ID,
		Title:         e.Title,
		Earliest:      day(e.Earliest),
		Latest:        day(e.Latest),
		Label:         e.Label,
		Status:        string(e.Status),
		Summary:       e.Summary,
		Group:         e.Group,
		People:        list(e.People),
		Places:        list(e.Places),
		Organizations: list(e.Organizations),
		Tags:          list(e.Tags),
		Evidence:      []jsonEvidence{},
		Derivation:    list(e.Derivation),
	}
	if e.Date != nil {
		je.Date = str(e.Date.String())
	}
	if e.Before != nil {
		je.Before = str(e.Before.String())
	}
	if e.After != nil {
		je.After = str(e.After.String())
	}
	if a := e.Anchor; a != nil {
		je.Anchor = &jsonAnchor{Event: a.Event, Relation: a.Relation}
		if a.Offset != nil {
			je.Anchor.Offset = str(a.Offset.String())
		}
	}
	for _, ev := range e.Evidence {
		je.Evidence = append(je.Evidence, jsonEvidence{Source: ev.Source, Quote: ev.Quote, Expression: ev.Expression, Derivation: ev.Derivation})
	}
	return je
}

func day(t *time.Time) *string {
	if t == nil {
		return nil
	}
	return str(t.Format(time.DateOnly))
}

func str(s string) *string { return &s }

// list makes a nil list an empty one: [] rather than null.
func list(l []string) []string {
	if l == nil {
		return []string{}
	}
	return l
}
