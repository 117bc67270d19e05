package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/internal/progress"
	"github.com/chronicle-news/chronicle/timeline/extract"
)

var extractForce bool

var extractCmd = &cobra.Command{
	Use:   "extract [STORY...]",
	Short: "Extract the timeline of each story whose sources changed, keeping people's edits",
	Long: `Extract reads the articles in content/<story>/sources/, finds their dated
events and writes content/<story>/timeline.yaml. A story is extracted again
only when its sources changed (or its timeline.yaml is missing), and then only
the articles that changed are read again, on all cores. A progress bar is
shown on stderr when it is a terminal.

An article that cannot be read is reported with its file name; the others
are still extracted (and kept for the next run), but timeline.yaml is not
written until every article reads: fix or remove the ones named.

Edits made to timeline.yaml always win: a field a person changed keeps the
person's value, deleted events stay deleted, added events and comments stay,
and new findings are added beside them. If timeline.yaml is invalid, every
problem is reported and nothing is written.

With no STORY, every story of the site is extracted.`,
	Example: `  chronicle extract
  chronicle extract isis-k
  chronicle extract -s mysite --force`,
	RunE: runExtract,
}

func init() {
	extractCmd.Flags().BoolVar(&extractForce, "force", false, "extract even when the sources have not changed, reading every article again")
	rootCmd.AddCommand(extractCmd)
}

func runExtract(cmd *cobra.Command, args []string) error {
	dir, err := siteDir()
	if err != nil {
		return err
	}
	opts, clear := withProgress(cmd, extract.Options{Force: extractForce})
	out := cmd.OutOrStdout()
	if len(args) == 0 {
		results, err := extract.Site(dir, opts)
		clear()
		for _, r := range results {
			printResult(out, r)
		}
		if len(results) == 0 && err == nil {
			fmt.Fprintln(out, "no stories with a sources/ folder under content/")
		}
		return err
	}
	dirs, err := storyDirs(dir, args)
	if err != nil {
		return err
	}
	var errs []error
	for _, d := range dirs {
		r, err := extract.Story(d, opts)
		clear()
		if err != nil {
			errs = append(errs, err)
			continue
		}
		printResult(out, r)
	}
	return errors.Join(errs...)
}

// withProgress shows the articles being extracted as a bar on stderr
// when it is a terminal; clear takes the bar away before other output.
func withProgress(cmd *cobra.Command, opts extract.Options) (_ extract.Options, clear func()) {
	bar := progress.New(cmd.ErrOrStderr())
	opts.Progress = bar.Set
	return opts, bar.Clear
}

// printResult says what extraction did to a story:
// "isis-k: 4 events (4 new)" or "isis-k: unchanged".
func printResult(w io.Writer, r extract.Result) {
	if !r.Extracted {
		fmt.Fprintf(w, "%s: unchanged\n", r.Story)
		return
	}
	var what []string
	for _, c := range []struct {
		n    int
		what string
	}{{r.New, "new"}, {r.Removed, "no longer found"}, {r.Edited, "with your edits kept"}} {
		if c.n > 0 {
			what = append(what, fmt.Sprintf("%d %s", c.n, c.what))
		}
	}
	if len(what) == 0 {
		what = []string{"nothing new"}
	}
	fmt.Fprintf(w, "%s: %s (%s)\n", r.Story, plural(len(r.Timeline.Events), "event", "events"), strings.Join(what, ", "))
}

// storyDirs turns story names (or paths to story folders) into folders,
// with an error naming the stories there are when one is not found.
func storyDirs(site string, names []string) ([]string, error) {
	var dirs []string
	for _, name := range names {
		d := filepath.Join(site, "content", name)
		if fi, err := os.Stat(name); strings.ContainsRune(name, filepath.Separator) && err == nil && fi.IsDir() {
			d = name
		}
		if fi, err := os.Stat(d); err != nil || !fi.IsDir() {
			have, _ := extract.Stories(site)
			return nil, fmt.Errorf("no story %q: %s is not a folder; the stories are: %s",
				name, d, strings.Join(have, ", "))
		}
		dirs = append(dirs, d)
	}
	return dirs, nil
}
