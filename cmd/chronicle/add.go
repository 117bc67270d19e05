package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/atomicfile"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/extract"
	"github.com/chronicle-news/chronicle/timeline/fetch"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

var addFlags struct {
	story, date, title string
	force              bool
	timeout            time.Duration
}

// now is when a download happens; tests fix it.
var now = time.Now

var addCmd = &cobra.Command{
	Use:   "add FILE|URL... [--story NAME]",
	Short: "Import articles (saved pages, text, Markdown or web addresses) into a story",
	Long: `Add imports each article into content/<story>/sources/ as Markdown with front
matter (title, date = the publication time, url, author, publisher,
retrieved), ready for chronicle extract and build.

An article may be a web address (downloaded with a time and size limit), a
saved web page (.html, .htm), plain text or Markdown, in UTF-8, UTF-16 or a
legacy encoding such as windows-1252. From a web page only the article is
kept: navigation, ads, related stories, banners, scripts and styles are
dropped. Nothing in the article can become markup or script on the site.

The publication time comes from the page's metadata, else from a byline in
the text; when neither says, give it with --date. An article that fails is
named with the reason, the others are still added, and the exit status is
non-zero. Files are written whole or not at all.`,
	Example: `  chronicle add https://example.org/news/fire --story harbor-fire
  chronicle add saved-page.html notes.txt --story harbor-fire
  chronicle add article.txt --story harbor-fire --date 2024-03-24T15:52:00-05:00`,
	Args: func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return errors.New("add needs at least one file or web address; see chronicle add --help")
		}
		return nil
	},
	RunE: runAdd,
}

func init() {
	f := addCmd.Flags()
	f.StringVar(&addFlags.story, "story", "", "the story to add to (default: the site's only story)")
	f.StringVar(&addFlags.date, "date", "", "the publication time, when the article does not say or says wrong: 2024-03-24 or 2024-03-24T15:52:00-05:00")
	f.StringVar(&addFlags.title, "title", "", "the article's title, instead of the one found")
	f.BoolVar(&addFlags.force, "force", false, "replace an article already in sources/ under the same name")
	f.DurationVar(&addFlags.timeout, "timeout", time.Minute, "the longest a download may take")
	rootCmd.AddCommand(addCmd)
}

func runAdd(cmd *cobra.Command, args []string) error {
	site, err := siteRoot()
	if err != nil {
		return err
	}
	story, err := addStory(site, addFlags.story)
	if err != nil {
		return err
	}
	var date time.Time
	if addFlags.date != "" {
		var ok bool
		if date, ok = ingest.ParseTime(addFlags.date); !ok {
			return fmt.Errorf("--date %q is not a date; write it as 2024-03-24 or 2024-03-24T15:52:00-05:00", addFlags.date)
		}
	}
	sources := filepath.Join(site, "content", story, extract.SourcesDir)
	if err := os.MkdirAll(sources, 0o755); err != nil {
		return err
	}
	var errs []error
	for _, arg := range args {
		d, err := readArticle(cmd, arg)
		if err == nil {
			err = addArticle(cmd, site, sources, d, date)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// addStory is the story to add to: the one named, which must exist, or
// the site's only story.
func addStory(site, name string) (string, error) {
	stories, err := extract.Stories(site)
	if err != nil {
		return "", err
	}
	if name == "" {
		if len(stories) == 1 {
			return stories[0], nil
		}
		if len(stories) == 0 {
			return "", errors.New("the site has no story yet; create one with: chronicle new story NAME")
		}
		return "", fmt.Errorf("say which story to add to with --story NAME; the stories are: %s", strings.Join(stories, ", "))
	}
	fi, err := os.Stat(filepath.Join(site, "content", name))
	if inside := name == filepath.Base(name) && name != ".." && name != "."; !inside || err != nil || !fi.IsDir() {
		have := "none yet"
		if len(stories) > 0 {
			have = strings.Join(stories, ", ")
		}
		return "", fmt.Errorf("no story %q (the stories are: %s); create it with: chronicle new story %s", name, have, name)
	}
	return name, nil
}

// readArticle downloads or reads one article.
func readArticle(cmd *cobra.Command, arg string) (*ingest.Document, error) {
	if isURL(arg) {
		fmt.Fprintf(cmd.ErrOrStderr(), "downloading %s\n", arg)
		page, err := fetch.Get(cmd.Context(), arg, fetch.Options{Timeout: addFlags.timeout})
		if err != nil {
			return nil, err
		}
		d, err := ingest.Read(ingest.Input{Name: arg, Data: page.Body, ContentType: page.ContentType, URL: page.URL})
		if err != nil {
			return nil, err
		}
		d.Retrieved = now().UTC().Truncate(time.Second)
		return d, nil
	}
	fi, err := os.Stat(arg)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file; give the path of a saved article, or a web address starting with https://", arg)
		}
		return nil, err
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s is a folder; give the article files in it (e.g. %s)", arg, filepath.Join(arg, "*.html"))
	}
	d, err := ingest.ReadFile(arg)
	if err != nil {
		return nil, err
	}
	if d.Retrieved.IsZero() {
		d.Retrieved = fi.ModTime().UTC().Truncate(time.Second) // when the page was saved
	}
	return d, nil
}

func isURL(arg string) bool {
	scheme, rest, ok := strings.Cut(arg, "://")
	return ok && rest != "" && !strings.ContainsAny(scheme, `/\.`)
}

// addArticle writes d into sources/ as Markdown, named by its date and title.
func addArticle(cmd *cobra.Command, site, sources string, d *ingest.Document, date time.Time) error {
	if addFlags.title != "" {
		d.Title = addFlags.title
	}
	if !date.IsZero() {
		d.Published = date
	}
	if d.Published.IsZero() {
		return fmt.Errorf("%s: no publication date found (neither in the page's metadata nor in a byline); give it with --date, e.g. --date 2024-03-24 or --date 2024-03-24T15:52:00-05:00", d.Name)
	}
	name := d.Published.Format("2006-01-02")
	if slug := timeline.Slug(d.Title, 8); slug != "" {
		name += "-" + slug
	}
	file := filepath.Join(sources, name+".md")
	rel, _ := filepath.Rel(site, file)
	data := d.Markdown()
	if old, err := os.ReadFile(file); err == nil {
		switch {
		case bytes.Equal(old, data) || sameBut(d, file, old):
			fmt.Fprintf(cmd.OutOrStdout(), "%s: unchanged\n", rel)
			return nil
		case !addFlags.force:
			return fmt.Errorf("%s: %s already exists with other content; use --force to replace it, or --title to store it under another name", d.Name, rel)
		}
	}
	if err := atomicfile.Write(file, data); err != nil {
		return fmt.Errorf("%s: %v", d.Name, err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "added %s: %q, published %s, %s\n", filepath.ToSlash(rel), d.Title,
		d.Published.Format("2006-01-02 15:04 MST"), plural(len(d.Body), "paragraph", "paragraphs"))
	return nil
}

// sameBut reports whether the article stored in file says what d says,
// only retrieved at another time.
func sameBut(d *ingest.Document, file string, stored []byte) bool {
	old, err := ingest.Parse(file, stored)
	if err != nil || old.Retrieved.IsZero() {
		return false
	}
	again := *d
	again.Retrieved = old.Retrieved
	return bytes.Equal(again.Markdown(), stored)
}
