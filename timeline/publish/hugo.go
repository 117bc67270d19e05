package publish

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bep/logg"
	"github.com/gohugoio/hugo/common/loggers"
	"github.com/gohugoio/hugo/config"
	"github.com/gohugoio/hugo/config/allconfig"
	"github.com/gohugoio/hugo/deps"
	"github.com/gohugoio/hugo/hugofs"
	"github.com/gohugoio/hugo/hugolib"
	"github.com/spf13/afero"

	"github.com/chronicle-news/chronicle/themes"
)

// siteConfig is what Chronicle needs of the site's own Hugo settings,
// every folder absolute.
type siteConfig struct {
	dir                                        string
	contentDir, dataDir, themesDir, publishDir string
	themes                                     []string // as the site names them
	ignoreFiles                                []string
	// ownKinds is set when the site configures taxonomies or page kinds,
	// ownOutputs when it says which formats pages have.
	ownKinds, ownOutputs bool
}

// readSiteConfig reads the site's config as Hugo does, before the theme
// is in place (so a missing theme is not yet an error).
func readSiteConfig(src afero.Fs, siteDir string) (siteConfig, error) {
	flags := config.New()
	flags.Set("workingDir", siteDir)
	configs, err := loadConfig(src, flags, io.Discard, true)
	if err != nil {
		return siteConfig{}, err
	}
	b := configs.Base
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return filepath.Clean(p)
		}
		return filepath.Join(siteDir, p)
	}
	return siteConfig{
		dir:         siteDir,
		contentDir:  abs(b.ContentDir),
		dataDir:     abs(b.DataDir),
		themesDir:   abs(b.ThemesDir),
		publishDir:  abs(b.PublishDir),
		themes:      b.Theme,
		ignoreFiles: b.IgnoreFiles,
		ownKinds:    configs.LoadingInfo.Cfg.IsSet("taxonomies") || configs.LoadingInfo.Cfg.IsSet("disableKinds"),
		ownOutputs:  configs.LoadingInfo.Cfg.IsSet("outputs"),
	}, nil
}

func loadConfig(src afero.Fs, flags config.Provider, log io.Writer, ignoreMissingModules bool) (*allconfig.Configs, error) {
	configs, err := allconfig.LoadConfig(allconfig.ConfigSourceDescriptor{
		Fs:                       src,
		Flags:                    flags,
		Logger:                   newLogger(log),
		Environment:              "production",
		IgnoreModuleDoesNotExist: ignoreMissingModules,
	})
	if err != nil {
		return nil, fmt.Errorf("site config: %w", err)
	}
	return configs, nil
}

func newLogger(w io.Writer) loggers.Logger {
	return loggers.New(loggers.Options{Level: logg.LevelWarn, StdOut: orDiscard(w), StdErr: orDiscard(w)})
}

// render builds the site into dest and returns the number of pages.
func render(src afero.Fs, site siteConfig, dest string, opts Options) (int, error) {
	log := opts.Log
	flags := config.New()
	flags.Set("workingDir", site.dir)
	flags.Set("publishDir", dest)
	if opts.BaseURL != "" {
		flags.Set("baseURL", opts.BaseURL)
	}
	if len(site.themes) == 0 {
		flags.Set("theme", []string{themes.Default})
	}
	if !site.ownKinds {
		// Events are not Hugo pages, so Hugo's default tags and categories
		// would only publish empty lists.
		flags.Set("disableKinds", []string{"taxonomy", "term"})
	}
	// A story's oEmbed response is an output format of its page, at
	// <story>/oembed.json.
	flags.Set("outputFormats", map[string]any{
		"oembed": map[string]any{"mediaType": "application/json", "baseName": "oembed", "isPlainText": true, "notAlternative": true},
	})
	if !site.ownOutputs {
		flags.Set("outputs", map[string]any{"section": []string{"html", "rss", "oembed"}})
	}
	flags.Set("ignoreFiles", append(append([]string(nil), site.ignoreFiles...), ignorePattern(site.contentDir)))
	configs, err := loadConfig(src, flags, log, false)
	if err != nil {
		return 0, err
	}
	// Hugo's own logger keeps errors only when watching; this one keeps
	// them for the returned error.
	logger := loggers.New(loggers.Options{
		Level:              logg.LevelWarn,
		DistinctLevel:      logg.LevelWarn,
		StdOut:             orDiscard(log),
		StdErr:             orDiscard(log),
		StoreErrors:        true,
		SuppressStatements: configs.GetFirstLanguageConfig().IgnoredLogs(),
	})
	h, err := hugolib.NewHugoSites(deps.DepsCfg{
		Configs:    configs,
		Fs:         hugofs.NewFrom(src, configs.LoadingInfo.BaseConfig),
		TestLogger: logger,
		LogLevel:   logg.LevelWarn,
		StdOut:     orDiscard(log),
		StdErr:     orDiscard(log),
	})
	if err != nil {
		return 0, err
	}
	defer h.Close()
	if err := h.Build(hugolib.BuildCfg{NoBuildLock: true}); err != nil {
		if msg := strings.TrimSpace(logger.Errors()); msg != "" {
			return 0, fmt.Errorf("%w:\n%s", err, msg)
		}
		return 0, err
	}
	if err := copyStatic(h, dest); err != nil {
		return 0, err
	}
	return len(h.Pages()), nil
}

// copyStatic copies the static/ folders (theme and site, merged) to the
// output: hugolib leaves that to its command line.
func copyStatic(h *hugolib.HugoSites, dest string) error {
	for _, lang := range sortedKeys(h.BaseFs.SourceFilesystems.Static) {
		sfs := h.BaseFs.SourceFilesystems.Static[lang]
		to := filepath.Join(dest, sfs.PublishFolder)
		if _, err := sfs.Fs.Stat(""); errors.Is(err, fs.ErrNotExist) {
			continue // neither the site nor its themes have a static/
		}
		err := afero.Walk(sfs.Fs, "", func(name string, fi os.FileInfo, err error) error {
			if err != nil || fi.IsDir() {
				return err
			}
			b, err := afero.ReadFile(sfs.Fs, name)
			if err != nil {
				return err
			}
			out := filepath.Join(to, name)
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			return os.WriteFile(out, b, 0o644)
		})
		if err != nil {
			return fmt.Errorf("copying static files: %w", err)
		}
	}
	return nil
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}
