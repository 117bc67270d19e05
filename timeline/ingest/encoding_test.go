package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

const article = "Café owners met on “Monday” – and voted.\nThe fee rises to 120 €.\n"

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Text in the encodings that saved pages and old editors write comes out
// as the same UTF-8 text.
func TestEncodings(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name        string
		data        []byte
		contentType string
	}{
		{"utf8.txt", []byte(article), ""},
		{"utf8-bom.txt", append([]byte("\xEF\xBB\xBF"), article...), ""},
		{"crlf.txt", []byte(strings.ReplaceAll(article, "\n", "\r\n")), ""},
		{"windows-1252.txt", encode(t, charmap.Windows1252, article), ""},
		{"utf16le-bom.txt", append([]byte{0xFF, 0xFE}, encode(t, le, article)...), ""},
		{"utf16be-bom.txt", append([]byte{0xFE, 0xFF}, encode(t, be, article)...), ""},
		{"utf16le-no-bom.txt", encode(t, le, article), ""},
		{"served-as-1252.txt", encode(t, charmap.Windows1252, article), "text/plain; charset=windows-1252"},
		{"served-utf8-but-1252.txt", encode(t, charmap.Windows1252, article), "text/plain; charset=utf-8"},
	}
	for _, tt := range tests {
		got, err := decode(tt.name, tt.data, tt.contentType, false)
		if err != nil || got != article {
			t.Errorf("%s: %q, %v; want %q", tt.name, got, err, article)
		}
	}
}

// A page's declared charset decides where its bytes are not UTF-8; an
// ISO-8859-1 label means windows-1252, as in browsers.
func TestDeclaredCharset(t *testing.T) {
	const page = `<html><head><meta charset="%s"><title>Новости</title></head><body><p>Café “quoted” Москва</p></body></html>`
	tests := []struct {
		charset string
		enc     encoding.Encoding
		want    string
	}{
		{"iso-8859-1", charmap.Windows1252, "Café “quoted”"},
		{"windows-1251", charmap.Windows1251, "Москва"},
		{"koi8-r", charmap.KOI8R, "Москва"},
	}
	for _, tt := range tests {
		src := strings.Replace(page, "%s", tt.charset, 1)
		if tt.charset == "iso-8859-1" {
			src = strings.NewReplacer("Новости", "News", " Москва", "").Replace(src)
		} else {
			src = strings.NewReplacer("é", "e", "“", `"`, "”", `"`).Replace(src)
		}
		got, err := decode("page.html", encode(t, tt.enc, src), "", true)
		if err != nil || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q, %v; want it to hold %q", tt.charset, got, err, tt.want)
		}
	}
	// The server's word beats the page's.
	got, err := decode("page.html", encode(t, charmap.Windows1251, "<meta charset=iso-8859-1><p>Москва</p>"), "text/html; charset=windows-1251", true)
	if err != nil || !strings.Contains(got, "Москва") {
		t.Errorf("served charset: %q, %v", got, err)
	}
}

// What is not text is refused, naming the file and what it seems to be.
func TestNotText(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"report.txt", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\x00\x00", "report.txt: this is a PDF file, not text; save the article as"},
		{"photo.html", "\xff\xd8\xff\xe0\x00\x10JFIF\x00", "photo.html: this is an image (image/jpeg), not text"},
		{"story.md", "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "story.md: this is a ZIP archive (a .docx or .epub is one), not text"},
		{"noise.txt", "\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11hello", "noise.txt: this is a binary file, not text"},
		{"blank.html", " \r\n\t\n", "blank.html: the file is empty; paste the article's text into it"},
	}
	for _, tt := range tests {
		_, err := Parse(tt.name, []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q...", tt.name, err, tt.want)
		}
	}
}

func TestFileTooLarge(t *testing.T) {
	name := filepath.Join(t.TempDir(), "film.html")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(maxFileSize + 1) // sparse: no disk used
	f.Close()
	if _, err := ReadFile(name); err == nil || !strings.HasPrefix(err.Error(), name+": the file is 256 MB, too large for an article") {
		t.Errorf("error %v", err)
	}
}
