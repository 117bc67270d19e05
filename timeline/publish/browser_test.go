package publish

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// probe is added to a copy of the story page: it measures the layout as
// the browser drew it and leaves the numbers in the DOM of the page that
// frames it, for --dump-dom. (Headless Chromium windows are at least 500
// px wide, so a phone's width is a frame's.)
const probe = `<script>
(() => {
  const box = s => { const b = document.querySelector(s).getBoundingClientRect(); return {left: b.left, right: b.right, top: b.top, bottom: b.bottom, width: b.width}; };
  const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= .03928 ? v / 12.92 : ((v + .055) / 1.055) ** 2.4; }); return .2126 * r + .7152 * g + .0722 * b; };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + .05) / (y + .05); };
  const bg = getComputedStyle(document.body).backgroundColor;
  const color = s => getComputedStyle(document.querySelector(s)).color;
  top.document.body.dataset.probe = JSON.stringify({
    viewport: innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    timeline: box(".timeline"),
    aside: box(".story-aside"),
    body: box(".event__body"),
    fontSize: parseFloat(getComputedStyle(document.querySelector(".event__summary, .event__body p, .event__body")).fontSize),
    dark: lum(bg) < .2,
    contrast: {
      text: contrast(color(".event__title"), bg),
      muted: contrast(color(".meta"), bg),
      date: contrast(color(".event--dated .event__when"), bg),
      link: contrast(color(".how summary"), bg),
    },
  });
})();
</script>`

type probed struct {
	Viewport, ScrollWidth float64
	Timeline, Aside, Body struct{ Left, Right, Top, Bottom, Width float64 }
	FontSize              float64
	Dark                  bool
	Contrast              map[string]float64
}

// TestStoryPageInBrowser lays the sample story page out in headless
// Chromium at a phone's and a desktop's width, light and dark.
func TestStoryPageInBrowser(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no chromium on PATH (Debian: apt-get install chromium)")
	}
	_, public := build(t, sampleSite(t))
	page := filepath.Join(public, "isis-k", "index.html")
	writeFile(t, page, strings.Replace(readFile(t, page), "</body>", probe+"</body>", 1))
	// Served from loopback, so the frame and its page share an origin.
	srv := httptest.NewServer(http.FileServer(http.Dir(public)))
	defer srv.Close()

	for _, tc := range []struct {
		width int
		dark  bool
	}{{375, false}, {375, true}, {1280, false}, {1280, true}} {
		frame := fmt.Sprintf("frame-%d.html", tc.width)
		writeFile(t, filepath.Join(public, frame), fmt.Sprintf(`<!doctype html><body style="margin:0"><iframe src="/isis-k/" style="border:0;width:%dpx;height:900px"></iframe></body>`, tc.width))
		p := layout(t, browser, srv.URL+"/"+frame, tc.dark)
		name := map[bool]string{false: "light", true: "dark"}[tc.dark]
		if p.Viewport != float64(tc.width) {
			t.Fatalf("%d %s: viewport %v", tc.width, name, p.Viewport)
		}
		if p.ScrollWidth > p.Viewport {
			t.Errorf("%d %s: the page scrolls sideways (%v px wide)", tc.width, name, p.ScrollWidth)
		}
		if p.Dark != tc.dark {
			t.Errorf("%d %s: dark background %v", tc.width, name, p.Dark)
		}
		// WCAG AA: 4.5:1 for text.
		for what, c := range p.Contrast {
			if c < 4.5 {
				t.Errorf("%d %s: %s contrast %.2f:1, want at least 4.5:1", tc.width, name, what, c)
			}
		}
		// A comfortable measure: at most about 75 characters a line.
		if chars := p.Body.Width / (p.FontSize * .5); chars > 80 {
			t.Errorf("%d %s: event text lines of about %.0f characters", tc.width, name, chars)
		}
		switch tc.width {
		case 375:
			if p.Aside.Top < p.Timeline.Bottom {
				t.Errorf("375 %s: the aside is not below the timeline", name)
			}
			if p.Body.Width < 250 {
				t.Errorf("375 %s: event text only %v px wide", name, p.Body.Width)
			}
		case 1280:
			if p.Aside.Left < p.Timeline.Right {
				t.Errorf("1280 %s: the aside is not beside the timeline", name)
			}
		}
	}
}

var probeAttr = regexp.MustCompile(`data-probe="([^"]*)"`)

func layout(t *testing.T, browser, url string, dark bool) probed {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(),
		"--window-size=1400,1000",
		"--dump-dom",
	}
	if dark {
		args = append(args, "--force-dark-mode")
	}
	out, err := exec.CommandContext(ctx, browser, append(args, url)...).Output()
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	m := probeAttr.FindSubmatch(out)
	if m == nil {
		t.Fatalf("chromium ran no probe; its DOM:\n%.2000s", out)
	}
	var p probed
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &p); err != nil {
		t.Fatal(err)
	}
	return p
}
