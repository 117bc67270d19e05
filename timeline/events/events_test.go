package events

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/internal/golden"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

// extractFile runs ingest and Extract on a testdata article.
func extractFile(t *testing.T, file, source string) (*ingest.Document, []timeline.Event) {
	t.Helper()
	doc, err := ingest.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	return doc, Extract(doc, source)
}

// checkWant compares events with a hand-written timeline: the same
// number of events, each matched by title words; dates, anchors (through
// the matching) and bounds equal; every want quote inside the found quote
// and every quote an exact substring of its article.
func checkWant(t *testing.T, got []timeline.Event, wantFile string, texts map[string]string) {
	t.Helper()
	want, err := timeline.ReadFile(filepath.Join("testdata", wantFile))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want.Events) {
		t.Errorf("%d events, want %d:", len(got), len(want.Events))
		for _, e := range got {
			t.Errorf("  got %s: %s", e.ID, e.Title)
		}
	}
	pairs := matchEvents(want.Events, got)
	idOf := map[string]string{} // want id -> got id
	for w, g := range pairs {
		idOf[want.Events[w].ID] = got[g].ID
	}
	for i, w := range want.Events {
		k, ok := pairs[i]
		if !ok {
			t.Errorf("no event like %q", w.Title)
			continue
		}
		g := &got[k]
		if d := timeDiff(&w, g, idOf); d != "" {
			t.Errorf("%s: %s", g.ID, d)
		}
		if len(g.Title) > maxTitle {
			t.Errorf("%s: title longer than %d: %q", g.ID, maxTitle, g.Title)
		}
		if len(g.Evidence) < len(w.Evidence) {
			t.Errorf("%s: %d evidence, want %d", g.ID, len(g.Evidence), len(w.Evidence))
			continue
		}
		for i, we := range w.Evidence {
			ge := g.Evidence[i]
			if ge.Source != we.Source || !strings.Contains(ge.Quote, we.Quote) || ge.Expression != we.Expression || ge.Derivation == "" {
				t.Errorf("%s: evidence %+v, want %+v (quote within, and a derivation)", g.ID, ge, we)
			}
		}
	}
	for _, g := range got {
		for _, ev := range g.Evidence {
			if !strings.Contains(texts[ev.Source], ev.Quote) {
				t.Errorf("%s: quote %q is not in source %s", g.ID, ev.Quote, ev.Source)
			}
		}
		if !timeline.ValidID(g.ID) {
			t.Errorf("invalid id %q", g.ID)
		}
	}
}

// overlap counts the lower-case words two titles share.
func overlap(a, b string) int {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(a)) {
		words[strings.Trim(w, ",.")] = true
	}
	n := 0
	for _, w := range strings.Fields(strings.ToLower(b)) {
		if words[strings.Trim(w, ",.")] {
			n++
		}
	}
	return n
}

func str[T interface{ String() string }](p *T) string {
	if p == nil {
		return ""
	}
	return (*p).String()
}

// checkGolden compares the timeline's YAML with testdata/name, or rewrites it
// with -update.
func checkGolden(t *testing.T, tl *timeline.Timeline, name string) {
	t.Helper()
	got, err := tl.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", name), got)
	if _, err := timeline.Parse(name, got); err != nil {
		t.Errorf("the timeline does not validate: %v", err)
	}
}

// The seed article: exactly four events, dated, anchored and bounded as a
// careful reader would, with nothing from the banner, caption or byline.
func TestSeedAcceptance(t *testing.T) {
	doc, got := extractFile(t, "seed.txt", "seed")
	checkWant(t, got, "seed.want.yaml", map[string]string{"seed": doc.Text})
	pub := doc.Published
	checkGolden(t, &timeline.Timeline{Title: doc.Title, Sources: []timeline.Source{{ID: "seed", File: "seed.txt", Title: doc.Title, Published: &pub}}, Events: got}, "seed.golden.yaml")
}

// The test stories: several articles each, extracted, merged and compared
// with their hand-written timelines and golden YAML. Port Halden: the event
// A only anchors to is dated by B, and C reports again an event of A.
// Lindmoor: undated news bounded by tense, anchors the engine leaves
// ("days after the collapse", "in the wake of"), a narrative "the next
// day", a reported action, and A's undated collapse dated by B.
func TestStories(t *testing.T) {
	tests := []struct {
		title, name string
		files       []string
	}{
		{"Port Halden warehouse fire", "story", []string{"a-depots.txt", "b-fire.md", "c-council.txt"}},
		{"Lindmoor bridge collapse", "bridge", []string{"a-council.txt", "b-collapse.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var per [][]timeline.Event
			texts := map[string]string{}
			tl := &timeline.Timeline{Title: tt.title}
			for i, f := range tt.files {
				id := string(rune('a' + i))
				doc, evs := extractFile(t, filepath.Join(tt.name, f), id)
				per = append(per, evs)
				texts[id] = doc.Text
				pub := doc.Published
				tl.Sources = append(tl.Sources, timeline.Source{ID: id, File: tt.name + "/" + f, Title: doc.Title, Published: &pub})
			}
			tl.Events = Merge(per)
			checkWant(t, tl.Events, tt.name+".want.yaml", texts)
			checkGolden(t, tl, tt.name+".golden.yaml")
		})
	}
}
