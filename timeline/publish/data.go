package publish

import (
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// story is what the theme gets for one story, as hugo.Data.chronicle.<story>.
// Its JSON keys are the theme's contract: everything a template would find
// awkward to work out (HTML datetime values, year groups, anchor titles)
// is worked out here, once.
type story struct {
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Events      int    `json:"events"`
	First       string `json:"first,omitempty"` // earliest known day of any event, YYYY-MM-DD
	Last        string `json:"last,omitempty"`  // latest known day of any event
	// Updated is when the newest source was published (RFC 3339): what
	// the story knows is as of then.
	Updated  string    `json:"updated,omitempty"`
	Axis     *axis     `json:"axis,omitempty"` // nil when no event has a known day
	Groups   []group   `json:"groups"`
	Sources  []source  `json:"sources"`
	Warnings []warning `json:"warnings"`
}

// A group is a run of events under one year heading, in display order.
type group struct {
	// Years is "2014", "2014–2015", or "" when the events' year is not known.
	Years  string  `json:"years"`
	Events []event `json:"events"`
}

type event struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Summary  string `json:"summary,omitempty"`
	Status   string `json:"status"` // dated, anchored, undated
	Label    string `json:"label"`
	Date     string `json:"date,omitempty"`     // the stated EDTF date
	Datetime string `json:"datetime,omitempty"` // an HTML <time datetime> value, when the date is one known point
	Earliest string `json:"earliest,omitempty"` // YYYY-MM-DD
	Latest   string `json:"latest,omitempty"`
	// Span is set when the event covers more than one day for certain
	// (a stated range or a month or year), drawn as a range bar.
	Span          bool       `json:"span"`
	Approx        bool       `json:"approx"` // "about" or "possibly"
	Anchor        *anchor    `json:"anchor,omitempty"`
	Derivation    []string   `json:"derivation"`
	Evidence      []evidence `json:"evidence"`
	People        []string   `json:"people"`
	Organizations []string   `json:"organizations"`
	Places        []string   `json:"places"`
	Tags          []string   `json:"tags"`
}

type anchor struct {
	Event    string `json:"event"`
	Title    string `json:"title"` // the target event's title, for the link
	Offset   string `json:"offset,omitempty"`
	Relation string `json:"relation,omitempty"`
}

type evidence struct {
	Source     string `json:"source"`
	Quote      string `json:"quote"`
	Expression string `json:"expression,omitempty"`
	Derivation string `json:"derivation,omitempty"`
}

type source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	File      string `json:"file,omitempty"`
	URL       string `json:"url,omitempty"`
	Author    string `json:"author,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Published string `json:"published,omitempty"` // RFC 3339
	// Paragraphs is the article's text with its evidence marked, for the
	// source view; none when the story has no copy of the article.
	Paragraphs []paragraph `json:"paragraphs,omitempty"`
}

type warning struct {
	Events []string `json:"events"`
	Msg    string   `json:"msg"`
}

const dayLayout = "2006-01-02"

// newStory turns a resolved timeline into the theme's data; texts holds
// the text of each source read, by source id.
func newStory(rt *resolve.Timeline, texts map[string]string) story {
	s := story{
		Title:       rt.Title,
		Description: rt.Description,
		Events:      len(rt.Events),
		Groups:      []group{},
		Sources:     []source{},
		Warnings:    []warning{},
	}
	titles := make(map[string]string, len(rt.Events))
	for _, e := range rt.Events {
		titles[e.ID] = e.Title
	}
	var first, last *time.Time
	for _, re := range rt.Events {
		e := newEvent(re, titles)
		if re.Earliest != nil && (first == nil || re.Earliest.Before(*first)) {
			first = re.Earliest
		}
		if re.Latest != nil && (last == nil || re.Latest.After(*last)) {
			last = re.Latest
		}
		years := yearsOf(re)
		if n := len(s.Groups); n == 0 || s.Groups[n-1].Years != years {
			s.Groups = append(s.Groups, group{Years: years})
		}
		g := &s.Groups[len(s.Groups)-1]
		g.Events = append(g.Events, e)
	}
	s.First, s.Last = dayString(first), dayString(last)
	s.Axis = newAxis(rt.Events)
	var updated *time.Time
	for _, src := range rt.Sources {
		if src.Published != nil && (updated == nil || src.Published.After(*updated)) {
			updated = src.Published
			s.Updated = src.Published.Format(time.RFC3339)
		}
		out := newSource(src)
		if text, ok := texts[src.ID]; ok {
			out.Paragraphs = annotate(text, mentions(rt, src.ID))
		}
		s.Sources = append(s.Sources, out)
	}
	for _, w := range rt.Warnings {
		s.Warnings = append(s.Warnings, warning{Events: nonNil(w.Events), Msg: w.Msg})
	}
	return s
}

func newEvent(re resolve.Event, titles map[string]string) event {
	e := event{
		ID:            re.ID,
		Title:         re.Title,
		Summary:       re.Summary,
		Status:        string(re.Status),
		Label:         re.Label,
		Datetime:      datetime(re),
		Earliest:      dayString(re.Earliest),
		Latest:        dayString(re.Latest),
		Span:          re.Earliest != nil && re.Latest != nil && re.Latest.After(*re.Earliest),
		Derivation:    nonNil(re.Derivation),
		Evidence:      []evidence{},
		People:        nonNil(re.People),
		Organizations: nonNil(re.Organizations),
		Places:        nonNil(re.Places),
		Tags:          nonNil(re.Tags),
	}
	if re.Date != nil {
		e.Date = re.Date.String()
		e.Approx = re.Date.IsApprox() || re.Date.IsUncertain()
	}
	if a := re.Anchor; a != nil {
		e.Anchor = &anchor{Event: a.Event, Title: titles[a.Event], Relation: a.Relation}
		if a.Offset != nil {
			e.Anchor.Offset = a.Offset.String()
		}
	}
	for _, ev := range re.Evidence {
		e.Evidence = append(e.Evidence, evidence(ev))
		// A summary that is the source's own sentence would print the
		// quote twice; the quote, attributed, links to its context.
		if ev.Quote != "" && strings.Contains(e.Summary, ev.Quote) {
			e.Summary = ""
		}
	}
	return e
}

// datetime is the value of an HTML <time datetime> for an event whose
// date is one known point: the stated year, month or day, or the one day
// an anchor resolves to. Ranges, seasons, decades and approximate or
// uncertain dates get none: the label says them honestly instead.
func datetime(re resolve.Event) string {
	switch re.Status {
	case resolve.Dated:
		d := re.Date
		if d == nil || d.Interval || d.IsApprox() || d.IsUncertain() {
			return ""
		}
		p := d.Start
		switch p.Precision {
		case edtf.Year, edtf.Month:
			return p.String()
		case edtf.Day, edtf.Minute:
			return edtf.Point{Year: p.Year, Month: p.Month, Day: p.Day, Precision: edtf.Day}.String()
		}
	case resolve.Anchored:
		if re.Earliest != nil && re.Latest != nil && re.Earliest.Equal(*re.Latest) {
			return re.Earliest.Format(dayLayout)
		}
	}
	return ""
}

// yearsOf is the year heading of an event: its year or years when both
// bounds are known, "" otherwise.
func yearsOf(re resolve.Event) string {
	if re.Earliest == nil || re.Latest == nil {
		return ""
	}
	a, b := re.Earliest.Year(), re.Latest.Year()
	if a == b {
		return strconv.Itoa(a)
	}
	return strconv.Itoa(a) + "–" + strconv.Itoa(b)
}

// mentions is the evidence drawn from one source, in display order.
func mentions(rt *resolve.Timeline, sourceID string) []mention {
	var ms []mention
	for _, e := range rt.Events {
		for _, ev := range e.Evidence {
			if ev.Source == sourceID {
				ms = append(ms, mention{event: e.ID, quote: ev.Quote, expression: ev.Expression})
			}
		}
	}
	return ms
}

func newSource(s timeline.Source) source {
	out := source{ID: s.ID, Title: s.Title, File: s.File, URL: s.URL, Author: s.Author, Publisher: s.Publisher}
	if out.Title == "" {
		out.Title = s.ID
	}
	if s.Published != nil {
		out.Published = s.Published.Format(time.RFC3339)
	}
	return out
}

func dayString(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(dayLayout)
}

// nonNil makes an absent list an empty JSON array, so templates can range
// over it without a guard.
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
