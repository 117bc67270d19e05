// Package progress draws a one-line progress bar on a terminal, and
// nothing at all when the output is not one (a pipe, a file, CI logs).
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"
)

// A Bar is a progress bar on one line of w.
type Bar struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	last  time.Time // when it was last drawn
	shown bool      // a line is on the screen
}

// every is the shortest time between two redraws: often enough to look
// alive, rarely enough to cost nothing.
const every = 80 * time.Millisecond

// New returns a bar drawing on w when w is a terminal (and TERM is not
// "dumb"); on anything else the bar is silent.
func New(w io.Writer) *Bar {
	f, ok := w.(*os.File)
	on := ok && os.Getenv("TERM") != "dumb" &&
		(isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
	return &Bar{w: w, on: on}
}

// Set shows done of total for what (a story's name): redrawn at most
// every 80 ms, and always at the first and last step.
func (b *Bar) Set(what string, done, total int) {
	if !b.on || total <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	if b.shown && done != total && done != 1 && now.Sub(b.last) < every {
		return
	}
	b.last = now
	b.shown = true
	fmt.Fprint(b.w, "\r"+line(what, done, total)+"\x1b[K")
}

// Clear takes the bar off the screen, so that what is printed next
// starts on a clean line.
func (b *Bar) Clear() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.shown {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.shown = false
	}
}

// width is the bar's inside, so that the whole line fits 80 columns.
const width = 30

// line is the text of the bar: "isis-k [=========>          ] 12/40 articles".
func line(what string, done, total int) string {
	done = min(max(done, 0), total)
	if r := []rune(what); len(r) > 24 {
		what = string(r[:23]) + "…"
	}
	fill := width * done / total
	bar := strings.Repeat("=", fill)
	if fill < width {
		bar += ">" + strings.Repeat(" ", width-fill-1)
	}
	return fmt.Sprintf("%s [%s] %d/%d articles", what, bar, done, total)
}
