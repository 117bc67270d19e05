package export

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"
	"golang.org/x/net/html"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// resolved reads and resolves every testdata/*.yaml.
func resolved(t *testing.T) map[string]*resolve.Timeline {
	t.Helper()
	inputs, _ := filepath.Glob("testdata/*.yaml")
	out := map[string]*resolve.Timeline{}
	for _, in := range inputs {
		tl, err := timeline.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(in)] = resolve.Resolve(tl)
	}
	return out
}

func write(t *testing.T, f func(w *bytes.Buffer) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestTimelineJSValid checks each export against the rules of the
// TimelineJS JSON format, and that every event with a bound is shown.
func TestTimelineJSValid(t *testing.T) {
	for name, rt := range resolved(t) {
		t.Run(name, func(t *testing.T) {
			data := write(t, func(w *bytes.Buffer) error { return TimelineJS(w, rt) })
			var doc map[string]any
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			for _, err := range validateTimelineJS(doc) {
				t.Error(err)
			}
			shown := map[string]bool{}
			for _, s := range doc["events"].([]any) {
				shown[s.(map[string]any)["unique_id"].(string)] = true
			}
			for _, e := range rt.Events {
				if want := e.Earliest != nil || e.Latest != nil; shown[e.ID] != want {
					t.Errorf("event %s (earliest %v, latest %v): shown %v, want %v", e.ID, e.Earliest, e.Latest, shown[e.ID], want)
				}
			}
		})
	}
}

// TestTimelineJSErasAndGroups checks that the story's eras are the
// TimelineJS eras, in order, each covering the days it has, and that each
// slide is in its event's group ("Date unknown" for an undated event with
// none of its own).
func TestTimelineJSErasAndGroups(t *testing.T) {
	sawEra, sawGroup := false, false
	for name, rt := range resolved(t) {
		t.Run(name, func(t *testing.T) {
			var doc struct {
				Events []struct {
					Group    string `json:"group"`
					UniqueID string `json:"unique_id"`
				}
				Eras []struct {
					Start map[string]any `json:"start_date"`
					End   map[string]any `json:"end_date"`
					Text  struct{ Headline string }
				}
			}
			if err := json.Unmarshal(write(t, func(w *bytes.Buffer) error { return TimelineJS(w, rt) }), &doc); err != nil {
				t.Fatal(err)
			}
			group := map[string]string{}
			for _, s := range doc.Events {
				group[s.UniqueID] = s.Group
			}
			for _, e := range rt.Events {
				got, shown := group[e.ID]
				want := e.Group
				if want == "" && e.Status == resolve.Undated {
					want = unknownGroup
				}
				if shown && got != want {
					t.Errorf("%s (%s): group %q, want %q", e.ID, e.Status, got, want)
				}
				sawGroup = sawGroup || shown && e.Group != ""
			}
			var eras []timeline.Era
			for _, x := range rt.Eras {
				if _, ok := x.Date.Earliest(); ok {
					eras = append(eras, x)
				} else if _, ok := x.Date.Latest(); ok {
					eras = append(eras, x)
				}
			}
			if len(doc.Eras) != len(eras) {
				t.Fatalf("%d eras, want %d (one per era with a known day)", len(doc.Eras), len(eras))
			}
			for i, x := range eras {
				got := doc.Eras[i]
				if got.Text.Headline != html.EscapeString(x.Title) {
					t.Errorf("era %d: headline %q, want %q", i, got.Text.Headline, x.Title)
				}
				start := date(got.Start, "start", true, t.Errorf)
				end := date(got.End, "end", true, t.Errorf)
				if lo, ok := x.Date.Earliest(); ok && !start.Equal(lo) {
					t.Errorf("era %q starts %s, want %s", x.Title, start, lo)
				}
				if hi, ok := x.Date.Latest(); ok && end.Before(hi) {
					t.Errorf("era %q ends %s, before its last day %s", x.Title, end, hi)
				}
				sawEra = true
			}
		})
	}
	if !sawEra || !sawGroup {
		t.Error("no testdata/*.yaml has both eras and groups")
	}
}

// validateTimelineJS applies the rules of
// timeline.knightlab.com/docs/json-format.html.
func validateTimelineJS(doc map[string]any) []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	known(doc, "timeline", bad, "events", "title", "eras", "scale")
	events, ok := doc["events"].([]any)
	if !ok {
		bad("events: a list is required")
	}
	if title, ok := doc["title"]; ok {
		slide(title, "title", false, bad)
	}
	ids := map[string]bool{}
	for i, s := range events {
		where := fmt.Sprintf("events[%d]", i)
		slide(s, where, true, bad)
		if id, ok := s.(map[string]any)["unique_id"].(string); ok {
			if ids[id] {
				bad("%s: unique_id %q is not unique", where, id)
			}
			ids[id] = true
		}
	}
	if eras, ok := doc["eras"]; ok {
		list, ok := eras.([]any)
		if !ok {
			bad("eras: not a list")
		}
		for i, e := range list {
			where := fmt.Sprintf("eras[%d]", i)
			m, ok := e.(map[string]any)
			if !ok {
				bad("%s: not an object", where)
				continue
			}
			known(m, where, bad, "start_date", "end_date", "text")
			start := date(m["start_date"], where+".start_date", true, bad)
			end := date(m["end_date"], where+".end_date", true, bad)
			if end.Before(start) {
				bad("%s: ends before it starts", where)
			}
			if t, ok := m["text"]; ok {
				text(t, where+".text", bad)
			}
		}
	}
	return errs
}

func slide(v any, where string, needsDate bool, bad func(string, ...any)) {
	m, ok := v.(map[string]any)
	if !ok {
		bad("%s: not an object", where)
		return
	}
	known(m, where, bad, "start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id")
	_, hasStart := m["start_date"]
	if needsDate || hasStart {
		start := date(m["start_date"], where+".start_date", true, bad)
		if _, ok := m["end_date"]; ok {
			if end := date(m["end_date"], where+".end_date", true, bad); end.Before(start) {
				bad("%s: end_date before start_date", where)
			}
		}
	}
	for _, k := range []string{"group", "display_date", "unique_id"} {
		if v, ok := m[k]; ok {
			if s, ok := v.(string); !ok || s == "" {
				bad("%s.%s: not a non-empty string", where, k)
			}
		}
	}
	t, ok := m["text"]
	if !ok {
		bad("%s: no text (recommended, and Chronicle always writes one)", where)
		return
	}
	text(t, where+".text", bad)
}

// date checks a date object and returns the time it starts.
func date(v any, where string, required bool, bad func(string, ...any)) time.Time {
	m, ok := v.(map[string]any)
	if !ok {
		if required {
			bad("%s: a date object is required", where)
		}
		return time.Time{}
	}
	known(m, where, bad, "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format")
	field := func(k string, lo, hi int) (int, bool) {
		v, ok := m[k]
		if !ok {
			return lo, false
		}
		n, isNum := v.(float64)
		if !isNum || n != float64(int(n)) || int(n) < lo || int(n) > hi {
			bad("%s.%s: %v is not a whole number in %d..%d", where, k, v, lo, hi)
		}
		return int(n), true
	}
	year, ok := field("year", -271820, 275759)
	if !ok {
		bad("%s.year: required", where)
	}
	month, hasMonth := field("month", 1, 12)
	day, hasDay := field("day", 1, 31)
	hour, hasHour := field("hour", 0, 23)
	minute, hasMinute := field("minute", 0, 59)
	switch {
	case hasDay && !hasMonth:
		bad("%s: a day without a month", where)
	case hasHour && !hasDay, hasMinute && !hasHour:
		bad("%s: a time without a day", where)
	}
	t := time.Date(year, time.Month(month), day, hour, minute, 0, 0, time.UTC)
	if hasDay && t.Day() != day {
		bad("%s: %d-%02d has no day %d", where, year, month, day)
	}
	if d, ok := m["display_date"]; ok {
		if s, ok := d.(string); !ok || s == "" {
			bad("%s.display_date: not a non-empty string", where)
		}
	}
	return t
}

// text checks a text object: strings, HTML that only holds the markup
// Chronicle writes (so anything from an article was escaped).
func text(v any, where string, bad func(string, ...any)) {
	m, ok := v.(map[string]any)
	if !ok {
		bad("%s: not an object", where)
		return
	}
	known(m, where, bad, "headline", "text")
	for k, v := range m {
		s, ok := v.(string)
		if !ok {
			bad("%s.%s: not a string", where, k)
			continue
		}
		allowed := map[string]bool{"p": true, "blockquote": true, "ul": true, "li": true, "a": true}
		if k == "headline" {
			allowed = map[string]bool{}
		}
		z := html.NewTokenizer(strings.NewReader(s))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			tok := z.Token()
			if !allowed[tok.Data] {
				bad("%s.%s: markup <%s> not written by Chronicle: %s", where, k, tok.Data, s)
			}
			for _, a := range tok.Attr {
				if tok.Data != "a" || a.Key != "href" || !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					bad("%s.%s: attribute %s=%q on <%s>", where, k, a.Key, a.Val, tok.Data)
				}
			}
		}
	}
}

func known(m map[string]any, where string, bad func(string, ...any), keys ...string) {
	for k := range m {
		found := false
		for _, want := range keys {
			found = found || k == want
		}
		if !found {
			bad("%s: unknown key %q", where, k)
		}
	}
}

// TestICSParses reads each calendar back with an iCalendar parser: every
// event whose days are known is there with its dates, title and evidence
// intact, every other one is not, and every line is CRLF-ended and at
// most 75 octets.
func TestICSParses(t *testing.T) {
	for name, rt := range resolved(t) {
		t.Run(name, func(t *testing.T) {
			data := write(t, func(w *bytes.Buffer) error { return ICS(w, rt) })
			if !bytes.HasSuffix(data, []byte("\r\n")) {
				t.Error("the calendar does not end with CRLF")
			}
			for i, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
				if len(line) > 75 || strings.ContainsAny(line, "\r\n") || !utf8.ValidString(line) {
					t.Errorf("line %d: %d octets, or a bare CR/LF, or broken UTF-8: %q", i+1, len(line), line)
				}
			}
			cal, err := ics.ParseCalendar(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]*ics.VEvent{}
			for _, ve := range cal.Events() {
				got[ve.Id()] = ve
			}
			for _, e := range rt.Events {
				ve := got[e.ID+"@"+timeline.Slug(rt.Title, 6)+".chronicle.invalid"]
				if ve == nil {
					if calendarDated(e) {
						t.Errorf("event %s (%s) is missing", e.ID, e.Label)
					}
					continue
				}
				if !calendarDated(e) {
					t.Errorf("event %s (%s) is in the calendar", e.ID, e.Label)
				}
				value := func(p ics.ComponentProperty) string {
					if prop := ve.GetProperty(p); prop != nil {
						return ics.FromText(prop.Value)
					}
					return ""
				}
				if s := value(ics.ComponentPropertySummary); s != e.Title {
					t.Errorf("%s: SUMMARY %q, want %q", e.ID, s, e.Title)
				}
				desc := value(ics.ComponentPropertyDescription)
				for _, ev := range e.Evidence {
					if !strings.Contains(desc, ev.Quote) {
						t.Errorf("%s: DESCRIPTION %q lacks the quote %q", e.ID, desc, ev.Quote)
					}
				}
				if _, err := ve.GetDtStampTime(); err != nil {
					t.Errorf("%s: DTSTAMP: %v", e.ID, err)
				}
				if _, ok := clockTime(e); ok {
					if _, err := ve.GetStartAt(); err != nil {
						t.Errorf("%s: DTSTART: %v", e.ID, err)
					}
					continue
				}
				start, err1 := ve.GetAllDayStartAt()
				end, err2 := ve.GetAllDayEndAt()
				if err1 != nil || err2 != nil {
					t.Fatalf("%s: %v %v", e.ID, err1, err2)
				}
				if start.Format(time.DateOnly) != e.Earliest.Format(time.DateOnly) ||
					end.Format(time.DateOnly) != e.Latest.AddDate(0, 0, 1).Format(time.DateOnly) {
					t.Errorf("%s: %s to %s, want %s to the day after %s", e.ID, start, end, e.Earliest, e.Latest)
				}
			}
		})
	}
}

// TestCSVReadsBack reads each CSV back: a header, one row per event in
// display order, the cells as exported (less the apostrophe that defuses
// formulas).
func TestCSVReadsBack(t *testing.T) {
	for name, rt := range resolved(t) {
		t.Run(name, func(t *testing.T) {
			data := write(t, func(w *bytes.Buffer) error { return CSV(w, rt) })
			rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != len(rt.Events)+1 || strings.Join(rows[0], ",") != strings.Join(csvHeader, ",") {
				t.Fatalf("%d rows, header %q", len(rows), rows[0])
			}
			col := map[string]int{}
			for i, h := range rows[0] {
				col[h] = i
			}
			for i, e := range rt.Events {
				row := rows[i+1]
				for _, cell := range row {
					if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
						t.Errorf("%s: cell %q would run as a formula", e.ID, cell)
					}
				}
				cell := func(k string) string { return strings.TrimPrefix(row[col[k]], "'") }
				if cell("id") != e.ID || cell("title") != e.Title || cell("label") != e.Label || cell("status") != string(e.Status) {
					t.Errorf("row %d: %q, want event %s", i+1, row, e.ID)
				}
				if got := cell("group"); got != e.Group {
					t.Errorf("%s: group %q, want %q", e.ID, got, e.Group)
				}
				if got, want := cell("places"), strings.Join(e.Places, "; "); got != want {
					t.Errorf("%s: places %q, want %q", e.ID, got, want)
				}
				for _, ev := range e.Evidence {
					if !strings.Contains(cell("quotes"), ev.Quote) {
						t.Errorf("%s: quotes %q lack %q", e.ID, cell("quotes"), ev.Quote)
					}
				}
			}
		})
	}
}

func TestICSEscapeAndFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`a,b;c\d`, `a\,b\;c\\d`},
		{"one\ntwo\r\nthree", `one\ntwo\nthree`},
		{"plain", "plain"},
	} {
		if got := icsEscape(c.in); got != c.want {
			t.Errorf("icsEscape(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want string
	}{
		{strings.Repeat("a", 75), strings.Repeat("a", 75) + "\r\n"},
		{strings.Repeat("a", 76), strings.Repeat("a", 75) + "\r\n a\r\n"},
		// A 3-octet rune at octet 74 moves whole to the next line.
		{strings.Repeat("a", 73) + "—z", strings.Repeat("a", 73) + "\r\n —z\r\n"},
		{strings.Repeat("b", 75+74+1), strings.Repeat("b", 75) + "\r\n " + strings.Repeat("b", 74) + "\r\n b\r\n"},
	} {
		var buf bytes.Buffer
		c2 := &icsWriter{w: bufio.NewWriter(&buf)}
		c2.line(c.in)
		c2.w.Flush()
		if buf.String() != c.want {
			t.Errorf("fold(%d octets) = %q, want %q", len(c.in), buf.String(), c.want)
		}
	}
}

func TestDefuse(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"=SUM(A1)", "'=SUM(A1)"}, {"+1", "'+1"}, {"-P1D", "'-P1D"}, {"@x", "'@x"},
		{"\tx", "'\tx"}, {"a=b", "a=b"}, {"", ""}, {"2024-03-24", "2024-03-24"},
	} {
		if got := defuse(c.in); got != c.want {
			t.Errorf("defuse(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
