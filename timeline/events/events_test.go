package events

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

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
	// Match each wanted event to the found one sharing most title words.
	idOf := map[string]string{} // want id -> got id
	matched := map[int]bool{}
	pairs := map[string]*timeline.Event{}
	for _, w := range want.Events {
		best, bestScore := -1, 0
		for i, g := range got {
			if matched[i] {
				continue
			}
			if s := overlap(w.Title, g.Title); s > bestScore {
				best, bestScore = i, s
			}
		}
		if best < 0 || bestScore < 2 {
			t.Errorf("no event like %q", w.Title)
			continue
		}
		matched[best] = true
		idOf[w.ID] = got[best].ID
		pairs[w.ID] = &got[best]
	}
	for _, w := range want.Events {
		g := pairs[w.ID]
		if g == nil {
			continue
		}
		if str(w.Date) != str(g.Date) || str(w.Before) != str(g.Before) || str(w.After) != str(g.After) {
			t.Errorf("%s: date %q before %q after %q, want %q %q %q", g.ID,
				str(g.Date), str(g.Before), str(g.After), str(w.Date), str(w.Before), str(w.After))
		}
		switch {
		case (w.Anchor == nil) != (g.Anchor == nil):
			t.Errorf("%s: anchor %+v, want %+v", g.ID, g.Anchor, w.Anchor)
		case w.Anchor != nil:
			if idOf[w.Anchor.Event] != g.Anchor.Event || str(w.Anchor.Offset) != str(g.Anchor.Offset) || w.Anchor.Relation != g.Anchor.Relation {
				t.Errorf("%s: anchor %s %s %s, want %s (%s) %s %s", g.ID, g.Anchor.Event, str(g.Anchor.Offset), g.Anchor.Relation,
					idOf[w.Anchor.Event], w.Anchor.Event, str(w.Anchor.Offset), w.Anchor.Relation)
			}
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

// golden compares the timeline's YAML with testdata/name, or rewrites it
// with -update.
func golden(t *testing.T, tl *timeline.Timeline, name string) {
	t.Helper()
	got, err := tl.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the events found (go test -update rewrites it):\n%s", path, got)
	}
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
	golden(t, &timeline.Timeline{Title: doc.Title, Sources: []timeline.Source{{ID: "seed", File: "seed.txt", Title: doc.Title, Published: &pub}}, Events: got}, "seed.golden.yaml")
}

// A story of three articles: the event A only anchors to is dated by B,
// and C reports again an event of A; Merge joins them.
func TestMergeStory(t *testing.T) {
	files := []struct{ id, file string }{{"a", "a-depots.txt"}, {"b", "b-fire.md"}, {"c", "c-council.txt"}}
	var per [][]timeline.Event
	texts := map[string]string{}
	tl := &timeline.Timeline{Title: "Port Halden warehouse fire"}
	for _, f := range files {
		doc, evs := extractFile(t, filepath.Join("story", f.file), f.id)
		per = append(per, evs)
		texts[f.id] = doc.Text
		pub := doc.Published
		tl.Sources = append(tl.Sources, timeline.Source{ID: f.id, File: "story/" + f.file, Title: doc.Title, Published: &pub})
	}
	tl.Events = Merge(per)
	checkWant(t, tl.Events, "story.want.yaml", texts)
	golden(t, tl, "story.golden.yaml")
}
