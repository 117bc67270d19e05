package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"gopkg.in/yaml.v3"

	"github.com/chronicle-news/chronicle/internal/atomicfile"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/extract"
	"github.com/chronicle-news/chronicle/timeline/ingest"
)

var newTitle string

var newCmd = &cobra.Command{
	Use:   "new",
	Short: "Create a new site or a new story",
	Long: `New creates what a site or a story needs, and nothing that is already there.

  chronicle new site DIR       DIR/config.yaml, DIR/content/ and a .gitignore
  chronicle new story NAME     content/NAME/_index.md and content/NAME/sources/`,
}

var newSiteCmd = &cobra.Command{
	Use:     "site DIR",
	Short:   "Create a new site in DIR",
	Example: `  chronicle new site newsroom --title "Newsroom timelines"`,
	Args:    exactArgs("the folder of the new site", 1),
	RunE:    runNewSite,
}

var newStoryCmd = &cobra.Command{
	Use:   "story NAME",
	Short: "Create a new story in the site",
	Long: `New story creates content/NAME/ with its _index.md (the story's title and
description, which you may edit) and an empty sources/ folder for its articles.
NAME becomes the story's address, so it is lower case words joined by
hyphens: moscow-attack.`,
	Example: `  chronicle new story moscow-attack --title "The Crocus City Hall attack"
  chronicle new story moscow-attack -s newsroom`,
	Args: exactArgs("the story's name, e.g. moscow-attack", 1),
	RunE: runNewStory,
}

func init() {
	for _, c := range []*cobra.Command{newSiteCmd, newStoryCmd} {
		c.Flags().StringVar(&newTitle, "title", "", "the title (default: from the name)")
		newCmd.AddCommand(c)
	}
	rootCmd.AddCommand(newCmd)
}

// exactArgs is cobra.ExactArgs with an error that says what is missing.
func exactArgs(what string, n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return fmt.Errorf("%s takes %s (got %d arguments); see %s --help", cmd.CommandPath(), what, len(args), cmd.CommandPath())
		}
		return nil
	}
}

func runNewSite(cmd *cobra.Command, args []string) error {
	dir := args[0]
	config := filepath.Join(dir, configFile)
	if _, err := os.Stat(config); err == nil {
		return fmt.Errorf("%s is already a site (it has %s); add a story to it with: chronicle new story NAME -s %s", dir, configFile, dir)
	}
	title := newTitle
	if title == "" {
		title = ingest.TitleFromName(filepath.Base(absOr(dir)))
	}
	head, err := yaml.Marshal(struct {
		Title   string            `yaml:"title"`
		BaseURL string            `yaml:"baseURL"`
		Locale  string            `yaml:"locale"`
		Params  map[string]string `yaml:"params"`
	}{title, "https://example.org/", "en", map[string]string{"description": "Dated, sourced timelines of the news."}})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		return err
	}
	gitignore := filepath.Join(dir, ".gitignore")
	if _, err := os.Stat(gitignore); errors.Is(err, fs.ErrNotExist) {
		if err := atomicfile.Write(gitignore, []byte("/public/\n.chronicle/\n")); err != nil {
			return err
		}
	}
	comment := "# The site's settings. Chronicle reads this file; Hugo does too, so any\n# Hugo setting may be added. Set baseURL to where the site will be published.\n"
	if err := atomicfile.Write(config, append([]byte(comment), head...)); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "created site %s\nnext: chronicle new story NAME -s %s\n", dir, dir)
	return nil
}

func runNewStory(cmd *cobra.Command, args []string) error {
	site, err := siteRoot()
	if err != nil {
		return err
	}
	name := args[0]
	if !timeline.ValidID(name) {
		msg := fmt.Sprintf("%q cannot be a story name: use lower case letters, digits and hyphens", name)
		if s := timeline.Slug(name, 8); s != "" {
			msg += fmt.Sprintf(", e.g. chronicle new story %s --title %q", s, name)
		}
		return errors.New(msg)
	}
	dir := filepath.Join(site, "content", name)
	if _, err := os.Stat(dir); err == nil {
		return fmt.Errorf("content/%s already exists; add articles to it with: chronicle add FILE|URL --story %s", name, name)
	}
	title := newTitle
	if title == "" {
		title = ingest.TitleFromName(name)
	}
	head, err := yaml.Marshal(struct {
		Title       string `yaml:"title"`
		Description string `yaml:"description"`
	}{title, ""})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, extract.SourcesDir), 0o755); err != nil {
		return err
	}
	index := append(append([]byte("---\n"), head...), "---\n"...)
	if err := atomicfile.Write(filepath.Join(dir, extract.IndexFile), index); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "created story content/%s/\nnext: chronicle add FILE|URL --story %s\n", name, name)
	return nil
}

const configFile = "config.yaml"

// siteRoot is the site folder, checked to be one.
func siteRoot() (string, error) {
	dir, err := siteDir()
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(dir, configFile)); errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%s is not a Chronicle site (it has no %s): name the site with -s DIR, or create one with: chronicle new site DIR", dir, configFile)
	}
	return dir, nil
}

func absOr(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		return abs
	}
	return dir
}
