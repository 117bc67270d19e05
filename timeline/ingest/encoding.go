package ingest

import (
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// Saved web pages and old text files come in many encodings. decode turns
// an article's bytes into UTF-8 text, in this order of trust: a byte order
// mark; UTF-16 recognized by its zero bytes (text has none otherwise);
// valid UTF-8 (a legacy encoding almost never is, and pages often declare
// the wrong charset); the charset the server or the page declares;
// windows-1252, which browsers also use for pages labelled ISO-8859-1 and
// which decodes every byte.
// declared is the Content-Type the article was served with, if any.
func decode(name string, data []byte, declared string, isHTML bool) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("%s: the file is empty; paste the article's text into it", name)
	}
	enc := bomEncoding(data)
	if enc == nil {
		enc = guessEncoding(data, declared, isHTML)
	}
	if enc == nil {
		return "", binaryError(name, data)
	}
	text := data
	if enc != encoding.Nop {
		var err error
		if text, err = enc.NewDecoder().Bytes(data); err != nil {
			return "", binaryError(name, data)
		}
	}
	text = bytes.TrimPrefix(text, []byte("\ufeff"))
	if !utf8.Valid(text) { // stray bytes after a UTF-8 byte order mark
		text = bytes.ToValidUTF8(text, []byte("\ufffd"))
	}
	if !mostlyText(text) {
		return "", binaryError(name, data)
	}
	// Windows and classic Mac OS line ends become newlines.
	return strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(string(text)), nil
}

// guessEncoding picks the encoding of data without a byte order mark; nil
// when data has zero bytes and is not UTF-16, so it is not text at all.
func guessEncoding(data []byte, declared string, isHTML bool) encoding.Encoding {
	switch {
	case bytes.IndexByte(data, 0) >= 0:
		return utf16Guess(data)
	case utf8.Valid(data):
		return encoding.Nop
	}
	// A page said to be UTF-8 that is not was saved in a legacy encoding.
	if e := declaredCharset(declared, data, isHTML); e != nil && e != unicode.UTF8 {
		return e
	}
	return charmap.Windows1252
}

var boms = []struct {
	mark []byte
	enc  encoding.Encoding
}{
	{[]byte{0xEF, 0xBB, 0xBF}, encoding.Nop}, // the mark itself is trimmed after decoding
	{[]byte{0xFF, 0xFE}, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)},
	{[]byte{0xFE, 0xFF}, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)},
}

func bomEncoding(data []byte) encoding.Encoding {
	for _, b := range boms {
		if bytes.HasPrefix(data, b.mark) {
			return b.enc
		}
	}
	return nil
}

// reMetaCharset finds <meta charset="..."> and the charset in
// <meta http-equiv="Content-Type" content="text/html; charset=...">.
var reMetaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// declaredCharset is the encoding named by the Content-Type the article
// was served with or, for HTML, by a <meta> in the page's first bytes
// (where the HTML standard says to look).
func declaredCharset(contentType string, data []byte, isHTML bool) encoding.Encoding {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		if e, err := htmlindex.Get(params["charset"]); err == nil {
			return e
		}
	}
	if !isHTML {
		return nil
	}
	head := data[:min(len(data), 4096)]
	if m := reMetaCharset.FindSubmatch(head); m != nil {
		if e, err := htmlindex.Get(string(m[1])); err == nil {
			return e
		}
	}
	return nil
}

// utf16Guess recognizes UTF-16 saved without a byte order mark: text in
// a Latin script has a zero in every other byte, always the same half.
func utf16Guess(data []byte) encoding.Encoding {
	var zeros [2]int
	for i, b := range data {
		if b == 0 {
			zeros[i%2]++
		}
	}
	pairs := len(data) / 2
	switch {
	case zeros[0] == 0 && zeros[1] > pairs/2:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case zeros[1] == 0 && zeros[0] > pairs/2:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// mostlyText reports whether decoded text reads as text: no NUL, and
// control characters other than layout (tab, newline, form feed) are rare.
func mostlyText(text []byte) bool {
	if bytes.IndexByte(text, 0) >= 0 {
		return false
	}
	controls, runes := 0, 0
	for _, r := range string(text) {
		runes++
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r >= 0x7F && r <= 0x9F || r == utf8.RuneError {
			controls++
		}
	}
	return controls*100 <= runes
}

// binaryError names what the file seems to be, so the user knows what to
// convert it from.
func binaryError(name string, data []byte) error {
	kind := http.DetectContentType(data)
	kind, _, _ = strings.Cut(kind, ";")
	what := "a binary file"
	switch {
	case kind == "application/pdf":
		what = "a PDF file"
	case strings.HasPrefix(kind, "image/"):
		what = "an image (" + kind + ")"
	case kind == "application/zip":
		what = "a ZIP archive (a .docx or .epub is one)"
	case kind == "application/x-gzip":
		what = "a gzip archive"
	}
	return fmt.Errorf("%s: this is %s, not text; save the article as a web page (.html), plain text (.txt) or Markdown (.md), or copy its text into a .txt file", name, what)
}
