// Command chronicle turns news articles into a dated, sourced timeline
// (YAML) and publishes it as a static site rendered in-process by Hugo.
//
// Each subcommand lives in a file of its own and registers itself with
// the root command in an init function.
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// sourceDir is the site folder every command works on (-s, as in hugo).
var sourceDir string

var rootCmd = &cobra.Command{
	Use:           "chronicle",
	Short:         "Turn news articles into a dated, sourced timeline and publish it as a site",
	SilenceUsage:  true,
	SilenceErrors: true,
}

func init() {
	rootCmd.PersistentFlags().StringVarP(&sourceDir, "source", "s", ".", "the site folder (holding config.yaml and content/)")
}

// siteDir returns the absolute site folder.
func siteDir() (string, error) {
	return filepath.Abs(sourceDir)
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "chronicle:", err)
		os.Exit(1)
	}
}
