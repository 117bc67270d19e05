package extract

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

func TestMerge(t *testing.T) {
	tests := []struct {
		name                string
		base, ours, theirs  string // events: lines only; base "" means no base
		want                string // the merged events: lines
		new, removed, edits int
	}{
		{
			name: "a person's field wins, other fields take the new value",
			base: `
  - {id: a, title: Attack, before: 2024-03-24}`,
			ours: `
  - {id: a, title: Attack on the concert hall, before: 2024-03-24}`,
			theirs: `
  - {id: a, title: Attack, date: 2024-03-22}`,
			want: `
  - id: a
    title: Attack on the concert hall
    date: 2024-03-22`,
			edits: 1,
		},
		{
			name: "a date a person set survives a new anchor; deleted stays deleted; added stays; new is placed by its neighbour",
			base: `
  - {id: a, title: A}
  - {id: b, title: B}
  - {id: c, title: C}`,
			ours: `
  - {id: mine, title: Mine}
  - {id: a, title: A, date: 2024-03-22}
  - {id: c, title: C}`,
			theirs: `
  - {id: a, title: A, anchor: {event: c, offset: -P1D}}
  - {id: b, title: B}
  - {id: c, title: C}
  - {id: d, title: D}
  - {id: e, title: E}`,
			want: `
  - id: mine
    title: Mine
  - id: a
    title: A
    date: 2024-03-22
  - id: c
    title: C
  - id: d
    title: D
  - id: e
    title: E`,
			new: 2, edits: 1,
		},
		{
			name: "the machine drops an event nobody touched, keeps an edited one and one still anchored to",
			base: `
  - {id: a, title: A}
  - {id: b, title: B}
  - {id: c, title: C}
  - {id: d, title: D, anchor: {event: c, offset: P1D}}`,
			ours: `
  - {id: a, title: A}
  - {id: b, title: B edited}
  - {id: c, title: C}
  - {id: d, title: D, anchor: {event: c, offset: P2D}}`,
			theirs: `
  - {id: z, title: Z}`,
			want: `
  - id: b
    title: B edited
  - id: c
    title: C
  - id: d
    title: D
    anchor:
      event: c
      offset: P2D
  - id: z
    title: Z`,
			new: 1, removed: 1,
		},
		{
			name: "a new finding anchored to an event a person deleted gets the bounds the anchor gave",
			base: `
  - {id: a, title: A, before: 2024-03-24}
  - {id: c, title: C, date: 2024-03-10}`,
			ours: `
  - {id: c, title: C, date: 2024-03-10}`,
			theirs: `
  - {id: a, title: A, before: 2024-03-24}
  - {id: b, title: B, anchor: {event: a, offset: -P1D}}
  - {id: c, title: C, date: 2024-03-10}
  - {id: e, title: E, anchor: {event: c, offset: P1D}}`,
			want: `
  - id: b
    title: B
    before: 2024-03-23
  - id: c
    title: C
    date: 2024-03-10
  - id: e
    title: E
    anchor:
      event: c
      offset: P1D`,
			new: 2,
		},
		{
			name: "a new finding with nothing before it goes before the event after it",
			base: `
  - {id: a, title: A}`,
			ours: `
  - {id: a, title: A edited}`,
			theirs: `
  - {id: first, title: First}
  - {id: a, title: A}`,
			want: `
  - id: first
    title: First
  - id: a
    title: A edited`,
			new: 1, edits: 1,
		},
		{
			name: "an anchor follows an event a person gave another id",
			base: `
  - {id: attack, title: Attack, before: 2024-03-24, evidence: [{source: s, quote: the killings}]}`,
			ours: `
  - {id: crocus-attack, title: Attack, before: 2024-03-24, evidence: [{source: s, quote: the killings}]}`,
			theirs: `
  - {id: attack, title: Attack, before: 2024-03-24, evidence: [{source: s, quote: the killings}]}
  - {id: bombing, title: Bombing, anchor: {event: attack, offset: -P1D}}`,
			want: `
  - id: crocus-attack
    title: Attack
    before: 2024-03-24
    evidence:
      - source: s
        quote: the killings
  - id: bombing
    title: Bombing
    anchor:
      event: crocus-attack
      offset: -P1D`,
			new: 1,
		},
		{
			name: "a person's anchor and a new one that would close a cycle: the new one is cut",
			base: `
  - {id: a, title: A}
  - {id: b, title: B, date: 2024-03-22}`,
			ours: `
  - {id: a, title: A, anchor: {event: b, offset: P1D}}
  - {id: b, title: B, date: 2024-03-22}`,
			theirs: `
  - {id: a, title: A, date: 2024-03-20}
  - {id: b, title: B, anchor: {event: a, offset: P1D}}`,
			want: `
  - id: a
    title: A
    anchor:
      event: b
      offset: P1D
  - id: b
    title: B
    date: 2024-03-21`,
			edits: 1,
		},
		{
			name: "without a base everything in the file is a person's",
			base: "",
			ours: `
  - {id: a, title: My title, date: 2024-03}`,
			theirs: `
  - {id: a, title: A, date: 2024-03-22}
  - {id: b, title: B}`,
			want: `
  - id: a
    title: My title
    date: 2024-03
  - id: b
    title: B`,
			new: 1, edits: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base *timeline.Timeline
			if tt.base != "" {
				base = parse(t, "base", tt.base)
			}
			got, st := merge(base, parse(t, "ours", tt.ours), parse(t, "theirs", tt.theirs))
			data, err := got.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := timeline.Parse("merged", data); err != nil {
				t.Errorf("merged timeline is invalid: %v", err)
			}
			want := "title: T\nsources:\n  - id: s\nevents:" + tt.want + "\n"
			if string(data) != want {
				t.Errorf("got\n%s\nwant\n%s", data, want)
			}
			if st != (mergeStats{New: tt.new, Removed: tt.removed, Edited: tt.edits}) {
				t.Errorf("stats = %+v, want new %d removed %d edited %d", st, tt.new, tt.removed, tt.edits)
			}
		})
	}
}

func TestMergeSources(t *testing.T) {
	base := parseFull(t, `title: T
sources:
  - {id: s1, title: Old headline, published: 2024-03-24T15:52:00-05:00}
  - {id: gone, title: Removed article}
events: []
`)
	ours := parseFull(t, `title: My title
sources:
  - {id: s1, title: My headline, published: 2024-03-24T15:52:00-05:00}
  - {id: gone, title: Removed article}
  - {id: web, url: "https://example.org/a"}
events: []
`)
	theirs := parseFull(t, `title: T
sources:
  - {id: s1, title: Old headline, published: 2024-03-24T16:52:00-05:00}
  - {id: s2, title: New article}
events: []
`)
	got, _ := merge(base, ours, theirs)
	data, _ := got.Marshal()
	want := `title: My title
sources:
  - id: s1
    title: My headline
    published: 2024-03-24T16:52:00-05:00
  - id: s2
    title: New article
  - id: web
    url: https://example.org/a
events: []
`
	if string(data) != want {
		t.Errorf("got\n%s\nwant\n%s", data, want)
	}
}

func parse(t *testing.T, name, events string) *timeline.Timeline {
	t.Helper()
	return parseFull(t, "title: T\nsources: [{id: s}]\nevents:"+events+"\n")
}

func parseFull(t *testing.T, yaml string) *timeline.Timeline {
	t.Helper()
	tl, err := timeline.Parse("test.yaml", []byte(strings.TrimLeft(yaml, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	return tl
}
