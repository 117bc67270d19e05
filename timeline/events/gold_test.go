package events

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

// Gold timelines: for each test story, what a careful reader finds,
// written by hand in testdata/*.want.yaml. The scorer tells how much of it
// the extractor finds with the right date, anchor and bounds (recall), and
// how much of what it finds is in the gold (precision).

// matchEvents pairs each wanted event with the found event whose headline
// shares the most words with it (at least two), each found event used
// once, wanted events in order.
func matchEvents(want, got []timeline.Event) map[int]int {
	pairs := map[int]int{}
	used := map[int]bool{}
	for w := range want {
		best, bestScore := -1, 1
		for g := range got {
			if s := overlap(want[w].Title, got[g].Title); !used[g] && s > bestScore {
				best, bestScore = g, s
			}
		}
		if best >= 0 {
			pairs[w] = best
			used[best] = true
		}
	}
	return pairs
}

// timeDiff says how a found event's time differs from the wanted one ("" if
// it does not): date and bounds equal, anchored to the event matched to
// the wanted anchor, with the same offset or relation.
func timeDiff(w, g *timeline.Event, idOf map[string]string) string {
	if str(w.Date) != str(g.Date) || str(w.Before) != str(g.Before) || str(w.After) != str(g.After) {
		return fmt.Sprintf("date %q before %q after %q, want %q %q %q",
			str(g.Date), str(g.Before), str(g.After), str(w.Date), str(w.Before), str(w.After))
	}
	switch {
	case w.Anchor == nil && g.Anchor == nil:
		return ""
	case w.Anchor == nil || g.Anchor == nil:
		return fmt.Sprintf("anchor %+v, want %+v", g.Anchor, w.Anchor)
	case idOf[w.Anchor.Event] != g.Anchor.Event || str(w.Anchor.Offset) != str(g.Anchor.Offset) || w.Anchor.Relation != g.Anchor.Relation:
		return fmt.Sprintf("anchor %s %s %s, want %s (%s) %s %s", g.Anchor.Event, str(g.Anchor.Offset), g.Anchor.Relation,
			idOf[w.Anchor.Event], w.Anchor.Event, str(w.Anchor.Offset), w.Anchor.Relation)
	}
	return ""
}

// A goldScore compares found events with a gold timeline.
type goldScore struct {
	right, gold, matched, found int
	misses                      []string // gold events not found, or found with the wrong time
	extra                       []string // found events that are in no gold
}

func (s goldScore) recall() float64    { return float64(s.right) / float64(max(s.gold, 1)) }
func (s goldScore) precision() float64 { return float64(s.matched) / float64(max(s.found, 1)) }

func scoreGold(got, want []timeline.Event) goldScore {
	pairs := matchEvents(want, got)
	idOf := map[string]string{}
	for w, g := range pairs {
		idOf[want[w].ID] = got[g].ID
	}
	s := goldScore{gold: len(want), found: len(got), matched: len(pairs)}
	inGold := map[int]bool{}
	for w := range want {
		g, ok := pairs[w]
		if !ok {
			s.misses = append(s.misses, fmt.Sprintf("%s (%q): not found", want[w].ID, want[w].Title))
			continue
		}
		inGold[g] = true
		if d := timeDiff(&want[w], &got[g], idOf); d != "" {
			s.misses = append(s.misses, fmt.Sprintf("%s as %s (%q): %s", want[w].ID, got[g].ID, got[g].Title, d))
			continue
		}
		s.right++
	}
	for g := range got {
		if !inGold[g] {
			s.extra = append(s.extra, fmt.Sprintf("%s (%q)", got[g].ID, got[g].Title))
		}
	}
	return s
}

// storyEvents extracts the articles of a test story (files under
// testdata, source ids a, b, ...) and merges them.
func storyEvents(t *testing.T, files ...string) []timeline.Event {
	t.Helper()
	var per [][]timeline.Event
	for i, f := range files {
		_, evs := extractFile(t, f, string(rune('a'+i)))
		per = append(per, evs)
	}
	return Merge(per)
}

// Each story's gold: the floors are what the extractor reaches now; a
// change that loses an event, a date or an anchor fails here, naming it.
func TestGold(t *testing.T) {
	tests := []struct {
		want              string
		files             []string
		recall, precision float64
	}{
		{"seed.want.yaml", []string{"seed.txt"}, 1, 1},
		{"story.want.yaml", []string{"story/a-depots.txt", "story/b-fire.md", "story/c-council.txt"}, 1, 1},
		{"bridge.want.yaml", []string{"bridge/a-council.txt", "bridge/b-collapse.txt"}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.want, ".want.yaml"), func(t *testing.T) {
			want, err := timeline.ReadFile(filepath.Join("testdata", tt.want))
			if err != nil {
				t.Fatal(err)
			}
			got := storyEvents(t, tt.files...)
			s := scoreGold(got, want.Events)
			t.Logf("recall %d/%d = %.2f, precision %d/%d = %.2f", s.right, s.gold, s.recall(), s.matched, s.found, s.precision())
			if s.recall() < tt.recall {
				t.Errorf("recall %.2f below %.2f; misses:\n  %s", s.recall(), tt.recall, strings.Join(s.misses, "\n  "))
			}
			if s.precision() < tt.precision {
				t.Errorf("precision %.2f below %.2f; events in no gold:\n  %s", s.precision(), tt.precision, strings.Join(s.extra, "\n  "))
			}
		})
	}
}
