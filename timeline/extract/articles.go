package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/events"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

// An article is what one source file gave: its metadata and its events.
// It is cached in .chronicle/<story>/articles/<key>.json, so an article
// that did not change costs a hash on the next run.
type article struct {
	Source timeline.Source
	Events []timeline.Event
}

// articleJob is one source file to extract.
type articleJob struct {
	name, id string // the file name in sources/, its source id
	key      string // the cache key: extractor, name, id and content
}

// articleKey names the cache entry of an article: everything its
// extraction depends on, so a changed file, a renamed one or a new
// extractor never reads a stale entry.
func articleKey(name, id, contentHash string) string {
	sum := sha256.Sum256([]byte(engine() + "\x00" + name + "\x00" + id + "\x00" + contentHash))
	return hex.EncodeToString(sum[:])
}

// articles extracts every article of a story, on all cores, reading
// only those not in the cache. The results are in the order of jobs,
// whatever the scheduling. An article that cannot be read is an error
// naming it; the others are still extracted (and cached), so that every
// bad file is reported at once and the next run redoes only those.
// fresh reads every article again, the cache aside. progress, when not
// nil, is called after each article, from one goroutine.
func articles(storyDir, cacheDir string, jobs []articleJob, fresh bool, progress func(done, total int)) ([]article, error) {
	out := make([]article, len(jobs))
	errs := make([]error, len(jobs))
	todo := make(chan int)
	finished := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range todo {
				out[i], errs[i] = extractArticle(storyDir, cacheDir, jobs[i], fresh)
				finished <- i
			}
		}()
	}
	go func() {
		for i := range jobs {
			todo <- i
		}
		close(todo)
		wg.Wait()
		close(finished)
	}()
	done := 0
	for range finished {
		done++
		if progress != nil {
			progress(done, len(jobs))
		}
	}
	return out, errors.Join(errs...)
}

// extractArticle returns an article from the cache (unless fresh), or
// reads and extracts it and caches the result.
func extractArticle(storyDir, cacheDir string, j articleJob, fresh bool) (article, error) {
	cached := filepath.Join(cacheDir, j.key+".json")
	var a article
	if data, err := os.ReadFile(cached); !fresh && err == nil && json.Unmarshal(data, &a) == nil {
		return a, nil // a damaged entry is simply extracted again
	}
	a = article{}
	path := filepath.Join(storyDir, SourcesDir, j.name)
	doc, err := ingest.ReadFile(path)
	if err != nil {
		if strings.Contains(err.Error(), path) {
			return a, err // it names the file and says what to do
		}
		return a, fmt.Errorf("%s: cannot read this article: %w; fix or remove the file, then run again", path, err)
	}
	a.Source = timeline.Source{
		ID: j.id, File: SourcesDir + "/" + j.name, Title: doc.Title,
		URL: doc.URL, Author: doc.Author, Publisher: doc.Publisher,
	}
	if !doc.Published.IsZero() {
		p := doc.Published
		a.Source.Published = &p
	}
	a.Events = events.Extract(doc, j.id)
	data, err := json.Marshal(a)
	if err != nil {
		return a, err
	}
	// Read back what is cached, so a cached run gives the very same
	// timeline as this one (time zones, for one, come back as offsets).
	var back article
	if err := json.Unmarshal(data, &back); err != nil {
		return a, err
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return a, err
	}
	return back, writeCache(cached, data)
}

// writeCache writes a cache entry whole (a temporary file renamed), but
// without the sync of atomicfile: an entry lost or cut short by a crash
// does not decode and is extracted again, and a sync per article would
// cost more than the extraction on many disks.
func writeCache(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// pruneCache removes the cache entries of articles that are gone or
// changed, keeping those in keep.
func pruneCache(cacheDir string, keep map[string]bool) error {
	entries, err := os.ReadDir(cacheDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !keep[strings.TrimSuffix(e.Name(), ".json")] {
			if err := os.Remove(filepath.Join(cacheDir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}
