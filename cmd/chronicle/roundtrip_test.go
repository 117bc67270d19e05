package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

// A person dates the attack that the article leaves undated, then builds
// again: the bombing anchored to "the day before" it follows, on the site
// and in the JSON export, and the person's edit and comment stay in the YAML.
func TestEditRoundTrip(t *testing.T) {
	site := copySampleSite(t)
	yamlPath := filepath.Join(site, "content", "isis-k", "timeline.yaml")
	os.Remove(yamlPath)
	if _, _, err := runRoot(t, "build", "-s", site); err != nil {
		t.Fatalf("build: %v", err)
	}
	tl, err := timeline.ReadFile(yamlPath)
	if err != nil {
		t.Fatal(err)
	}
	var attack, bombing string
	for _, e := range tl.Events {
		switch {
		case e.Anchor != nil && strings.Contains(e.Title, "Kandahar"):
			bombing, attack = e.ID, e.Anchor.Event
		}
	}
	if bombing == "" || tl.Event(attack) == nil || tl.Event(attack).Before == nil {
		t.Fatalf("the sample has no bombing anchored to an undated attack:\n%+v", tl.Events)
	}

	// The edit, as a person makes it in an editor: the bound becomes a date.
	data, _ := os.ReadFile(yamlPath)
	lines := strings.Split(string(data), "\n")
	in, edited := false, false
	for i, l := range lines {
		if strings.HasPrefix(l, "  - id: ") {
			in = l == "  - id: "+attack
		}
		if in && strings.HasPrefix(l, "    before: ") {
			lines[i] = "    date: 2024-03-22 # confirmed by Russian officials"
			edited = true
		}
	}
	if !edited {
		t.Fatalf("no before: line under %s in\n%s", attack, data)
	}
	if err := os.WriteFile(yamlPath, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}

	if _, _, err := runRoot(t, "build", "-s", site); err != nil {
		t.Fatalf("second build: %v", err)
	}
	after, _ := os.ReadFile(yamlPath)
	if !strings.Contains(string(after), "    date: 2024-03-22 # confirmed by Russian officials\n") {
		t.Errorf("the edit or its comment was lost:\n%s", after)
	}

	// The site: the bombing now carries its day.
	page, err := os.ReadFile(filepath.Join(site, "public", "isis-k", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	li := regexp.MustCompile(`(?s)<li class="event [^"]*" id="` + bombing + `">.*?</li>`).Find(page)
	if !strings.Contains(string(li), `<time datetime="2024-03-21"`) {
		t.Errorf("the bombing is not shown on 2024-03-21:\n%s", li)
	}

	// The JSON export agrees.
	out, _, err := runRoot(t, "export", "isis-k", "--format", "json", "-s", site)
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	var doc struct {
		Events []struct {
			ID               string
			Date             *string
			Earliest, Latest *string
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, out)
	}
	got := map[string][3]string{}
	order := []string{}
	for _, e := range doc.Events {
		got[e.ID] = [3]string{deref(e.Date), deref(e.Earliest), deref(e.Latest)}
		order = append(order, e.ID)
	}
	if g := got[attack]; g != [3]string{"2024-03-22", "2024-03-22", "2024-03-22"} {
		t.Errorf("attack = %v, want dated 2024-03-22", g)
	}
	if g := got[bombing]; g[1] != "2024-03-21" || g[2] != "2024-03-21" {
		t.Errorf("bombing earliest/latest = %v, want 2024-03-21", g)
	}
	if strings.Index(strings.Join(order, " "), bombing) > strings.Index(strings.Join(order, " "), attack) {
		t.Errorf("display order %v puts the bombing after the attack", order)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
