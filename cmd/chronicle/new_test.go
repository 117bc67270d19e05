package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runNew runs chronicle new with the --title flag reset, as a fresh process would have it.
func runNew(t *testing.T, args ...string) (string, error) {
	t.Helper()
	newTitle = ""
	out, _, err := runRoot(t, append([]string{"new"}, args...)...)
	return out, err
}

func TestNewSiteAndStory(t *testing.T) {
	site := filepath.Join(t.TempDir(), "newsroom")
	if _, err := runNew(t, "site", site, "--title", "Newsroom timelines"); err != nil {
		t.Fatal(err)
	}
	config, _ := os.ReadFile(filepath.Join(site, "config.yaml"))
	if !strings.Contains(string(config), "title: Newsroom timelines\nbaseURL: https://example.org/\n") {
		t.Errorf("config.yaml:\n%s", config)
	}
	if _, err := os.Stat(filepath.Join(site, "content")); err != nil {
		t.Error(err)
	}
	if gi, _ := os.ReadFile(filepath.Join(site, ".gitignore")); string(gi) != "/public/\n.chronicle/\n" {
		t.Errorf(".gitignore: %q", gi)
	}

	if _, err := runNew(t, "story", "harbor-fire", "-s", site); err != nil {
		t.Fatal(err)
	}
	index, _ := os.ReadFile(filepath.Join(site, "content", "harbor-fire", "_index.md"))
	if string(index) != "---\ntitle: Harbor fire\ndescription: \"\"\n---\n" {
		t.Errorf("_index.md: %q", index)
	}
	if fi, err := os.Stat(filepath.Join(site, "content", "harbor-fire", "sources")); err != nil || !fi.IsDir() {
		t.Errorf("no sources/ folder: %v", err)
	}
	if _, err := runNew(t, "story", "moscow", "-s", site, "--title", "The Crocus City Hall attack"); err != nil {
		t.Fatal(err)
	}
	if index, _ := os.ReadFile(filepath.Join(site, "content", "moscow", "_index.md")); !strings.Contains(string(index), "title: The Crocus City Hall attack\n") {
		t.Errorf("_index.md with --title: %q", index)
	}

	notSite := t.TempDir()
	errors := []struct {
		args []string
		want string
	}{
		{[]string{"site", site}, site + " is already a site (it has config.yaml); add a story to it with: chronicle new story NAME -s " + site},
		{[]string{"story", "harbor-fire", "-s", site}, "content/harbor-fire already exists; add articles to it with: chronicle add FILE|URL --story harbor-fire"},
		{[]string{"story", "Harbor Fire!", "-s", site}, `"Harbor Fire!" cannot be a story name: use lower case letters, digits and hyphens, e.g. chronicle new story harbor-fire --title "Harbor Fire!"`},
		{[]string{"story", "fire", "-s", notSite}, notSite + " is not a Chronicle site (it has no config.yaml): name the site with -s DIR, or create one with: chronicle new site DIR"},
		{[]string{"story", "-s", site}, "chronicle new story takes the story's name, e.g. moscow-attack (got 0 arguments)"},
	}
	for _, tt := range errors {
		if _, err := runNew(t, tt.args...); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("new %q:\n got %v\nwant %s", tt.args, err, tt.want)
		}
	}
}
