package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// site copies testdata/site (the sample story, the seed article under
// sources/) to a temporary folder and returns it and its story folder.
func site(t *testing.T) (string, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata/site")); err != nil {
		t.Fatal(err)
	}
	return dir, filepath.Join(dir, "content", "isis-k")
}

func story(t *testing.T, dir string, opts Options) Result {
	t.Helper()
	r, err := Story(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func read(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestStoryFirstRunAndUnchanged(t *testing.T) {
	siteDir, dir := site(t)
	r := story(t, dir, Options{})
	if !r.Extracted || !r.Changed || r.New != len(r.Timeline.Events) || r.New < 3 {
		t.Fatalf("first run: %+v, want the sample's events all new (at least 3)", r)
	}
	tl, err := timeline.ReadFile(r.File)
	if err != nil {
		t.Fatal(err)
	}
	if tl.Title != "What we know about ISIS-K" {
		t.Errorf("title = %q, want the _index.md title", tl.Title)
	}
	if len(tl.Sources) != 1 {
		t.Fatalf("sources = %+v", tl.Sources)
	}
	s := tl.Sources[0]
	if s.ID != "newser-isis-k" || s.File != "sources/newser-isis-k.txt" || s.Published == nil ||
		s.Published.Format("2006-01-02T15:04Z07:00") != "2024-03-24T15:52-05:00" {
		t.Errorf("source = %+v, published %v", s, s.Published)
	}
	for _, name := range []string{"state.json", baseFile} {
		if _, err := os.Stat(filepath.Join(siteDir, ".chronicle", "isis-k", name)); err != nil {
			t.Errorf("state: %v", err)
		}
	}

	first := read(t, r.File)
	if r := story(t, dir, Options{}); r.Extracted || r.Changed {
		t.Errorf("second run: %+v, want nothing done", r)
	}
	if r := story(t, dir, Options{Force: true}); !r.Extracted || r.Changed || r.New+r.Removed+r.Edited != 0 {
		t.Errorf("forced run: %+v, want extracted and nothing changed", r)
	}
	if !bytes.Equal(read(t, r.File), first) {
		t.Error("an unchanged story's timeline.yaml changed")
	}
	// Another copy of the site gives the same bytes: deterministic.
	_, dir2 := site(t)
	if !bytes.Equal(read(t, story(t, dir2, Options{}).File), first) {
		t.Error("two extractions of the same sources differ")
	}
}

func TestStoryEditRoundTrip(t *testing.T) {
	_, dir := site(t)
	r := story(t, dir, Options{})
	third := r.Timeline.Events[2]
	edit(t, r.File, func(tl *timeline.Timeline) {
		e := tl.Event(third.ID)
		d := edtf.MustParse("2024-03-22")
		e.Date, e.Anchor = &d, nil
	})
	edited := read(t, r.File)
	r = story(t, dir, Options{Force: true})
	if got := r.Timeline.Event(third.ID); got == nil || got.Date == nil || got.Date.String() != "2024-03-22" || got.Anchor != nil {
		t.Fatalf("event 3 after re-extraction: %+v, want the date a person set", got)
	}
	if r.Changed || !bytes.Equal(read(t, r.File), edited) {
		t.Errorf("re-extraction changed the edited file:\n%s", read(t, r.File))
	}
}

// The design's promise: a date a person sets on the attack moves the
// bombing anchored the day before it, and re-extraction keeps the date.
func TestStoryDatingAnAnchorTarget(t *testing.T) {
	_, dir := site(t)
	r := story(t, dir, Options{})
	var anchored *timeline.Event
	for i, e := range r.Timeline.Events {
		if e.Anchor != nil && e.Anchor.Offset != nil && e.Anchor.Offset.String() == "-P1D" {
			anchored = &r.Timeline.Events[i]
		}
	}
	if anchored == nil {
		t.Fatal("the sample has no event anchored the day before another")
	}
	target := anchored.Anchor.Event
	edit(t, r.File, func(tl *timeline.Timeline) {
		e := tl.Event(target)
		e.Date, e.Before, e.After = ptr(edtf.MustParse("2024-03-22")), nil, nil
	})
	r = story(t, dir, Options{Force: true})
	rt := resolve.Resolve(r.Timeline)
	for _, e := range rt.Events {
		if e.ID == anchored.ID {
			if e.Earliest == nil || e.Latest == nil || e.Earliest.Format(time.DateOnly) != "2024-03-21" || !e.Latest.Equal(*e.Earliest) {
				t.Errorf("%s: %s..%s, want 2024-03-21", e.ID, e.Earliest, e.Latest)
			}
			if e.Label != "21 March 2024" || e.Status != resolve.Anchored {
				t.Errorf("%s: %s %q", e.ID, e.Status, e.Label)
			}
		}
	}
}

func TestStoryEditsSurviveSourceChange(t *testing.T) {
	_, dir := site(t)
	r := story(t, dir, Options{})
	evs := r.Timeline.Events
	retitled, redated, deleted := evs[0].ID, evs[1].ID, evs[2].ID
	edit(t, r.File, func(tl *timeline.Timeline) {
		tl.Event(retitled).Title = "ISIS-K first appears"
		e := tl.Event(redated)
		d := edtf.MustParse("2024-03-21")
		e.Date, e.Anchor, e.Before, e.After = &d, nil, nil, nil
		var kept []timeline.Event
		for _, e := range tl.Events {
			if e.ID == deleted {
				continue
			}
			if e.Anchor != nil && e.Anchor.Event == deleted {
				e.Anchor = nil // nothing may stay anchored to the deleted event
			}
			kept = append(kept, e)
		}
		tl.Events = append(kept, timeline.Event{ID: "editor-note", Title: "Editor's own event",
			Date: ptr(edtf.MustParse("2024-03-25"))})
	})
	// A comment, added by hand above the added event.
	data := read(t, r.File)
	data = bytes.Replace(data, []byte("  - id: editor-note\n"), []byte("  # Added by the desk.\n  - id: editor-note\n"), 1)
	if err := os.WriteFile(r.File, data, 0o644); err != nil {
		t.Fatal(err)
	}

	src := filepath.Join(dir, "sources", "newser-isis-k.txt")
	article := read(t, src)
	added := "On Tuesday, a Moscow court extended the detention of the four suspects until May 22."
	article = bytes.Replace(article, []byte("(More Russia Crocus shooting stories.)"), []byte(added+" (More Russia Crocus shooting stories.)"), 1)
	if err := os.WriteFile(src, article, 0o644); err != nil {
		t.Fatal(err)
	}

	r = story(t, dir, Options{})
	if !r.Extracted || !r.Changed {
		t.Fatalf("after a source changed: %+v, want it extracted", r)
	}
	tl := r.Timeline
	if e := tl.Event(retitled); e == nil || e.Title != "ISIS-K first appears" {
		t.Errorf("retitled event: %+v", e)
	}
	if e := tl.Event(redated); e == nil || e.Date == nil || e.Date.String() != "2024-03-21" {
		t.Errorf("redated event: %+v", e)
	}
	if tl.Event(deleted) != nil {
		t.Errorf("the deleted event %s came back", deleted)
	}
	if e := tl.Event("editor-note"); e == nil || e.Date.String() != "2024-03-25" {
		t.Errorf("the added event: %+v", e)
	}
	if !bytes.Contains(read(t, r.File), []byte("  # Added by the desk.\n  - id: editor-note\n")) {
		t.Errorf("the comment was lost:\n%s", read(t, r.File))
	}
	if r.New == 0 || !quoted(tl, "Moscow court extended the detention") {
		t.Errorf("the new finding was not added (new = %d):\n%s", r.New, read(t, r.File))
	}
}

func TestStoryInvalidFileWritesNothing(t *testing.T) {
	siteDir, dir := site(t)
	r := story(t, dir, Options{})
	state := read(t, filepath.Join(siteDir, ".chronicle", "isis-k", "state.json"))
	data := read(t, r.File)
	// An invalid date on one line, an unknown key on another.
	bad := regexp.MustCompile(`(?m)^    title: .*$`).ReplaceAllLiteral(data, []byte("    title: T\n    date: March 2024"))
	bad = bytes.Replace(bad, []byte("sources:\n"), []byte("source_list: x\nsources:\n"), 1)
	if err := os.WriteFile(r.File, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	// A changed source, so the story must be extracted again.
	src := filepath.Join(dir, "sources", "newser-isis-k.txt")
	if err := os.WriteFile(src, append(read(t, src), "\nMore text.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Story(dir, Options{})
	var ps timeline.Problems
	if !errors.As(err, &ps) || len(ps) < 2 {
		t.Fatalf("error = %v, want every problem", err)
	}
	for _, p := range ps {
		if p.File != r.File || p.Line == 0 || p.Column == 0 {
			t.Errorf("problem without a position: %v", p)
		}
	}
	if !strings.Contains(err.Error(), `"March 2024" is not an EDTF date`) || !strings.Contains(err.Error(), `unknown key "source_list"`) {
		t.Errorf("error = %v", err)
	}
	if !bytes.Equal(read(t, r.File), bad) {
		t.Error("the invalid file was overwritten")
	}
	if !bytes.Equal(read(t, filepath.Join(siteDir, ".chronicle", "isis-k", "state.json")), state) {
		t.Error("the state changed")
	}
}

func TestStoryUnreadableSource(t *testing.T) {
	_, dir := site(t)
	bad := filepath.Join(dir, "sources", "scan.txt")
	if err := os.WriteFile(bad, []byte{0xff, 0xfe, 0x00, 0x41, 0x00, 0x80}, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Story(dir, Options{})
	if err == nil || !strings.Contains(err.Error(), bad) {
		t.Fatalf("error = %v, want one naming %s", err, bad)
	}
	if _, err := os.Stat(filepath.Join(dir, TimelineFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("timeline.yaml was written: %v", err)
	}
}

func TestSite(t *testing.T) {
	siteDir, _ := site(t)
	// A story without sources (hand-written) is left alone.
	if err := os.MkdirAll(filepath.Join(siteDir, "content", "notes"), 0o755); err != nil {
		t.Fatal(err)
	}
	rs, err := Site(siteDir, Options{})
	if err != nil || len(rs) != 1 || rs[0].Story != "isis-k" || !rs[0].Changed {
		t.Fatalf("Site = %+v, %v", rs, err)
	}
	if _, err := Site(t.TempDir(), Options{}); err == nil || !strings.Contains(err.Error(), "no content/ folder") {
		t.Errorf("a folder that is no site: %v", err)
	}
}

func TestCheck(t *testing.T) {
	_, dir := site(t)
	r := story(t, dir, Options{})
	if ps, err := Check(dir); err != nil || len(ps) != 0 {
		t.Fatalf("Check of a fresh extraction = %v, %v", ps, err)
	}
	first := r.Timeline.Events[0]
	edit(t, r.File, func(tl *timeline.Timeline) {
		tl.Event(first.ID).Evidence[0].Quote = "words the article never says"
		tl.Events = append(tl.Events,
			timeline.Event{ID: "late", Title: "Late", Before: ptr(edtf.MustParse("2024-03-01")), After: ptr(edtf.MustParse("2024-04-01"))})
	})
	ps, err := Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []*regexp.Regexp{
		regexp.MustCompile(`timeline\.yaml:\d+:\d+: the quote is not in the text of sources/newser-isis-k\.txt`),
		regexp.MustCompile(`timeline\.yaml:\d+:\d+: warning: late: after: 2024-04-01 contradicts`),
	}
	if len(ps) != len(want) {
		t.Fatalf("problems:\n%v", ps)
	}
	for i, re := range want {
		if !re.MatchString(ps[i].Error()) {
			t.Errorf("problem %d = %v, want %v", i, ps[i], re)
		}
	}
}

func TestReadIndex(t *testing.T) {
	tests := []struct{ file, title, desc string }{
		{"---\ntitle: What we know\ndescription: From the sources.\n---\nBody\n", "What we know", "From the sources."},
		{"+++\ntitle = \"What \\\"we\\\" know\"\ndescription = 'Literal'\n+++\n", `What "we" know`, "Literal"},
		{"{\"title\": \"JSON front matter\"}\nBody", "JSON front matter", ""},
		{"No front matter.\n", "", ""},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, IndexFile), []byte(tt.file), 0o644); err != nil {
			t.Fatal(err)
		}
		idx, err := readIndex(dir)
		if err != nil || idx.Title != tt.title || idx.Description != tt.desc {
			t.Errorf("readIndex(%q) = %+v, %v; want %q, %q", tt.file, idx, err, tt.title, tt.desc)
		}
	}
}

func TestSourceID(t *testing.T) {
	used := map[string]bool{}
	for _, tt := range []struct{ name, want string }{
		{"newser-isis-k.txt", "newser-isis-k"},
		{"NYT Moscow Attack.md", "nyt-moscow-attack"},
		{"newser isis k.html", "newser-isis-k-2"},
		{"日本.txt", "source"},
	} {
		if got := sourceID(tt.name, used); got != tt.want {
			t.Errorf("sourceID(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// edit changes a timeline file as a person would, through the model.
func edit(t *testing.T, file string, change func(*timeline.Timeline)) {
	t.Helper()
	tl, err := timeline.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	change(tl)
	if err := tl.WriteFile(file); err != nil {
		t.Fatal(err)
	}
}

func quoted(tl *timeline.Timeline, s string) bool {
	for _, e := range tl.Events {
		for _, ev := range e.Evidence {
			if strings.Contains(ev.Quote, s) {
				return true
			}
		}
	}
	return false
}

func ptr[T any](v T) *T { return &v }
