package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline/temporal"
	"github.com/spf13/cobra"
)

var tagFlags struct {
	dct      string
	format   string
	manifest string
}

var tagCmd = &cobra.Command{
	Use:   "tag [FILE...]",
	Short: "Find and normalize the time expressions of texts (the temporal engine alone)",
	Long: `Tag prints the time expressions of each FILE (standard input when none),
normalized to TIMEX3 values against the document creation time (DCT).

--format jsonl (the default) prints one JSON object per expression:
  {"start":S,"end":E,"text":"...","type":"DATE","value":"2013-03-22","mod":"START"}
with UTF-8 byte offsets (end exclusive); with several files each line also has
"doc", the file name without its extension. --format timeml prints each text
with TIMEX3 tags and the DCT, as HeidelTime does.

Without --dct, the DCT is the byline or first full date of each text, and
stderr says which it was.

--manifest tags every document of a manifest (JSON lines of doc, dct and
path relative to the manifest, as the evaluation's "prepare" writes it), each
with its own DCT, in one process.`,
	Example: `  chronicle tag --dct 2013-03-22 article.txt
  chronicle tag --format timeml < article.txt
  chronicle tag --manifest prepared/manifest.jsonl > system.jsonl`,
	RunE: runTag,
}

func init() {
	tagCmd.Flags().StringVar(&tagFlags.dct, "dct", "", "document creation time: 2013-03-22, 2013-03-22T15:52 or RFC 3339")
	tagCmd.Flags().StringVar(&tagFlags.format, "format", "jsonl", "output format: jsonl or timeml")
	tagCmd.Flags().StringVar(&tagFlags.manifest, "manifest", "", "a JSONL manifest of documents (doc, dct, path) to tag")
	rootCmd.AddCommand(tagCmd)
}

func runTag(cmd *cobra.Command, args []string) error {
	if tagFlags.format != "jsonl" && tagFlags.format != "timeml" {
		return fmt.Errorf("--format must be jsonl or timeml, not %q", tagFlags.format)
	}
	var dct time.Time
	if tagFlags.dct != "" {
		var err error
		if dct, err = parseDCT(tagFlags.dct); err != nil {
			// "--dct {dct} FILE" with an empty DCT leaves --dct the file name
			if _, serr := os.Stat(tagFlags.dct); serr != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "chronicle tag: --dct %s is a file, not a date: tagging it as if --dct were not given\n", tagFlags.dct)
			args = append([]string{tagFlags.dct}, args...)
		}
	}
	out := bufio.NewWriter(cmd.OutOrStdout())
	err := tagAll(out, cmd, args, dct)
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return err
}

// tagAll tags the manifest, the files or standard input.
func tagAll(out *bufio.Writer, cmd *cobra.Command, args []string, dct time.Time) error {
	if tagFlags.manifest != "" {
		return tagManifest(out, cmd.ErrOrStderr(), tagFlags.manifest, dct)
	}
	if len(args) == 0 {
		text, err := io.ReadAll(cmd.InOrStdin())
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		return tagText(out, cmd.ErrOrStderr(), "stdin", "", string(text), dct)
	}
	for _, name := range args {
		text, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		doc := ""
		if len(args) > 1 {
			doc = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
		}
		if err := tagText(out, cmd.ErrOrStderr(), name, doc, string(text), dct); err != nil {
			return err
		}
	}
	return nil
}

// tagManifest tags each document of a manifest with its own DCT (the
// --dct flag, when given, stands in for documents without one).
func tagManifest(out *bufio.Writer, stderr io.Writer, manifest string, dct time.Time) error {
	data, err := os.ReadFile(manifest)
	if err != nil {
		return err
	}
	dir := filepath.Dir(manifest)
	for n, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var m struct{ Doc, DCT, Path string }
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			return fmt.Errorf("%s:%d: %v (want {\"doc\", \"dct\", \"path\"})", manifest, n+1, err)
		}
		docDCT := dct
		if m.DCT != "" {
			if docDCT, err = parseDCT(m.DCT); err != nil {
				return fmt.Errorf("%s:%d: %v", manifest, n+1, err)
			}
		}
		path := m.Path
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := tagText(out, stderr, path, m.Doc, string(text), docDCT); err != nil {
			return err
		}
	}
	return nil
}

// parseDCT accepts a date, a date and time, or RFC 3339.
func parseDCT(s string) (time.Time, error) {
	for _, layout := range []string{time.DateOnly, "2006-01-02T15:04", "2006-01-02T15:04:05", time.RFC3339, "2006-01-02T15:04Z07:00"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--dct %q: want a date like 2013-03-22 or 2013-03-22T15:52[-05:00]", s)
}

// jsonExpr is one line of the JSONL output.
type jsonExpr struct {
	Doc   string `json:"doc,omitempty"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

func tagText(w *bufio.Writer, stderr io.Writer, name, doc, text string, dct time.Time) error {
	if dct.IsZero() {
		if found, ok := temporal.FindDCT(text); ok {
			dct = found
			fmt.Fprintf(stderr, "chronicle tag: %s: no --dct, using %s from the text\n", name, found.Format("2006-01-02T15:04Z07:00"))
		} else {
			fmt.Fprintf(stderr, "chronicle tag: %s: no --dct and no date in the text: relative expressions stay unresolved\n", name)
		}
	}
	exprs := temporal.Tag(text, dct)
	if tagFlags.format == "timeml" {
		return writeTimeML(w, text, dct, exprs)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range exprs {
		if err := enc.Encode(jsonExpr{doc, e.Start, e.End, e.Text, string(e.Type), e.Value, e.Mod}); err != nil {
			return err
		}
	}
	return nil
}

// writeTimeML writes the text with TIMEX3 tags, after the DCT, as HeidelTime does.
func writeTimeML(w *bufio.Writer, text string, dct time.Time, exprs []temporal.Expr) error {
	w.WriteString("<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n")
	if !dct.IsZero() {
		v := dct.Format(time.DateOnly)
		fmt.Fprintf(w, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n", v, v)
	}
	w.WriteString("<TEXT>")
	pos := 0
	for i, e := range exprs {
		w.WriteString(html.EscapeString(text[pos:e.Start]))
		fmt.Fprintf(w, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"%s\"", i+1, e.Type, html.EscapeString(e.Value))
		if e.Mod != "" {
			fmt.Fprintf(w, " mod=\"%s\"", e.Mod)
		}
		if e.Anchor == temporal.AnchorExpr && e.AnchorExpr >= 0 {
			fmt.Fprintf(w, " anchorTimeID=\"t%d\"", e.AnchorExpr+1)
		} else if e.Anchor == temporal.AnchorDCT {
			w.WriteString(" anchorTimeID=\"t0\"")
		}
		fmt.Fprintf(w, ">%s</TIMEX3>", html.EscapeString(e.Text))
		pos = e.End
	}
	w.WriteString(html.EscapeString(text[pos:]))
	_, err := w.WriteString("</TEXT>\n</TimeML>\n")
	return err
}
