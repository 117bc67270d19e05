// Package extract turns a story folder into its timeline YAML: the
// articles of content/<story>/sources/ are read, their events found and
// merged across articles, and the result written to
// content/<story>/timeline.yaml, keeping every edit a person made to it.
//
// A story is extracted again only when its sources (or the extractor)
// changed, and then only its changed articles are read again, in
// parallel. What the machine wrote last is kept in .chronicle/<story>/ at
// the site root (not meant for git): each article's extracted events,
// and the story's extracted timeline, the base of the three-way merge
// that tells a person's edits from the machine's old output.
package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/chronicle-news/chronicle/internal/atomicfile"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/events"
)

// Version names the extractor's behaviour; changing it makes every story
// be extracted again (people's edits are kept, as always). A chronicle
// binary of another release or commit counts as another extractor too.
const Version = "1"

// engine identifies the extractor: Version and the build of the binary.
func engine() string {
	id := Version
	if bi, ok := debug.ReadBuildInfo(); ok {
		id += " " + bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				id += " " + s.Value
			}
		}
	}
	return id
}

// Options control an extraction.
type Options struct {
	// Force extracts even when the sources have not changed, reading
	// every article again rather than from the cache.
	Force bool
	// Progress, when not nil, is told of each article of a story as it
	// is done (done of total); it is called from one goroutine at a time.
	Progress func(story string, done, total int)
}

// A Result says what happened to one story.
type Result struct {
	Story     string             // the story folder's name
	File      string             // its timeline.yaml
	Changed   bool               // the file was written
	Extracted bool               // the sources were read and extracted
	Timeline  *timeline.Timeline // the timeline as it now is

	New     int // events found that were not in the file
	Removed int // events no longer found, which nobody had edited
	Edited  int // events where a person's edit was kept over a new finding
}

// TimelineFile, SourcesDir and IndexFile are the names inside a story folder.
const (
	TimelineFile = "timeline.yaml"
	SourcesDir   = "sources"
	IndexFile    = "_index.md"
)

// Stories lists the story folders of a site: each content/<story>/ with
// a sources/ folder or a timeline.yaml, by name.
func Stories(siteDir string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(siteDir, "content"))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s has no content/ folder; is it a Chronicle site? (use -s to name the site folder)", siteDir)
		}
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		dir := filepath.Join(siteDir, "content", e.Name())
		if isDir(filepath.Join(dir, SourcesDir)) || isFile(filepath.Join(dir, TimelineFile)) {
			out = append(out, e.Name())
		}
	}
	return out, nil
}

// Site extracts every story of the site whose sources changed. It goes on
// after a story fails, and returns every failure joined.
func Site(siteDir string, opts Options) ([]Result, error) {
	stories, err := Stories(siteDir)
	if err != nil {
		return nil, err
	}
	var results []Result
	var errs []error
	for _, s := range stories {
		dir := filepath.Join(siteDir, "content", s)
		if !isDir(filepath.Join(dir, SourcesDir)) {
			continue // a hand-written timeline: nothing to extract
		}
		r, err := Story(dir, opts)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		results = append(results, r)
	}
	return results, errors.Join(errs...)
}

// Story extracts one story folder (content/<story> of a site) when its
// sources changed, or when its timeline.yaml is missing, and merges the
// new findings into the file. When the file a person edited is invalid,
// the error lists every problem and nothing is written.
func Story(storyDir string, opts Options) (Result, error) {
	storyDir, err := filepath.Abs(storyDir) // the site root is found from it
	if err != nil {
		return Result{}, err
	}
	story := filepath.Base(storyDir)
	file := filepath.Join(storyDir, TimelineFile)
	res := Result{Story: story, File: file}

	// The person's file first: an invalid one stops everything.
	oursData, err := os.ReadFile(file)
	var ours *timeline.Timeline
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return res, err
	default:
		if ours, err = timeline.Parse(file, oursData); err != nil {
			return res, fmt.Errorf("%w\nnothing was written: fix %s and run again", err, file)
		}
	}

	names, err := sourceFiles(storyDir)
	if err != nil {
		return res, err
	}
	if len(names) == 0 {
		if ours != nil {
			res.Timeline = ours
			return res, nil
		}
		return res, fmt.Errorf("%s: no articles to extract; put .txt, .md or .html files in it", filepath.Join(storyDir, SourcesDir))
	}
	idx, err := readIndex(storyDir)
	if err != nil {
		return res, err
	}
	stateDir := filepath.Join(filepath.Dir(filepath.Dir(storyDir)), ".chronicle", story)
	st, err := fingerprint(storyDir, names, idx)
	if err != nil {
		return res, err
	}
	if ours != nil && !opts.Force && st.sameAs(filepath.Join(stateDir, "state.json")) {
		res.Timeline = ours
		return res, nil
	}

	var progress func(done, total int)
	if opts.Progress != nil {
		progress = func(done, total int) { opts.Progress(story, done, total) }
	}
	theirs, keys, err := build(storyDir, filepath.Join(stateDir, "articles"), names, st, idx, opts.Force, progress)
	if err != nil {
		return res, fmt.Errorf("%w\nnothing was written to %s; the other articles are extracted and kept for the next run", err, file)
	}
	res.Extracted = true
	merged := theirs
	if ours == nil {
		res.New = len(theirs.Events)
	} else {
		base := readBase(stateDir) // nil when lost or damaged
		var ms mergeStats
		merged, ms = merge(base, ours, theirs)
		merged.KeepCommentsFrom(ours)
		res.New, res.Removed, res.Edited = ms.New, ms.Removed, ms.Edited
	}
	data, err := merged.Marshal()
	if err != nil {
		return res, err
	}
	// What is written must read back: never leave a file the next run rejects.
	if merged, err = timeline.Parse(file, data); err != nil {
		return res, fmt.Errorf("the merged timeline is invalid (a bug; %s is unchanged): %w", file, err)
	}
	res.Timeline = merged
	if ours == nil || !bytes.Equal(data, oursData) {
		if err := atomicfile.Write(file, data); err != nil {
			return res, err
		}
		res.Changed = true
	}
	if err := st.save(stateDir, theirs); err != nil {
		return res, err
	}
	return res, pruneCache(filepath.Join(stateDir, "articles"), keys)
}

// sourceFiles lists the article files of a story, sorted by name.
func sourceFiles(storyDir string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(storyDir, SourcesDir))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), ".") && articleExt[strings.ToLower(filepath.Ext(e.Name()))] {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

// articleExt are the files of sources/ read as articles; others (images,
// notes) are left alone.
var articleExt = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// build extracts the story's timeline from its articles (those that did
// not change from the cache, unless fresh), merged in file name order. It
// returns the cache keys it used.
func build(storyDir, cacheDir string, names []string, st state, idx index, fresh bool, progress func(done, total int)) (*timeline.Timeline, map[string]bool, error) {
	jobs := make([]articleJob, len(names))
	keys := map[string]bool{}
	used := map[string]bool{}
	for i, name := range names {
		id := sourceID(name, used)
		jobs[i] = articleJob{name: name, id: id, key: articleKey(name, id, st.Sources[name])}
		keys[jobs[i].key] = true
	}
	arts, err := articles(storyDir, cacheDir, jobs, fresh, progress)
	if err != nil {
		return nil, nil, err
	}
	t := &timeline.Timeline{Title: idx.Title, Description: idx.Description}
	perArticle := make([][]timeline.Event, len(arts))
	for i, a := range arts {
		t.Sources = append(t.Sources, a.Source)
		perArticle[i] = a.Events
	}
	t.Events = events.Merge(perArticle)
	if t.Events == nil {
		t.Events = []timeline.Event{}
	}
	if t.Title == "" {
		t.Title = t.Sources[0].Title
	}
	if t.Title == "" {
		t.Title = filepath.Base(storyDir)
	}
	return t, keys, nil
}

// sourceID is the stable id of an article: its file name as a slug,
// numbered when two names give the same slug.
func sourceID(name string, used map[string]bool) string {
	base := timeline.Slug(strings.TrimSuffix(name, filepath.Ext(name)), 0)
	if base == "" {
		base = "source"
	}
	id := base
	for n := 2; used[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	used[id] = true
	return id
}

// index is what a story's _index.md front matter says about it.
type index struct {
	Title       string `yaml:"title" json:"title"`
	Description string `yaml:"description" json:"description"`
}

// readIndex reads the title and description from _index.md front matter
// in YAML (---), TOML (+++) or JSON ({...}), as Hugo allows.
func readIndex(storyDir string) (index, error) {
	var idx index
	path := filepath.Join(storyDir, IndexFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return idx, nil
	}
	if err != nil {
		return idx, err
	}
	text := strings.ReplaceAll(strings.TrimPrefix(string(data), "\ufeff"), "\r\n", "\n")
	bad := func(err error) (index, error) {
		return index{}, fmt.Errorf("%s: the front matter cannot be read: %v", path, err)
	}
	switch {
	case strings.HasPrefix(text, "---\n"):
		fm, _, _ := strings.Cut(text[4:], "\n---")
		if err := yaml.Unmarshal([]byte(fm), &idx); err != nil {
			return bad(err)
		}
	case strings.HasPrefix(text, "+++\n"):
		fm, _, _ := strings.Cut(text[4:], "\n+++")
		for _, line := range strings.Split(fm, "\n") {
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				continue
			}
			var s string
			if err := json.Unmarshal([]byte(strings.TrimSpace(v)), &s); err != nil {
				s = strings.Trim(strings.TrimSpace(v), `'`) // TOML literal string
			}
			switch strings.TrimSpace(k) {
			case "title":
				idx.Title = s
			case "description":
				idx.Description = s
			}
		}
	case strings.HasPrefix(text, "{"):
		if err := json.NewDecoder(strings.NewReader(text)).Decode(&idx); err != nil {
			return bad(err)
		}
	}
	return idx, nil
}

// state is what was extracted last: a hash of everything extraction
// reads, and each source file's own hash (to say which changed).
type state struct {
	Engine  string            `json:"engine"`
	Hash    string            `json:"hash"`
	Sources map[string]string `json:"sources"`
}

func fingerprint(storyDir string, names []string, idx index) (state, error) {
	st := state{Engine: engine(), Sources: map[string]string{}}
	all := sha256.New()
	fmt.Fprintf(all, "chronicle extract %s\x00%s\x00%s\x00", st.Engine, idx.Title, idx.Description)
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(storyDir, SourcesDir, name))
		if err != nil {
			return st, err
		}
		sum := sha256.Sum256(data)
		st.Sources[name] = hex.EncodeToString(sum[:])
		fmt.Fprintf(all, "%s\x00%x\x00", name, sum)
	}
	st.Hash = hex.EncodeToString(all.Sum(nil))
	return st, nil
}

// sameAs reports whether the state saved at path is this one.
func (st state) sameAs(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var old state
	return json.Unmarshal(data, &old) == nil && old.Hash == st.Hash
}

// baseFile holds the machine's last output, the base of the next merge:
// JSON, as no person reads it and large stories read it much faster.
const baseFile = "extracted.json"

// readBase reads the machine's last output, or nil.
func readBase(stateDir string) *timeline.Timeline {
	data, err := os.ReadFile(filepath.Join(stateDir, baseFile))
	if err != nil {
		return nil
	}
	var t timeline.Timeline
	if json.Unmarshal(data, &t) != nil {
		return nil
	}
	return &t
}

// save records the extraction: the machine's output first (the next
// merge's base), then the state that says it is current.
func (st state) save(dir string, extracted *timeline.Timeline) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	data, err := json.Marshal(extracted)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(filepath.Join(dir, baseFile), data); err != nil {
		return err
	}
	data, err = json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, "state.json"), append(data, '\n'))
}

func isDir(p string) bool  { fi, err := os.Stat(p); return err == nil && fi.IsDir() }
func isFile(p string) bool { fi, err := os.Stat(p); return err == nil && fi.Mode().IsRegular() }
