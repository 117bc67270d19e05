// Package themes holds Chronicle's default Hugo theme, embedded so the
// binary can publish a site from any folder. A site's own themes/chronicle
// or layouts/ files override it file by file.
package themes

import "embed"

// FS holds the theme as chronicle/...
//
//go:embed all:chronicle
var FS embed.FS

// Default is the name of the embedded theme.
const Default = "chronicle"
