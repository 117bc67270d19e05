package export

import (
	"bufio"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// ICS writes the timeline as an iCalendar file (RFC 5545): one VEVENT per
// event whose days are known, in display order.
//
// A calendar entry states a date, so an event goes in only when its date
// is known: dated by the text, or anchored to an event that is. Events
// known only by bounds (their own, or those of the event they are
// anchored to) ("date unknown, before 24 March 2024") are left
// out: a calendar would show them on a day nobody knows. An event dated
// to the minute is a timed event; any other is an all-day event over its
// days (a month is the whole month), its DESCRIPTION saying how precise
// the date is. Everything is deterministic: the UID is the event id at a
// domain made from the timeline's title, and DTSTAMP is the latest
// publication time of the event's sources (of any source when its own do
// not say; the Unix epoch when none does), never the time of the export.
func ICS(w io.Writer, rt *resolve.Timeline) error {
	bw := bufio.NewWriter(w)
	c := &icsWriter{w: bw}
	c.line("BEGIN:VCALENDAR")
	c.line("VERSION:2.0")
	c.line("PRODID:-//Chronicle//Chronicle timeline//EN")
	c.line("CALSCALE:GREGORIAN")
	c.line("METHOD:PUBLISH")
	c.prop("NAME", rt.Title)
	c.prop("X-WR-CALNAME", rt.Title)
	if rt.Description != "" {
		c.prop("DESCRIPTION", rt.Description)
		c.prop("X-WR-CALDESC", rt.Description)
	}
	domain := timeline.Slug(rt.Title, 6)
	if domain == "" {
		domain = "timeline"
	}
	domain += ".chronicle.invalid" // .invalid: never a real host
	allStamp := stamp(rt.Sources)
	for _, e := range rt.Events {
		if !calendarDated(e) {
			continue
		}
		c.line("BEGIN:VEVENT")
		c.line("UID:" + e.ID + "@" + domain)
		c.line("DTSTAMP:" + eventStamp(rt, e, allStamp).Format("20060102T150405Z"))
		if p, ok := clockTime(e); ok {
			if p.Zone == nil { // no offset written: a floating time
				c.line("DTSTART:" + time.Date(p.Year, time.Month(p.Month), p.Day, p.Hour, p.Min, 0, 0, time.UTC).Format("20060102T150405"))
			} else {
				c.line("DTSTART:" + time.Date(p.Year, time.Month(p.Month), p.Day, p.Hour, p.Min, 0, 0, p.Zone).UTC().Format("20060102T150405Z"))
			}
		} else {
			c.line("DTSTART;VALUE=DATE:" + e.Earliest.Format("20060102"))
			c.line("DTEND;VALUE=DATE:" + e.Latest.AddDate(0, 0, 1).Format("20060102")) // exclusive
			c.line("TRANSP:TRANSPARENT")                                               // history does not make anyone busy
		}
		c.prop("SUMMARY", e.Title)
		c.prop("DESCRIPTION", eventText(rt, e))
		if len(e.Places) > 0 {
			c.prop("LOCATION", strings.Join(e.Places, "; "))
		}
		if cats := categories(e); len(cats) > 0 {
			c.line("CATEGORIES:" + strings.Join(cats, ","))
		}
		if u := eventURL(rt, e); u != "" {
			c.line("URL:" + u)
		}
		c.line("END:VEVENT")
	}
	c.line("END:VCALENDAR")
	if c.err != nil {
		return c.err
	}
	return bw.Flush()
}

// categories are an event's group and tags, escaped, each once: what a
// calendar lets its reader filter by.
func categories(e resolve.Event) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range append([]string{e.Group}, e.Tags...) {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, icsEscape(c))
		}
	}
	return out
}

// calendarDated reports whether an event's days are known: dated by the
// text, or anchored to an event that is so that it falls on a day or
// in whole months (an anchor to an event known only by bounds gives
// bounds, not a date), or bounds that meet on one day.
func calendarDated(e resolve.Event) bool {
	if e.Earliest == nil || e.Latest == nil {
		return false
	}
	lo, hi := *e.Earliest, *e.Latest
	switch e.Status {
	case resolve.Dated:
		return true
	case resolve.Anchored:
		return lo.Equal(hi) || wholeMonths(lo, hi)
	}
	return lo.Equal(hi)
}

// stamp is the latest publication time among sources, in UTC; the zero
// time is the Unix epoch.
func stamp(sources []timeline.Source) time.Time {
	t := time.Unix(0, 0).UTC()
	for _, s := range sources {
		if s.Published != nil && s.Published.After(t) {
			t = s.Published.UTC()
		}
	}
	return t
}

// eventStamp is the latest publication time of the sources an event
// cites, or fallback when none of them says.
func eventStamp(rt *resolve.Timeline, e resolve.Event, fallback time.Time) time.Time {
	var cited []timeline.Source
	for _, ev := range e.Evidence {
		if s := source(rt, ev.Source); s != nil {
			cited = append(cited, *s)
		}
	}
	if t := stamp(cited); t.Unix() != 0 {
		return t
	}
	return fallback
}

// eventURL is the web address of the first source of an event that has one.
func eventURL(rt *resolve.Timeline, e resolve.Event) string {
	for _, ev := range e.Evidence {
		if s := source(rt, ev.Source); s != nil && webURL(s.URL) != "" {
			return webURL(s.URL)
		}
	}
	return ""
}

// eventText is an event in plain text: when, the summary, the evidence
// with its sources, and how the date was worked out.
func eventText(rt *resolve.Timeline, e resolve.Event) string {
	var b strings.Builder
	b.WriteString("When: " + e.Label)
	if e.Summary != "" {
		b.WriteString("\n\n" + e.Summary)
	}
	for _, ev := range e.Evidence {
		b.WriteString("\n\n“" + ev.Quote + "”")
		if s := source(rt, ev.Source); s != nil {
			b.WriteString("\n— " + strings.Join(append([]string{sourceName(*s)}, sourceDetails(*s)...), ", "))
			if u := webURL(s.URL); u != "" {
				b.WriteString(" <" + u + ">")
			}
		}
	}
	if len(e.Derivation) > 0 {
		b.WriteString("\n\nHow the date was worked out:")
		for _, d := range e.Derivation {
			b.WriteString("\n- " + d)
		}
	}
	return b.String()
}

// icsWriter writes content lines: folded at 75 octets, ended by CRLF.
type icsWriter struct {
	w   *bufio.Writer
	err error
}

// prop writes a property whose value is TEXT.
func (c *icsWriter) prop(name, value string) { c.line(name + ":" + icsEscape(value)) }

// line folds a content line: no line longer than 75 octets, never inside
// a UTF-8 sequence; continuation lines start with a space.
func (c *icsWriter) line(s string) {
	if c.err != nil {
		return
	}
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		_, c.err = c.w.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	_, err := c.w.WriteString(s + "\r\n")
	if c.err == nil {
		c.err = err
	}
}

// icsEscape escapes a TEXT value (RFC 5545 3.3.11).
var icsEscape = strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`).Replace
