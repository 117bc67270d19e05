package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/timeline/extract"
)

var checkCmd = &cobra.Command{
	Use:   "check [STORY...]",
	Short: "Validate each story's timeline.yaml and report every problem",
	Long: `Check reads content/<story>/timeline.yaml of each story (all of them when
none is named) and reports every problem as file:line:column: message:
invalid YAML, unknown keys, dates that are not EDTF, anchors to unknown
events or in a cycle, evidence quotes that are not in their article, and
dates that contradict each other. The exit status is 1 when there is any.`,
	Example: `  chronicle check
  chronicle check isis-k`,
	RunE: runCheck,
}

func init() { rootCmd.AddCommand(checkCmd) }

func runCheck(cmd *cobra.Command, args []string) error {
	dir, err := siteDir()
	if err != nil {
		return err
	}
	if len(args) == 0 {
		if args, err = extract.Stories(dir); err != nil {
			return err
		}
	}
	dirs, err := storyDirs(dir, args)
	if err != nil {
		return err
	}
	total, bad := 0, 0
	for _, d := range dirs {
		ps, err := extract.Check(d)
		if err != nil {
			return err
		}
		for _, p := range ps {
			p.File = shown(p.File)
			fmt.Fprintln(cmd.OutOrStdout(), p)
		}
		total += len(ps)
		if len(ps) > 0 {
			bad++
		}
	}
	if total > 0 {
		return fmt.Errorf("%s in %s", plural(total, "problem", "problems"), plural(bad, "story", "stories"))
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "%s, no problems\n", plural(len(dirs), "story", "stories"))
	return nil
}

// shown writes a path relative to the current folder when it is inside it.
func shown(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	if rel, err := filepath.Rel(wd, path); err == nil && filepath.IsLocal(rel) {
		return rel
	}
	return path
}
