package export

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net/url"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// The TimelineJS JSON format (timeline.knightlab.com/docs/json-format.html).
type tlDoc struct {
	Title  tlSlide   `json:"title"`
	Events []tlSlide `json:"events"`
	Eras   []tlEra   `json:"eras,omitempty"`
}

type tlSlide struct {
	StartDate   *tlDate `json:"start_date,omitempty"` // required, except on the title slide
	EndDate     *tlDate `json:"end_date,omitempty"`
	Text        tlText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	UniqueID    string  `json:"unique_id,omitempty"`
}

type tlDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	Hour        *int   `json:"hour,omitempty"` // 0 is an hour
	Minute      *int   `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// tlText is HTML: everything taken from articles or the YAML is escaped.
type tlText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

type tlEra struct {
	StartDate tlDate `json:"start_date"`
	EndDate   tlDate `json:"end_date"`
	Text      tlText `json:"text"`
}

// unknownGroup is the row of events placed at a bound because their date
// is not known and that have no group of their own.
const unknownGroup = "Date unknown"

// TimelineJS writes the timeline as TimelineJS JSON, events in display
// order. Where an event goes:
//   - dated or anchored to a dated event: on its days, the span drawn
//     from its earliest to its latest day (a year, a month, "2014/2015");
//   - known only by bounds ("before 24 March 2024"): at the bound, its
//     date shown as the label says ("Date unknown, before 24 March
//     2024"), never as a date;
//   - with no bound at all: left out (TimelineJS needs a date), and named
//     on the title slide so nobody thinks it is missing.
//
// An event's group is its slide's group, the row TimelineJS draws it in
// and labels: a reader looks for "Diplomacy" events in the Diplomacy row,
// whether their date is known or not (their own date line says when it is
// not). An event known only by bounds and with no group of its own goes
// in the row "Date unknown", apart from the dated ones.
//
// The story's eras are TimelineJS's eras, the named bands behind the
// events. A stated span ("2014/2015") is not made an era: its slide is
// already drawn from its start to its end.
func TimelineJS(w io.Writer, rt *resolve.Timeline) error {
	doc := tlDoc{Events: []tlSlide{}}
	var left []string
	var first, last *time.Time // the days the slides cover
	for _, e := range rt.Events {
		start, end, ok := tlDates(e)
		if !ok {
			left = append(left, e.Title)
			continue
		}
		s := tlSlide{
			StartDate:   start,
			EndDate:     end,
			Text:        tlText{Headline: html.EscapeString(e.Title), Text: eventHTML(rt, e)},
			Group:       e.Group,
			DisplayDate: upperFirst(e.Label),
			UniqueID:    e.ID,
		}
		if e.Status == resolve.Undated {
			if s.Group == "" {
				s.Group = unknownGroup
			}
			s.StartDate.DisplayDate = s.DisplayDate
		}
		doc.Events = append(doc.Events, s)
		for _, t := range []*time.Time{e.Earliest, e.Latest} {
			if t != nil && (first == nil || t.Before(*first)) {
				first = t
			}
			if t != nil && (last == nil || t.After(*last)) {
				last = t
			}
		}
	}
	for _, x := range rt.Eras {
		if era, ok := tlEraOf(x, first, last); ok {
			doc.Eras = append(doc.Eras, era)
		}
	}
	doc.Title = tlSlide{Text: tlText{Headline: html.EscapeString(rt.Title), Text: titleHTML(rt, left)}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // readable; article text is escaped HTML, so no "</script" can occur
	return enc.Encode(doc)
}

// tlEraOf is an era of the story as TimelineJS draws it. TimelineJS needs
// both ends: an open side ("from 2022", "../1995") is drawn to the first
// or last day of the story's slides, so the band reaches as far as there
// is anything to see. An era with no known day at all is left out.
func tlEraOf(x timeline.Era, first, last *time.Time) (tlEra, bool) {
	if x.Date == nil {
		return tlEra{}, false
	}
	lo, okLo := x.Date.Earliest()
	hi, okHi := x.Date.Latest()
	switch {
	case !okLo && !okHi:
		return tlEra{}, false
	case !okLo:
		lo = hi
		if first != nil && first.Before(hi) {
			lo = *first
		}
	case !okHi:
		hi = lo
		if last != nil && last.After(lo) {
			hi = *last
		}
	}
	start, end := spanDates(lo, hi)
	if end == nil { // a one-day era is still a band
		end = dayDate(hi)
	}
	return tlEra{StartDate: *start, EndDate: *end, Text: tlText{Headline: html.EscapeString(x.Title)}}, true
}

// tlDates places an event: at its days when both bounds are known, else
// at the one bound it has; ok is false when it has none. A span of days
// is drawn as spanDates says.
func tlDates(e resolve.Event) (start, end *tlDate, ok bool) {
	lo, hi := e.Earliest, e.Latest
	switch {
	case lo == nil && hi == nil:
		return nil, nil, false
	case lo == nil:
		return dayDate(*hi), nil, true
	case hi == nil:
		return dayDate(*lo), nil, true
	case lo.Equal(*hi):
		d := dayDate(*lo)
		if p, ok := clockTime(e); ok {
			d.Hour, d.Minute = &p.Hour, &p.Min
		}
		return d, nil, true
	}
	start, end = spanDates(*lo, *hi)
	return start, end, true
}

// spanDates are the start and end of the days [lo, hi]: the start has the
// precision the days have (a whole year is a year); the end is the last
// day, labelled at that precision. A single day has no end.
func spanDates(lo, hi time.Time) (start, end *tlDate) {
	start = dayDate(lo)
	if lo.Equal(hi) {
		return start, nil
	}
	end = dayDate(hi)
	switch {
	case wholeYears(lo, hi):
		start.Month, start.Day = 0, 0
		end.DisplayDate = fmt.Sprint(hi.Year())
	case wholeMonths(lo, hi):
		start.Day = 0
		end.DisplayDate = hi.Format("January 2006")
	}
	return start, end
}

func dayDate(t time.Time) *tlDate {
	return &tlDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

func wholeMonths(lo, hi time.Time) bool { return lo.Day() == 1 && hi.AddDate(0, 0, 1).Day() == 1 }
func wholeYears(lo, hi time.Time) bool {
	return wholeMonths(lo, hi) && lo.Month() == time.January && hi.Month() == time.December
}

// clockTime returns the time of day of an event the text dates to the
// minute.
func clockTime(e resolve.Event) (edtf.Point, bool) {
	if e.Status != resolve.Dated || e.Date == nil || e.Date.Interval || e.Date.Start.Precision != edtf.Minute {
		return edtf.Point{}, false
	}
	return e.Date.Start, true
}

// eventHTML is a slide's text: the summary, each piece of evidence with
// its source, and how the date was worked out.
func eventHTML(rt *resolve.Timeline, e resolve.Event) string {
	var b strings.Builder
	if e.Summary != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(e.Summary))
	}
	for _, ev := range e.Evidence {
		fmt.Fprintf(&b, "<blockquote>%s</blockquote>", html.EscapeString(ev.Quote))
		if s := source(rt, ev.Source); s != nil {
			fmt.Fprintf(&b, "<p>— %s</p>", sourceHTML(*s))
		}
	}
	if len(e.Derivation) > 0 {
		b.WriteString("<p>How the date was worked out:</p><ul>")
		for _, d := range e.Derivation {
			fmt.Fprintf(&b, "<li>%s</li>", html.EscapeString(d))
		}
		b.WriteString("</ul>")
	}
	return b.String()
}

// titleHTML is the title slide's text: the description, the sources, and
// the events left out for want of any date.
func titleHTML(rt *resolve.Timeline, left []string) string {
	var b strings.Builder
	if rt.Description != "" {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(rt.Description))
	}
	if len(rt.Sources) > 0 {
		b.WriteString("<p>Sources:</p><ul>")
		for _, s := range rt.Sources {
			fmt.Fprintf(&b, "<li>%s</li>", sourceHTML(s))
		}
		b.WriteString("</ul>")
	}
	if len(left) > 0 {
		b.WriteString("<p>Not shown, for want of any date:</p><ul>")
		for _, t := range left {
			fmt.Fprintf(&b, "<li>%s</li>", html.EscapeString(t))
		}
		b.WriteString("</ul>")
	}
	return b.String()
}

// sourceHTML names a source: its title (linked when it has a web
// address), publisher and publication day.
func sourceHTML(s timeline.Source) string {
	name := html.EscapeString(sourceName(s))
	if u := webURL(s.URL); u != "" {
		name = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(u), name)
	}
	for _, d := range sourceDetails(s) {
		name += ", " + html.EscapeString(d)
	}
	return name
}

// webURL returns u when it is an http(s) address, so that no article can
// put a javascript: link in the timeline.
func webURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Scheme != "http" && p.Scheme != "https" || p.Host == "" {
		return ""
	}
	return p.String()
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
