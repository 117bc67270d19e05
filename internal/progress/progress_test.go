package progress

import (
	"bytes"
	"os"
	"testing"
)

func TestLine(t *testing.T) {
	for _, c := range []struct {
		what        string
		done, total int
		want        string
	}{
		{"isis-k", 0, 4, "isis-k [>                             ] 0/4 articles"},
		{"isis-k", 2, 4, "isis-k [===============>              ] 2/4 articles"},
		{"isis-k", 4, 4, "isis-k [==============================] 4/4 articles"},
		{"isis-k", 9, 4, "isis-k [==============================] 4/4 articles"},
		{"a-very-long-story-name-indeed", 1, 3, "a-very-long-story-name-… [==========>                   ] 1/3 articles"},
	} {
		if got := line(c.what, c.done, c.total); got != c.want {
			t.Errorf("line(%q, %d, %d) =\n%q, want\n%q", c.what, c.done, c.total, got, c.want)
		}
	}
}

// TestQuietOffTerminal: a bar on a buffer or a regular file draws nothing.
func TestQuietOffTerminal(t *testing.T) {
	var buf bytes.Buffer
	f, err := os.Create(t.TempDir() + "/log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, b := range []*Bar{New(&buf), New(f)} {
		b.Set("story", 1, 2)
		b.Set("story", 2, 2)
		b.Clear()
	}
	if fi, _ := f.Stat(); buf.Len() != 0 || fi.Size() != 0 {
		t.Errorf("wrote %q and %d bytes to a file", buf.String(), fi.Size())
	}
}

// TestDrawAndClear: on a terminal the first and last steps are drawn,
// steps in between at most every 80 ms, and Clear erases the line once.
func TestDrawAndClear(t *testing.T) {
	var buf bytes.Buffer
	b := &Bar{w: &buf, on: true}
	b.Set("s", 1, 3)
	b.Set("s", 2, 3) // too soon: skipped
	b.Set("s", 3, 3)
	b.Clear()
	b.Clear()
	want := "\r" + line("s", 1, 3) + "\x1b[K" + "\r" + line("s", 3, 3) + "\x1b[K" + "\r\x1b[K"
	if buf.String() != want {
		t.Errorf("drew %q, want %q", buf.String(), want)
	}
}
