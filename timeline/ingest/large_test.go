package ingest

import (
	"strings"
	"testing"
	"time"
)

// longArticle is an article of n paragraphs, as text or as a page.
func longArticle(n int, asHTML bool) []byte {
	const para = "The council met on Tuesday and voted to close the old bridge to cars from next month, the mayor said. Work on a new bridge is to start in 2025."
	if asHTML {
		return []byte("<html><head><title>Bridge closes</title></head><body><nav><a href=/>Home</a></nav><article><h1>Bridge closes</h1>" +
			strings.Repeat("<p>"+para+"</p>\n", n) + "</article><footer>© 2024 City Desk</footer></body></html>")
	}
	return []byte("Bridge closes\n\nBy Jo Smith | March 3, 2024\n\n" + strings.Repeat(para+"\n\n", n))
}

// A 50 MB article reads in time proportional to its size: ten times the
// text takes about ten times as long, not a hundred.
func TestLongArticles(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 110 MB of articles")
	}
	for _, asHTML := range []bool{false, true} {
		name := map[bool]string{false: "long.txt", true: "long.html"}[asHTML]
		var took [2]time.Duration
		for i, size := range []int{5 << 20, 50 << 20} {
			n := size / 150 // paragraphs of 150 bytes
			data := longArticle(n, asHTML)
			start := time.Now()
			d, err := Parse(name, data)
			took[i] = time.Since(start)
			if err != nil {
				t.Fatalf("%s, %d MB: %v", name, size>>20, err)
			}
			if len(d.Body) != n || d.Title != "Bridge closes" {
				t.Errorf("%s, %d MB: %d paragraphs titled %q, want %d titled Bridge closes", name, size>>20, len(d.Body), d.Title, n)
			}
		}
		if ratio := float64(took[1]) / float64(took[0]); ratio > 30 {
			t.Errorf("%s: 50 MB took %.0f times as long as 5 MB (%s, %s): not linear", name, ratio, took[1], took[0])
		}
		t.Logf("%s: 5 MB in %s, 50 MB in %s", name, took[0].Round(time.Millisecond), took[1].Round(time.Millisecond))
	}
}
