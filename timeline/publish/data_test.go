package publish

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/resolve"
	"github.com/chronicle-news/chronicle/timeline/temporal"
)

func day(s string) *time.Time {
	t, err := time.Parse(dayLayout, s)
	if err != nil {
		panic(err)
	}
	return &t
}

func date(s string) *edtf.Date {
	d := edtf.MustParse(s)
	return &d
}

func TestDatetimeAndYears(t *testing.T) {
	for _, tc := range []struct {
		name             string
		status           resolve.Status
		date             string // stated EDTF, "" for none
		earliest, latest string
		datetime, years  string
		span             bool
	}{
		{"day", resolve.Dated, "2024-03-24", "2024-03-24", "2024-03-24", "2024-03-24", "2024", false},
		{"minute keeps the day", resolve.Dated, "2024-03-24T15:52-05:00", "2024-03-24", "2024-03-24", "2024-03-24", "2024", false},
		{"month", resolve.Dated, "2024-03", "2024-03-01", "2024-03-31", "2024-03", "2024", true},
		{"year", resolve.Dated, "2014", "2014-01-01", "2014-12-31", "2014", "2014", true},
		{"span of years", resolve.Dated, "2014/2015", "2014-01-01", "2015-12-31", "", "2014–2015", true},
		{"season", resolve.Dated, "2024-21", "2024-03-01", "2024-05-31", "", "2024", true},
		{"approximate", resolve.Dated, "2024-03~", "2024-03-01", "2024-03-31", "", "2024", true},
		{"uncertain", resolve.Dated, "2024?", "2024-01-01", "2024-12-31", "", "2024", true},
		{"anchored to a known day", resolve.Anchored, "", "2024-03-21", "2024-03-21", "2024-03-21", "2024", false},
		{"anchored to an unknown day", resolve.Anchored, "", "", "2024-03-23", "", "", false},
		{"only an upper bound", resolve.Undated, "", "", "2024-03-24", "", "", false},
		{"bounded within a year", resolve.Undated, "", "2024-01-01", "2024-03-24", "", "2024", true},
	} {
		re := resolve.Event{Event: timeline.Event{ID: "e", Title: "E"}, Status: tc.status}
		if tc.date != "" {
			re.Date = date(tc.date)
		}
		if tc.earliest != "" {
			re.Earliest = day(tc.earliest)
		}
		if tc.latest != "" {
			re.Latest = day(tc.latest)
		}
		e := newEvent(re, nil)
		if e.Datetime != tc.datetime || yearsOf(re) != tc.years || e.Span != tc.span {
			t.Errorf("%s: datetime %q, years %q, span %v; want %q, %q, %v", tc.name, e.Datetime, yearsOf(re), e.Span, tc.datetime, tc.years, tc.span)
		}
	}
}

// Consecutive events with the same year heading share a group; the data
// names the anchor's title and keeps list fields as arrays.
func TestNewStory(t *testing.T) {
	rt := &resolve.Timeline{
		Title: "T",
		Events: []resolve.Event{
			{Event: timeline.Event{ID: "a", Title: "A", Date: date("2014/2015")}, Status: resolve.Dated, Earliest: day("2014-01-01"), Latest: day("2015-12-31"), Label: "2014–2015"},
			{Event: timeline.Event{ID: "b", Title: "B", Anchor: &timeline.Anchor{Event: "c", Offset: &edtf.Duration{Neg: true, Days: 1}}}, Status: resolve.Anchored, Latest: day("2024-03-23")},
			{Event: timeline.Event{ID: "c", Title: "C", Before: date("2024-03-24")}, Status: resolve.Undated, Latest: day("2024-03-24")},
			{Event: timeline.Event{ID: "d", Title: "D", Date: date("2024-03-24")}, Status: resolve.Dated, Earliest: day("2024-03-24"), Latest: day("2024-03-24")},
		},
	}
	s := newStory(rt, nil)
	var groups []string
	for _, y := range s.Pages[0].Years {
		for _, m := range y.Months {
			ids := ""
			for _, e := range m.Events {
				ids += e.ID
			}
			groups = append(groups, y.Years+"/"+m.Month+":"+ids)
		}
	}
	if got, want := fmtJSON(groups), `["2014–2015/:a","/:bc","2024/March:d"]`; got != want {
		t.Errorf("groups %s, want %s", got, want)
	}
	if s.First != "2014-01-01" || s.Last != "2024-03-24" || s.Events != 4 {
		t.Errorf("first %s, last %s, events %d", s.First, s.Last, s.Events)
	}
	b := s.Pages[0].Years[1].Months[0].Events[0]
	if got, want := fmtJSON(b.Anchor), `{"event":"c","title":"C","offset":"-P1D"}`; got != want {
		t.Errorf("anchor %s, want %s", got, want)
	}
	if got := fmtJSON(b.People); got != "[]" {
		t.Errorf("people %s, want []", got)
	}
}

// A story longer than pageMax is split by the coarsest period that keeps
// every page within pageMax events; an event with no known first day
// goes with the one told before it (or after it, at the start).
func TestNewPeriods(t *testing.T) {
	// on is n events on one day; undated is n events with no first day.
	on := func(d string, n int) []resolve.Event {
		out := make([]resolve.Event, n)
		for i := range out {
			out[i] = resolve.Event{Earliest: day(d), Latest: day(d)}
		}
		return out
	}
	undated := func(n int) []resolve.Event { return make([]resolve.Event, n) }
	join := func(parts ...[]resolve.Event) []resolve.Event {
		var out []resolve.Event
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	for _, tc := range []struct {
		name   string
		events []resolve.Event
		want   string // the pages, key=events
	}{
		{"no more than pageMax: one page", join(on("1995-01-01", 150), on("2005-01-01", 150)), "=300"},
		{"by decade", join(on("1995-06-01", 200), on("2004-03-01", 200)), "1990s=200 2000s=200"},
		{"a decade too full: by year", join(on("2001-01-01", 200), on("2002-05-05", 200)), "2001=200 2002=200"},
		{"a year too full: by month", join(on("2024-01-10", 200), on("2024-02-10", 200)), "2024-01=200 2024-02=200"},
		{"a month too full: by month all the same", join(on("2024-03-01", 400), on("2024-04-01", 10)), "2024-03=400 2024-04=10"},
		{"undated events go with the one before, or the first after", join(undated(2), on("1995-01-01", 200), undated(3), on("2005-01-01", 200)), "1990s=205 2000s=200"},
		{"back in time: to its period's page", join(on("1995-01-01", 200), on("2005-01-01", 200), on("1996-01-01", 1)), "1990s=201 2000s=200"},
		{"no first day known: one page", undated(400), "=400"},
	} {
		var s story
		sp := newPeriods(tc.events)
		for i := range tc.events {
			sp.page(&s, i).Count++
		}
		var got []string
		for _, p := range s.Pages {
			got = append(got, fmt.Sprintf("%s=%d", p.Key, p.Count))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, strings.Join(got, " "), tc.want)
		}
	}
	for _, tc := range []struct {
		key   string
		g     grain
		label string
	}{{"1990s", byDecade, "1990–1999"}, {"2014", byYear, "2014"}, {"2014-03", byMonth, "March 2014"}} {
		if got := periodLabel(tc.key, tc.g); got != tc.label {
			t.Errorf("periodLabel(%s) = %s, want %s", tc.key, got, tc.label)
		}
	}
}

// A summary is shown unless it is the very sentence an evidence quote
// comes from.
func TestSummaryNotTwice(t *testing.T) {
	for _, tc := range []struct{ summary, quote, want string }{
		{"Analysts say the group grew.", "the group grew", ""},
		{"The group grew.", "The group grew.", ""},
		{"A written summary.", "something else entirely", "A written summary."},
		{"A written summary.", "", "A written summary."},
	} {
		re := resolve.Event{Event: timeline.Event{ID: "e", Summary: tc.summary, Evidence: []timeline.Evidence{{Source: "s", Quote: tc.quote}}}}
		if got := newEvent(re, nil).Summary; got != tc.want {
			t.Errorf("summary %q, quote %q: got %q, want %q", tc.summary, tc.quote, got, tc.want)
		}
	}
}

func fmtJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// show writes paragraphs compactly: " / " between paragraphs, a quote as
// <event#id: ...>, an expression as [text=value], "!" when it is the one
// evidence names.
func show(ps []paragraph) string {
	var out []string
	for _, p := range ps {
		var b strings.Builder
		for _, s := range p {
			if s.Event != "" {
				b.WriteString("<" + s.Event)
				if s.ID != "" {
					b.WriteString("#" + s.ID)
				}
				b.WriteString(": ")
			}
			for _, pt := range s.Parts {
				if !pt.Expr {
					b.WriteString(pt.Text)
					continue
				}
				b.WriteString("[" + pt.Text)
				if pt.Value != "" {
					b.WriteString("=" + pt.Value)
				}
				if pt.Evidence {
					b.WriteString("!")
				}
				b.WriteString("]")
			}
			if s.Event != "" {
				b.WriteString(">")
			}
		}
		out = append(out, b.String())
	}
	return strings.Join(out, " / ")
}

func TestAnnotate(t *testing.T) {
	const text = "Title line\n\nIt surfaced in 2014 and 2015 in Afghanistan. A bombing came the day before the attack.\nSuspects appeared in court on Sunday.\n"
	// at is the expression of the engine at the n-th occurrence of s.
	at := func(s, value string) timex {
		i := strings.Index(text, s)
		return timex{start: i, end: i + len(s), value: value, note: "DATE " + value}
	}
	engine := []timex{at("2014", "2014"), at("2015", "2015"), at("the day", "-P1D from an event"), at("Sunday", "2024-03-24")}
	for _, tc := range []struct {
		name     string
		mentions []mention
		exprs    []timex
		want     string
	}{
		{
			name: "no evidence, no expression: lines are paragraphs",
			want: "Title line / It surfaced in 2014 and 2015 in Afghanistan. A bombing came the day before the attack. / Suspects appeared in court on Sunday.",
		},
		{
			name:  "every expression marked, evidence or not",
			exprs: engine,
			want:  "Title line / It surfaced in [2014=2014] and [2015=2015] in Afghanistan. A bombing came [the day=-P1D from an event] before the attack. / Suspects appeared in court on [Sunday=2024-03-24].",
		},
		{
			name: "quotes: the engine's expressions within the evidence's are the evidence",
			mentions: []mention{
				{"surfaces", "It surfaced in 2014 and 2015 in Afghanistan", "in 2014 and 2015"},
				{"bombing", "A bombing came the day before the attack", "the day before the attack"},
			},
			exprs: engine,
			want:  "Title line / <surfaces#quote-surfaces: It surfaced in [2014=2014!] and [2015=2015!] in Afghanistan>. <bombing#quote-bombing: A bombing came [the day=-P1D from an event!] before the attack>. / Suspects appeared in court on [Sunday=2024-03-24].",
		},
		{
			name: "an evidence expression the engine missed is marked as the evidence says",
			mentions: []mention{
				{"bombing", "A bombing came the day before the attack", "the day before the attack"},
			},
			exprs: engine[3:],
			want:  "Title line / It surfaced in 2014 and 2015 in Afghanistan. <bombing#quote-bombing: A bombing came [the day before the attack!]>. / Suspects appeared in court on [Sunday=2024-03-24].",
		},
		{
			name:     "an expression cut by a quote's end: its value after its last piece",
			mentions: []mention{{"founded", "surfaced in 2014 and 20", ""}},
			exprs:    engine[:2],
			want:     "Title line / It <founded#quote-founded: surfaced in [2014=2014] and [20]>[15=2015] in Afghanistan. A bombing came the day before the attack. / Suspects appeared in court on Sunday.",
		},
		{
			name: "an edited quote not in the text is not marked; overlapping quotes: the first wins",
			mentions: []mention{
				{"court", "appeared in court on Sunday", "Sunday"},
				{"gone", "a quote somebody rewrote", ""},
				{"overlap", "court on Sunday.", ""},
			},
			exprs: engine[3:],
			want:  "Title line / It surfaced in 2014 and 2015 in Afghanistan. A bombing came the day before the attack. / Suspects <court#quote-court: appeared in court on [Sunday=2024-03-24!]>.",
		},
		{
			name:     "an event quoted twice links from its first quote only",
			mentions: []mention{{"court", "Suspects", ""}, {"court", "Sunday", "Sunday"}},
			exprs:    engine[3:],
			want:     "Title line / It surfaced in 2014 and 2015 in Afghanistan. A bombing came the day before the attack. / <court#quote-court: Suspects> appeared in court on <court: [Sunday=2024-03-24!]>.",
		},
	} {
		if got := show(annotate(text, tc.mentions, tc.exprs)); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}

// The engine's expressions as the source view shows them: the value (an
// offset from an event when tied to one, a modifier said in words) and
// the derivation as a note.
func TestTimexes(t *testing.T) {
	for _, tc := range []struct {
		expr        temporal.Expr
		value, note string
	}{
		{temporal.Expr{Type: "DATE", Value: "2024-03-24", Derivation: "'Sunday', past tense"}, "2024-03-24", "DATE 2024-03-24: 'Sunday', past tense"},
		{temporal.Expr{Type: "DATE", Value: "2024-03", Mod: "START"}, "2024-03 (start)", "DATE 2024-03"},
		{temporal.Expr{Type: "DATE", Value: "XXXX-XX-XX", Relation: "before", Offset: "-P1D"}, "-P1D from an event", "DATE XXXX-XX-XX"},
		{temporal.Expr{Type: "DATE", Value: "XXXX-XX-XX", Relation: "after"}, "after an event", "DATE XXXX-XX-XX"},
		{temporal.Expr{Type: "DURATION", Value: "P3Y", Mod: "MORE_THAN"}, "P3Y (more than)", "DURATION P3Y"},
	} {
		got := timexes([]temporal.Expr{tc.expr})[0]
		if got.value != tc.value || got.note != tc.note {
			t.Errorf("%+v: value %q note %q, want %q %q", tc.expr, got.value, got.note, tc.value, tc.note)
		}
	}
}

func TestAxis(t *testing.T) {
	ev := func(id, earliest, latest string) resolve.Event {
		e := resolve.Event{Event: timeline.Event{ID: id}}
		if earliest != "" {
			e.Earliest = day(earliest)
		}
		if latest != "" {
			e.Latest = day(latest)
		}
		return e
	}
	for _, tc := range []struct {
		name   string
		events []resolve.Event
		want   string // JSON
	}{
		{"nothing known", []resolve.Event{ev("a", "", "")}, "null"},
		{
			name: "the sample: a span, two open starts, a day",
			events: []resolve.Event{
				ev("surfaces", "2014-01-01", "2015-12-31"),
				ev("bombing", "", "2024-03-23"),
				ev("attack", "", "2024-03-24"),
				ev("court", "2024-03-24", "2024-03-24"),
			},
			want: `{"ticks":[{"label":"2014","left":0},{"label":"2016","left":18.17},{"label":"2018","left":36.36},{"label":"2020","left":54.53},{"label":"2022","left":72.72},{"label":"2024","left":90.89}],` +
				`"marks":[{"event":"surfaces","title":"","label":"","left":0,"width":18.17,"lane":0,"point":false,"openStart":false,"openEnd":false},` +
				`{"event":"bombing","title":"","label":"","left":0,"width":92.96,"lane":1,"point":false,"openStart":true,"openEnd":false},` +
				`{"event":"attack","title":"","label":"","left":0,"width":92.98,"lane":2,"point":false,"openStart":true,"openEnd":false},` +
				`{"event":"court","title":"","label":"","left":92.96,"width":0.02,"lane":0,"point":true,"openStart":false,"openEnd":false}],"lanes":3,"bands":[]}`,
		},
		{
			name:   "one year, an open end",
			events: []resolve.Event{ev("a", "2024-07-01", "")},
			want:   `{"ticks":[{"label":"2024","left":0}],"marks":[{"event":"a","title":"","label":"","left":49.73,"width":50.27,"lane":0,"point":false,"openStart":false,"openEnd":true}],"lanes":1,"bands":[]}`,
		},
		{
			name:   "a century: ticks every 20 years",
			events: []resolve.Event{ev("a", "1903-01-01", "1903-12-31"), ev("b", "2001-01-01", "2001-01-01")},
			// 1903 to the end of 2001: 99 years; 1920 is 17 of them in.
			want: `{"ticks":[{"label":"1920","left":17.17},{"label":"1940","left":37.37},{"label":"1960","left":57.57},{"label":"1980","left":77.78},{"label":"2000","left":97.98}],"marks":[{"event":"a","title":"","label":"","left":0,"width":1.01,"lane":0,"point":false,"openStart":false,"openEnd":false},{"event":"b","title":"","label":"","left":98.99,"width":0,"lane":0,"point":true,"openStart":false,"openEnd":false}],"lanes":1,"bands":[]}`,
		},
	} {
		if got := fmtJSON(newAxis(tc.events, nil)); got != tc.want {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
}
