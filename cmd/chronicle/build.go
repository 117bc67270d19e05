package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/timeline/extract"
	"github.com/chronicle-news/chronicle/timeline/publish"
)

var buildFlags struct {
	dest  string
	force bool
}

var buildCmd = &cobra.Command{
	Use:   "build",
	Short: "Extract the stories whose sources changed, then render the site to public/",
	Long: `Build brings every content/<story>/timeline.yaml up to date with its
sources/ (keeping people's edits), then renders the site with the embedded
theme (or the site's own) into public/, or the folder -d names.

The output folder is replaced whole, so it never holds a half-built or stale
site; a folder that chronicle did not write is never replaced.`,
	Example: `  chronicle build
  chronicle build -s mysite -d /var/www/timelines`,
	Args: cobra.NoArgs,
	RunE: runBuild,
}

func init() {
	buildCmd.Flags().StringVarP(&buildFlags.dest, "destination", "d", "", "the output folder (default: the site's publishDir, public/)")
	buildCmd.Flags().BoolVar(&buildFlags.force, "force", false, "extract every story again, even when its sources did not change")
	rootCmd.AddCommand(buildCmd)
}

func runBuild(cmd *cobra.Command, _ []string) error {
	dir, err := siteDir()
	if err != nil {
		return err
	}
	start := time.Now()
	eo, clear := withProgress(cmd, extract.Options{Force: buildFlags.force})
	rep, err := buildSite(dir, eo, clear, publish.Options{Dest: buildFlags.dest}, cmd.OutOrStdout(), cmd.ErrOrStderr())
	if err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "built %s into %s in %s\n", summary(rep), relTo(dir, rep.Dest), time.Since(start).Round(time.Millisecond))
	return nil
}

// buildSite extracts the stories whose sources changed, then publishes the
// site, saying what it extracted on out and Hugo's and resolution's
// warnings on errOut. eo.Progress shows the extraction as it goes (see
// withProgress); clear, when not nil, takes that off the screen before
// anything else is printed.
func buildSite(dir string, eo extract.Options, clear func(), po publish.Options, out, errOut io.Writer) (publish.Report, error) {
	results, err := extract.Site(dir, eo)
	if clear != nil {
		clear()
	}
	if err != nil {
		return publish.Report{}, err
	}
	for _, r := range results {
		if r.Changed {
			fmt.Fprintf(out, "extracted %s\n", relTo(dir, r.File))
		}
	}
	po.Log = errOut
	rep, err := publish.Build(dir, po)
	if err != nil {
		return rep, err
	}
	for _, s := range rep.Stories {
		for _, w := range s.Warnings {
			fmt.Fprintf(errOut, "%s: warning: %s (events: %s)\n", s.Name, w.Msg, strings.Join(w.Events, ", "))
		}
	}
	return rep, nil
}

// summary says what a build holds: "1 story, 4 events, 3 pages".
func summary(r publish.Report) string {
	return plural(len(r.Stories), "story", "stories") + ", " + plural(r.Events(), "event", "events") + ", " + plural(r.Pages, "page", "pages")
}

// relTo shows name relative to the site folder when it is inside it.
func relTo(dir, name string) string {
	if rel, err := filepath.Rel(dir, name); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return name
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
