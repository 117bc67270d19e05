package resolve

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// sample is the design's example: an undated attack known only to be
// reported in an article of 24 March 2024, and a bombing the day before it.
const sample = `title: What we know about ISIS-K
sources:
  - id: newser
    published: 2024-03-24T15:52:00-05:00
events:
  - id: isis-k-surfaces
    title: ISIS-K surfaces in Afghanistan and Pakistan
    date: 2014/2015
    evidence:
      - source: newser
        quote: ISIS-K surfaced in 2014 and 2015 in Afghanistan and adjoining Pakistan
        expression: in 2014 and 2015
        derivation: two explicit years
  - id: kandahar-suicide-bombing
    title: Suicide bombing in Kandahar
    anchor: {event: crocus-city-hall-attack, offset: -P1D}
  - id: crocus-city-hall-attack
    title: Attack on Crocus City concert hall in Moscow
    before: 2024-03-24
    evidence:
      - source: newser
        quote: the killings in Moscow's Crocus City concert hall
        derivation: no date in the text, reported as past in an article published 24 March 2024 -> not after 24 March 2024
`

// summary is one resolved event in a line: status, bounds, label.
func summary(e Event) string {
	day := func(t *time.Time) string {
		if t == nil {
			return "?"
		}
		return t.Format("2006-01-02")
	}
	return fmt.Sprintf("%s %s..%s %s", e.Status, day(e.Earliest), day(e.Latest), e.Label)
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name     string
		yaml     string
		want     []string // summary of each event, in display order
		warnings []string // a substring of each warning, in order
	}{
		{"design sample", sample, []string{
			"dated 2014-01-01..2015-12-31 2014–2015",
			"undated ?..2024-03-23 the day before the attack on Crocus City concert hall in Moscow",
			"undated ?..2024-03-24 date unknown, before 24 March 2024",
		}, nil},
		{"a date set on the anchor target moves the anchored event",
			strings.Replace(sample, "before: 2024-03-24", "date: 2024-03-22", 1), []string{
				"dated 2014-01-01..2015-12-31 2014–2015",
				"anchored 2024-03-21..2024-03-21 21 March 2024",
				"dated 2024-03-22..2024-03-22 22 March 2024",
			}, nil},
		{"anchor chain", `title: T
events:
  - {id: c, title: C, anchor: {event: b, offset: -P1W}}
  - {id: b, title: B, anchor: {event: a, offset: P2D}}
  - {id: a, title: A, date: 2024-03-10}
`, []string{
			"anchored 2024-03-05..2024-03-05 5 March 2024",
			"dated 2024-03-10..2024-03-10 10 March 2024",
			"anchored 2024-03-12..2024-03-12 12 March 2024",
		}, nil},
		{"month offsets keep whole months", `title: T
events:
  - {id: a, title: Election, date: 2024-03}
  - {id: b, title: Campaign launch, anchor: {event: a, offset: -P1M}}
  - {id: c, title: Count, anchor: {event: a, offset: P1Y}}
`, []string{
			"anchored 2024-02-01..2024-02-29 February 2024",
			"dated 2024-03-01..2024-03-31 March 2024",
			"anchored 2025-03-01..2025-03-31 March 2025",
		}, nil},
		{"a day offset from a month reads as a relation", `title: T
events:
  - {id: a, title: Summit in Geneva, date: 2024-03}
  - {id: b, title: Talks break down, anchor: {event: a, offset: P1D}}
`, []string{
			"dated 2024-03-01..2024-03-31 March 2024",
			"anchored 2024-03-02..2024-04-01 the day after the summit in Geneva",
		}, nil},
		{"sub-day offsets", `title: T
events:
  - {id: a, title: Polls close, date: 2024-03-22}
  - {id: b, title: Results announced, anchor: {event: a, offset: PT12H}}
  - {id: c, title: Count starts, date: 2024-03-22T23:30+01:00}
`, []string{
			"dated 2024-03-22..2024-03-22 22 March 2024",
			"dated 2024-03-22..2024-03-22 22 March 2024, 23:30 UTC+01:00",
			"anchored 2024-03-22..2024-03-23 12 hours after “Polls close”",
		}, nil},
		{"relation without an offset is a bound", `title: T
events:
  - {id: a, title: Vote, date: 2024-03-22}
  - {id: b, title: Debate, anchor: {event: a, relation: before}}
  - {id: c, title: Recount, anchor: {event: a, relation: after}}
`, []string{
			"undated ?..2024-03-22 date unknown, before 22 March 2024",
			"dated 2024-03-22..2024-03-22 22 March 2024",
			"undated 2024-03-22..? date unknown, after 22 March 2024",
		}, nil},
		{"qualifiers and intervals", `title: T
events:
  - {id: a, title: A, date: "2024-03~"}
  - {id: b, title: B, date: "2023?"}
  - {id: c, title: C, date: 2024-03-30/2024-04-02}
  - {id: d, title: D, date: 2024-03-22/2024-03-24}
  - {id: e, title: E, date: ../2024-03-24}
  - {id: f, title: F, date: 2024-21}
  - {id: g, title: G, date: 201X}
  - {id: h, title: H, date: 2023-11/2024-02}
`, []string{
			"dated 2010-01-01..2019-12-31 the 2010s",
			"dated 2023-01-01..2023-12-31 possibly 2023",
			"dated 2023-11-01..2024-02-29 November 2023 – February 2024",
			"dated 2024-03-01..2024-03-31 about March 2024",
			"dated 2024-03-01..2024-05-31 spring 2024",
			"dated 2024-03-22..2024-03-24 22–24 March 2024",
			"dated ?..2024-03-24 until 24 March 2024",
			"dated 2024-03-30..2024-04-02 30 March – 2 April 2024",
		}, nil},
		{"an approximate target makes the anchored event approximate", `title: T
events:
  - {id: a, title: A, date: "2024-03~"}
  - {id: b, title: B, anchor: {event: a, offset: P1Y}}
`, []string{
			"dated 2024-03-01..2024-03-31 about March 2024",
			"anchored 2025-03-01..2025-03-31 about March 2025",
		}, nil},
		{"bounds on both sides", `title: T
events:
  - {id: a, title: A, after: 2024-03-01, before: 2024-03-24}
  - {id: b, title: B, after: 2023-12-30, before: 2024-01-02}
`, []string{
			"undated 2023-12-30..2024-01-02 date unknown, between 30 December 2023 and 2 January 2024",
			"undated 2024-03-01..2024-03-24 date unknown, between 1 and 24 March 2024",
		}, nil},
		{"undated events keep their narrative place", `title: T
events:
  - {id: a, title: A, date: 2024-03-10}
  - {id: b, title: B}
  - {id: c, title: C, date: 2024-03-01}
  - {id: d, title: D}
  - {id: e, title: E, before: 2024-03-01}
`, []string{
			"undated ?..2024-03-01 date unknown, before 1 March 2024",
			"dated 2024-03-01..2024-03-01 1 March 2024",
			"undated ?..? date unknown", // d follows c
			"dated 2024-03-10..2024-03-10 10 March 2024",
			"undated ?..? date unknown", // b follows a
		}, nil},
		{"events anchored to an unbounded event sort around it", `title: T
events:
  - {id: x, title: Later event, anchor: {event: m, offset: P1D}}
  - {id: m, title: Meeting of the council}
  - {id: y, title: Earlier event, anchor: {event: m, relation: before}}
`, []string{
			"undated ?..? before the meeting of the council",
			"undated ?..? date unknown",
			"undated ?..? the day after the meeting of the council",
		}, nil},
		{"an anchor outside the event's own bounds", `title: T
events:
  - {id: a, title: A, date: 2024-03-22, evidence: [{source: s, quote: on Friday}]}
  - {id: b, title: B, anchor: {event: a, offset: -P1D}, before: 2024-03-20, evidence: [{source: s, quote: the day before}]}
sources: [{id: s}]
`, []string{
			"anchored 2024-03-21..2024-03-21 21 March 2024",
			"dated 2024-03-22..2024-03-22 22 March 2024",
		}, []string{`b: before: 2024-03-20 contradicts the rest of what is known (21 March 2024); it is ignored; evidence: b: "the day before" (s); a: "on Friday" (s)`}},
		{"after later than before", `title: T
events:
  - {id: a, title: A, after: 2024-04-01, before: 2024-03-24}
`, []string{
			"undated ?..2024-03-24 date unknown, before 24 March 2024",
		}, []string{"a: after: 2024-04-01 contradicts the rest of what is known (not after 24 March 2024)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl, err := timeline.Parse(tt.name, []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			check(t, Resolve(tl), tt.want, tt.warnings)
		})
	}
}

func check(t *testing.T, rt *Timeline, want, warnings []string) {
	t.Helper()
	var got []string
	for _, e := range rt.Events {
		got = append(got, summary(e))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	if len(rt.Warnings) != len(warnings) {
		t.Errorf("warnings = %+v, want %d", rt.Warnings, len(warnings))
		return
	}
	for i, w := range rt.Warnings {
		if !strings.Contains(w.Msg, warnings[i]) {
			t.Errorf("warning %d = %q, want it to contain %q", i, w.Msg, warnings[i])
		}
	}
}

// TestResolveUnvalidated resolves timelines that Parse would reject, as a
// program may build them: resolving warns and terminates.
func TestResolveUnvalidated(t *testing.T) {
	tests := []struct {
		name     string
		yaml     string
		want     []string
		warnings []string
	}{
		{"cycle", `title: T
events:
  - {id: a, title: A, anchor: {event: b, offset: P1D}}
  - {id: b, title: B, anchor: {event: c, offset: P1D}}
  - {id: c, title: C, anchor: {event: a, offset: P1D}, before: 2024-03-24}
`, []string{
			"undated ?..2024-03-24 date unknown, before 24 March 2024",
			"undated ?..2024-03-25 the day after “C”",
			"undated ?..2024-03-26 the day after “B”",
		}, []string{"anchors form a cycle: a -> b -> c -> a; the anchor of c is ignored"}},
		{"missing target", `title: T
events:
  - {id: a, title: A, anchor: {event: gone, offset: P1D}}
`, []string{"undated ?..? date unknown"},
			[]string{`a: the anchor names event "gone", which is not in this timeline`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tl timeline.Timeline
			if err := yaml.Unmarshal([]byte(tt.yaml), &tl); err != nil {
				t.Fatal(err)
			}
			check(t, Resolve(&tl), tt.want, tt.warnings)
		})
	}
}

func TestDerivation(t *testing.T) {
	tl, err := timeline.Parse("sample", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	got := Resolve(tl).Events[1]
	want := []string{
		"Anchored: the day before 'Attack on Crocus City concert hall in Moscow' (-P1D)",
		"'Attack on Crocus City concert hall in Moscow': no date in the text, reported as past in an article published 24 March 2024 -> not after 24 March 2024",
		"-> not after 23 March 2024",
	}
	if strings.Join(got.Derivation, "\n") != strings.Join(want, "\n") {
		t.Errorf("derivation of %s:\n\t%s\nwant\n\t%s", got.ID, strings.Join(got.Derivation, "\n\t"), strings.Join(want, "\n\t"))
	}
	if d := Resolve(tl).Events[0].Derivation; len(d) != 1 || d[0] != "'in 2014 and 2015': two explicit years" {
		t.Errorf("derivation of isis-k-surfaces = %q", d)
	}
}

// TestLongChain resolves a chain of thousands of anchors, each a day
// after the one before it, listed backwards: linear time, bounded
// derivations, and the right last day.
func TestLongChain(t *testing.T) {
	const n = 3000
	tl := &timeline.Timeline{Title: "T"}
	d := edtf.MustParse("2000-01-01")
	for i := n - 1; i >= 0; i-- {
		e := timeline.Event{ID: fmt.Sprintf("e%d", i), Title: fmt.Sprintf("Event %d", i)}
		if i == 0 {
			e.Date = &d
		} else {
			off := edtf.Duration{Days: 1}
			e.Anchor = &timeline.Anchor{Event: fmt.Sprintf("e%d", i-1), Offset: &off}
		}
		tl.Events = append(tl.Events, e)
	}
	rt := Resolve(tl)
	last := rt.Events[n-1]
	if last.ID != "e2999" || last.Label != "18 March 2008" || len(last.Derivation) > maxTargetSteps+3 {
		t.Errorf("last event: %s %q, %d derivation lines", last.ID, last.Label, len(last.Derivation))
	}
	if rt.Events[0].ID != "e0" {
		t.Errorf("first event: %s", rt.Events[0].ID)
	}
}

// TestResolveAnyTimeline resolves random timelines, cycles, missing
// targets and crossing bounds included: it terminates, keeps every event
// once, gives bounds that do not cross, and is deterministic.
func TestResolveAnyTimeline(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	dates := []string{"2024-03-22", "2024-03", "2024", "2014/2015", "../2024-03-24", "2024-03~", "201X"}
	offsets := []string{"-P1D", "P2W", "-P1M", "PT12H", "P0D"}
	for round := 0; round < 300; round++ {
		n := 1 + rng.IntN(12)
		tl := &timeline.Timeline{Title: "T"}
		for i := 0; i < n; i++ {
			e := timeline.Event{ID: fmt.Sprintf("e%d", i), Title: fmt.Sprintf("Event %d", i)}
			switch rng.IntN(4) {
			case 0:
				d := edtf.MustParse(dates[rng.IntN(len(dates))])
				e.Date = &d
			case 1:
				a := &timeline.Anchor{Event: fmt.Sprintf("e%d", rng.IntN(n+1))} // e<n> is missing
				if rng.IntN(3) == 0 {
					a.Relation = []string{timeline.RelBefore, timeline.RelAfter}[rng.IntN(2)]
				} else {
					o, _ := edtf.ParseDuration(offsets[rng.IntN(len(offsets))])
					a.Offset = &o
				}
				e.Anchor = a
			}
			if rng.IntN(3) == 0 {
				d := edtf.MustParse(dates[rng.IntN(3)])
				e.Before = &d
			}
			if rng.IntN(4) == 0 {
				d := edtf.MustParse(dates[rng.IntN(3)])
				e.After = &d
			}
			tl.Events = append(tl.Events, e)
		}
		a, b := Resolve(tl), Resolve(tl)
		seen := map[string]bool{}
		for i, e := range a.Events {
			if seen[e.ID] || e.ID != b.Events[i].ID || e.Label != b.Events[i].Label {
				t.Fatalf("round %d: event %d: %s (%q) vs %s (%q)", round, i, e.ID, e.Label, b.Events[i].ID, b.Events[i].Label)
			}
			seen[e.ID] = true
			if e.Earliest != nil && e.Latest != nil && e.Earliest.After(*e.Latest) {
				t.Errorf("round %d: %s has crossing bounds %s..%s", round, e.ID, e.Earliest, e.Latest)
			}
			if e.Label == "" {
				t.Errorf("round %d: %s has no label", round, e.ID)
			}
		}
		if len(seen) != n {
			t.Fatalf("round %d: %d events out of %d", round, len(seen), n)
		}
	}
}
