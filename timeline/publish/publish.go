// Package publish renders a Chronicle site to static files with Hugo,
// in-process. It is the only package that imports Hugo.
//
// Each content/<story>/timeline.yaml is read, resolved and handed to the
// theme as data (hugo.Data.chronicle.<story>, see data.go). The embedded
// theme, the data and any missing story page live in a memory layer under
// the site folder, so nothing is written to the site but the output. The
// output is rendered into a fresh folder and swapped in whole: public/
// never holds a half-built or stale site.
package publish

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/bep/overlayfs"
	"github.com/spf13/afero"

	"github.com/chronicle-news/chronicle/themes"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/export"
	"github.com/chronicle-news/chronicle/timeline/ingest"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// Options tune a build.
type Options struct {
	// Dest is the output folder; empty means the site's publishDir
	// (public/ unless config.yaml says otherwise).
	Dest string
	// BaseURL, when set, replaces the site's baseURL (for a local preview).
	BaseURL string
	// Log receives Hugo's warnings; nil discards them. Errors are always
	// returned.
	Log io.Writer
}

// A Report says what was built.
type Report struct {
	Dest    string
	Stories []Story
	// Pages is the number of pages Hugo rendered (home, stories, lists).
	Pages int
}

// A Story is one published timeline.
type Story struct {
	Name     string // the content folder
	Title    string
	Events   int
	Warnings []resolve.Warning
}

// Events is the number of events over all stories.
func (r Report) Events() int {
	n := 0
	for _, s := range r.Stories {
		n += s.Events
	}
	return n
}

// marker marks a folder as Chronicle's output, which a build replaces
// whole; a folder without it is never deleted.
const marker = ".chronicle-build"

// Build renders the site in siteDir.
func Build(siteDir string, opts Options) (Report, error) {
	siteDir, err := filepath.Abs(siteDir)
	if err != nil {
		return Report{}, err
	}
	if _, err := os.Stat(siteDir); err != nil {
		return Report{}, fmt.Errorf("site folder: %w", err)
	}
	mem := afero.NewMemMapFs()
	// Reads see the site on disk first, then the memory layer under it
	// (folders merged); writes (the output) go to disk.
	src := overlayfs.New(overlayfs.Options{Fss: []afero.Fs{afero.NewOsFs(), mem}, FirstWritable: true})

	site, err := readSiteConfig(src, siteDir)
	if err != nil {
		return Report{}, err
	}
	stories, data, err := readStories(site.contentDir)
	if err != nil {
		return Report{}, err
	}
	if err := layer(mem, site, data); err != nil {
		return Report{}, err
	}

	dest := opts.Dest
	if dest == "" {
		dest = site.publishDir
	}
	if dest, err = filepath.Abs(dest); err != nil {
		return Report{}, err
	}
	if err := checkDest(dest, siteDir); err != nil {
		return Report{}, err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return Report{}, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".new-*")
	if err != nil {
		return Report{}, err
	}
	defer os.RemoveAll(tmp)

	pages, err := render(src, site, tmp, opts)
	if err != nil {
		return Report{}, err
	}
	if err := os.WriteFile(filepath.Join(tmp, marker), []byte("Written by chronicle build: this folder is replaced whole on every build.\n"), 0o644); err != nil {
		return Report{}, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return Report{}, err
	}
	if err := swap(tmp, dest); err != nil {
		return Report{}, err
	}
	return Report{Dest: dest, Stories: stories, Pages: pages}, nil
}

// storyData is one story's theme data and exports, ready to be written.
type storyData struct {
	name      string
	story     story
	exports   map[string][]byte // by file name, with event-pages.json
	needsPage bool              // the story folder has no page of its own
}

// readStories reads, resolves and converts every content/<story>/timeline.yaml,
// in name order. Every story's problems are reported, not just the first's.
func readStories(contentDir string) ([]Story, []storyData, error) {
	entries, err := os.ReadDir(contentDir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, err
	}
	var (
		stories []Story
		data    []storyData
		errs    []error
	)
	for _, e := range entries {
		dir := filepath.Join(contentDir, e.Name())
		file := filepath.Join(dir, "timeline.yaml")
		if !e.IsDir() || !exists(file) {
			continue
		}
		t, err := timeline.ReadFile(file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		texts, err := readSources(dir, t)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rt := resolve.Resolve(t)
		d := storyData{name: e.Name(), story: newStory(rt, texts), exports: map[string][]byte{}, needsPage: !hasIndexPage(dir)}
		for _, f := range export.Formats() {
			var buf bytes.Buffer
			if err := f.Write(&buf, rt); err != nil {
				return nil, nil, fmt.Errorf("%s: %s export: %w", file, f.Name, err)
			}
			name := exportBase + f.Ext
			d.exports[name] = buf.Bytes()
			d.story.Exports = append(d.story.Exports, download{Format: f.Name, File: name, MediaType: f.MediaType})
		}
		if len(d.story.Pages) > 1 {
			// For the story page's script: where an event of a link to
			// the story page is (see pageFile).
			b, err := json.Marshal(d.story.PageOf)
			if err != nil {
				return nil, nil, err
			}
			d.exports[pageFile] = b
		}
		stories = append(stories, Story{Name: e.Name(), Title: rt.Title, Events: len(rt.Events), Warnings: rt.Warnings})
		data = append(data, d)
	}
	return stories, data, errors.Join(errs...)
}

// exportBase names a story's exports: timeline.json, timeline.ics, ...
const exportBase = "timeline"

// pageFile, beside a story split into pages, maps each event id (and
// "era-<id>") to the key of its page, so that a link to an event on the
// story page (from before the split, or from another site) finds it.
const pageFile = "event-pages.json"

// readSources reads the text of each source the story keeps a copy of,
// as extraction read it (so evidence quotes are found in it), with its
// publication time: the timeline's, which a person may have corrected,
// else the article's own.
func readSources(storyDir string, t *timeline.Timeline) (map[string]article, error) {
	texts := map[string]article{}
	for _, s := range t.Sources {
		if s.File == "" {
			continue
		}
		doc, err := ingest.ReadFile(filepath.Join(storyDir, filepath.FromSlash(s.File)))
		if err != nil {
			return nil, fmt.Errorf("%s: source %s: %w (fix its file: or remove the file: line)", filepath.Join(storyDir, "timeline.yaml"), s.ID, err)
		}
		a := article{text: doc.Text, dct: doc.Published}
		if s.Published != nil {
			a.dct = *s.Published
		}
		texts[s.ID] = a
	}
	return texts, nil
}

// hasIndexPage reports whether a story folder has its own _index page.
func hasIndexPage(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "_index.*"))
	return len(m) > 0
}

func exists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// layer writes into the memory layer what Hugo reads besides the site:
// the embedded theme, each story's data, its exports (resources of its
// page, published where the page links them), a page for each story
// folder that has none, and the index of people, places and tags.
func layer(mem afero.Fs, site siteConfig, data []storyData) error {
	err := fs.WalkDir(themes.FS, themes.Default, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := themes.FS.ReadFile(name)
		if err != nil {
			return err
		}
		return afero.WriteFile(mem, filepath.Join(site.themesDir, filepath.FromSlash(name)), b, 0o644)
	})
	if err != nil {
		return err
	}
	var (
		names   []string
		stories []story
	)
	for _, d := range data {
		names, stories = append(names, d.name), append(stories, d.story)
		if err := writeJSON(mem, filepath.Join(site.dataDir, "chronicle", d.name+".json"), d.story); err != nil {
			return err
		}
		for _, name := range sortedKeys(d.exports) {
			if err := afero.WriteFile(mem, filepath.Join(site.contentDir, d.name, name), d.exports[name], 0o644); err != nil {
				return err
			}
		}
		if !d.needsPage {
			continue
		}
		// JSON is YAML front matter too; it keeps titles with colons safe.
		fm, err := json.Marshal(map[string]string{"title": d.story.Title, "description": d.story.Description})
		if err != nil {
			return err
		}
		page := append(append([]byte("---\n"), fm...), "\n---\n"...)
		if err := afero.WriteFile(mem, filepath.Join(site.contentDir, d.name, "_index.md"), page, 0o644); err != nil {
			return err
		}
	}
	return writeJSON(mem, filepath.Join(site.dataDir, "chronicle_terms.json"), newTerms(names, stories))
}

func writeJSON(mem afero.Fs, name string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return afero.WriteFile(mem, name, b, 0o644)
}

// ignorePattern keeps out of Hugo's pages what a story folder holds for
// Chronicle: its sources/ (articles, some with front matter of their own),
// timeline.yaml (published as the story page instead) and hidden folders.
func ignorePattern(contentDir string) string {
	sep := regexp.QuoteMeta(string(filepath.Separator))
	return "^" + regexp.QuoteMeta(contentDir) + sep + "[^" + sep + "]+" + sep + `(sources` + sep + `|\.|timeline\.yaml$)`
}

// checkDest refuses an output folder that would replace the site itself
// or a folder Chronicle did not write.
func checkDest(dest, siteDir string) error {
	if dest == siteDir || within(siteDir, dest) {
		return fmt.Errorf("output folder %s holds the site itself; choose another (-d)", dest)
	}
	entries, err := os.ReadDir(dest)
	if errors.Is(err, fs.ErrNotExist) || err == nil && len(entries) == 0 {
		return nil
	}
	if err != nil {
		return err
	}
	if !exists(filepath.Join(dest, marker)) {
		return fmt.Errorf("output folder %s exists and was not written by chronicle (it has no %s); a build replaces the whole folder, so remove or rename it, or choose another (-d)", dest, marker)
	}
	return nil
}

// within reports whether name is inside dir.
func within(name, dir string) bool {
	rel, err := filepath.Rel(dir, name)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// swap puts the new output folder in place of the old one.
func swap(tmp, dest string) error {
	old := ""
	if exists(dest) {
		old = tmp + ".old"
		if err := os.Rename(dest, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dest); err != nil {
		if old != "" {
			os.Rename(old, dest)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// sortedKeys is used for a deterministic walk of a map.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
