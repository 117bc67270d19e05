package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/export"
	"github.com/chronicle-news/chronicle/timeline/extract"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

var exportFormat string

var exportCmd = &cobra.Command{
	Use:   "export STORY",
	Short: "Print a story's resolved timeline to stdout (" + formatNames() + ")",
	Long: `Export prints the resolved timeline of a story, events in display order.
The story is extracted first when its sources changed or it has no
timeline.yaml yet, as chronicle build does.

  json        every event with its earliest and latest day, label, anchor,
              evidence and derivation
  timelinejs  TimelineJS JSON (timeline.knightlab.com); an event known only by
              bounds is placed at its bound in the group "Date unknown", one
              with no bound at all is named on the title slide instead
  ics         iCalendar: an all-day (or, dated to the minute, timed) event for
              each event whose date is known; events known only by bounds are
              left out, as a calendar would show them on a made-up day
  csv         one row per event; a cell a spreadsheet would run as a formula
              starts with an apostrophe`,
	Example: `  chronicle export isis-k --format json > isis-k.json
  chronicle export isis-k --format ics > isis-k.ics
  chronicle export isis-k -f timelinejs > isis-k.timelinejs.json`,
	Args: cobra.ExactArgs(1),
	RunE: runExport,
}

func init() {
	exportCmd.Flags().StringVarP(&exportFormat, "format", "f", "json", "the output format: "+formatNames())
	rootCmd.AddCommand(exportCmd)
}

func formatNames() string {
	var names []string
	for _, f := range export.Formats() {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

func runExport(cmd *cobra.Command, args []string) error {
	f, err := export.Lookup(exportFormat)
	if err != nil {
		return err
	}
	dir, err := siteDir()
	if err != nil {
		return err
	}
	dirs, err := storyDirs(dir, args)
	if err != nil {
		return err
	}
	story := dirs[0]
	var tl *timeline.Timeline
	if fi, err := os.Stat(filepath.Join(story, extract.SourcesDir)); err == nil && fi.IsDir() {
		opts, clear := withProgress(cmd, extract.Options{})
		r, err := extract.Story(story, opts)
		clear()
		if err != nil {
			return err
		}
		if r.Changed {
			fmt.Fprintf(cmd.ErrOrStderr(), "extracted %s\n", shown(r.File))
		}
		tl = r.Timeline
	} else if tl, err = timeline.ReadFile(filepath.Join(story, extract.TimelineFile)); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s has neither a timeline.yaml nor a sources/ folder of articles to extract one from", story)
	} else if err != nil {
		return err
	}
	return f.Write(cmd.OutOrStdout(), resolve.Resolve(tl))
}
