package timeline

import (
	"os"
	"strings"
	"testing"
)

func TestParseDesignExample(t *testing.T) {
	data, err := os.ReadFile("testdata/design.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tl, err := Parse("design.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) != 3 || tl.Events[0].Date.String() != "2014/2015" {
		t.Fatalf("events = %+v", tl.Events)
	}
	k := tl.Event("kandahar-suicide-bombing")
	if k.Anchor == nil || k.Anchor.Event != "crocus-city-hall-attack" || k.Anchor.Offset.String() != "-P1D" {
		t.Errorf("anchor = %+v", k.Anchor)
	}
	if got := tl.Sources[0].Published.Format("2006-01-02T15:04Z07:00"); got != "2024-03-24T15:52-05:00" {
		t.Errorf("published = %s", got)
	}
	// Writing it back keeps every comment and changes nothing else.
	out, err := tl.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(data) {
		t.Errorf("round trip changed the file:\n%s", out)
	}
}

func TestCommentsFollowTheirEvent(t *testing.T) {
	data, _ := os.ReadFile("testdata/design.yaml")
	tl, err := Parse("design.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	// A new event first, and a title changed: the comment stays with its event.
	tl.Events = append([]Event{{ID: "new-event", Title: "New"}}, tl.Events...)
	tl.Event("kandahar-suicide-bombing").Title = "Bombing in Kandahar"
	out, _ := tl.Marshal()
	want := "  # Dated only through the attack.\n  - id: kandahar-suicide-bombing\n    title: Bombing in Kandahar\n"
	if !strings.Contains(string(out), want) {
		t.Errorf("comment not kept with its event:\n%s", out)
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, yaml string
		want       []string // each a substring of one problem, in order
	}{
		{"bad date", "title: T\nevents:\n  - id: a\n    title: A\n    date: March 2024\n",
			[]string{`x.yaml:5:11: date: "March 2024" is not an EDTF date`}},
		{"bad offset and unknown anchor", "title: T\nevents:\n  - id: a\n    title: A\n    anchor: {event: b, offset: 1 day}\n",
			[]string{`x.yaml:5:32: offset: "1 day" is not an ISO 8601 duration`}},
		{"unknown anchor", "title: T\nevents:\n  - id: a\n    title: A\n    anchor: {event: b, offset: -P1D}\n",
			[]string{`x.yaml:5:21: anchor names event "b", which is not in this timeline`}},
		{"unknown key", "title: T\nevents:\n  - id: a\n    titel: A\n",
			[]string{`x.yaml:3:5: event has no "title"; it is required`, `x.yaml:4:5: unknown key "titel" in event; known keys: after, anchor, before, date`}},
		{"bad and duplicate ids", "title: T\nevents:\n  - id: A b\n    title: A\n  - id: c\n    title: C\n  - id: c\n    title: C\n",
			[]string{`x.yaml:3:9: event id "A b" must be lower-case`, `x.yaml:7:9: event id "c" is used twice`}},
		{"cycle", "title: T\nevents:\n  - id: a\n    title: A\n    anchor: {event: b, relation: before}\n  - id: b\n    title: B\n    anchor: {event: a, offset: P1D}\n",
			[]string{`x.yaml:5:13: anchors form a cycle: a -> b -> a`}},
		{"syntax", "title: T\nevents:\n  - id: a\n   title: A\n",
			[]string{`x.yaml:2:1: invalid YAML: did not find expected '-' indicator`}},
		{"unknown source", "title: T\nevents:\n  - id: a\n    title: A\n    evidence:\n      - source: s\n        quote: q\n",
			[]string{`x.yaml:6:17: evidence names source "s"`}},
		{"era without a date", "title: T\neras:\n  - title: The siege\nevents: []\n",
			[]string{`x.yaml:3:5: era has no "date"; it is required`}},
		{"bad era date", "title: T\neras:\n  - title: S\n    date: spring\nevents: []\n",
			[]string{`x.yaml:4:11: date: "spring" is not an EDTF date`}},
		{"bad era id", "title: T\neras:\n  - id: The Siege\n    title: S\n    date: 2022\nevents: []\n",
			[]string{`x.yaml:3:9: era id "The Siege" must be lower-case`}},
		{"duplicate era", "title: T\neras:\n  - title: The siege\n    date: 2022\n  - id: the-siege\n    title: Again\n    date: 2023\nevents: []\n",
			[]string{`x.yaml:5:9: era id "the-siege" is used twice`}},
		{"group not text", "title: T\nevents:\n  - id: a\n    title: A\n    group: [x]\n",
			[]string{`x.yaml:5:12: group must be text`}},
		{"not a list", "title: T\nevents: none\n", []string{`x.yaml:2:9: events must be a list`}},
		{"empty", "", []string{`x.yaml: the file is empty`}},
		{"binary", "title: \xff\xfe\n", []string{`x.yaml: not UTF-8 text`}},
	}
	for _, tt := range tests {
		_, err := Parse("x.yaml", []byte(tt.yaml))
		ps, ok := err.(Problems)
		if !ok {
			t.Errorf("%s: err = %v, want Problems", tt.name, err)
			continue
		}
		if len(ps) != len(tt.want) {
			t.Errorf("%s: %d problems, want %d:\n%v", tt.name, len(ps), len(tt.want), ps)
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(ps[i].Error(), w) {
				t.Errorf("%s: problem %d = %q, want it to contain %q", tt.name, i, ps[i].Error(), w)
			}
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Attack on Moscow's Crocus City concert hall": "attack-on-moscows-crocus-city-concert-hall",
		"ISIS-K surfaces":     "isis-k-surfaces",
		"Café  Zürich — 2024": "cafe-zurich-2024",
		"!!!":                 "",
	} {
		if got := Slug(in, 0); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Slug("one two three four", 2); got != "one-two" {
		t.Errorf("Slug with 2 words = %q", got)
	}
}

// An anchor on the same day as its event ("P0D", a zero offset) is
// written and reads back.
func TestZeroOffsetRoundTrip(t *testing.T) {
	in := "title: T\nevents:\n  - id: a\n    title: A\n  - id: b\n    title: B\n    anchor:\n      event: a\n      offset: P0D\n"
	tl, err := Parse("t.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	out, err := tl.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != in {
		t.Errorf("written as:\n%s", out)
	}
}

// Eras and groups read, validate and write back unchanged.
func TestErasAndGroups(t *testing.T) {
	in := `title: The siege of the city
eras:
  - title: The siege
    date: 2022-02-24/2022-05-20
  - id: aftermath
    title: After the fall
    date: 2022-05~/2023
events:
  - id: convoy
    title: A convoy reaches the city
    group: Humanitarian
    date: 2022-03-16
`
	tl, err := Parse("x.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Eras) != 2 || tl.Eras[0].EraID() != "the-siege" || tl.Eras[1].EraID() != "aftermath" || tl.Eras[0].Date.String() != "2022-02-24/2022-05-20" {
		t.Errorf("eras = %+v", tl.Eras)
	}
	if tl.Events[0].Group != "Humanitarian" {
		t.Errorf("group = %q", tl.Events[0].Group)
	}
	out, err := tl.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != in {
		t.Errorf("round trip changed the file:\n%s", out)
	}
}
