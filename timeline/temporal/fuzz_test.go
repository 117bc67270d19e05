package temporal

import (
	"strings"
	"testing"
	"time"
)

// FuzzTag checks, for any input, that Tag does not panic, that every span
// lies inside the text on UTF-8 boundaries with Text == text[Start:End],
// in order and without overlap, and that every value is well formed.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"Posted Mar 24, 2024 3:52 PM CDT. ISIS-K surfaced in 2014 and 2015.",
		"the day before the concert hall attack; two days after the bombing",
		"He said Friday's vote, held 3/22/2013 at noon, came a year earlier than the 1990s.",
		"early December, mid-2012, the end of the year, about three years, more than a decade",
		"every Monday, each winter, annually, 5 1/2 hours, the past two months, Q3 2013, fiscal 1989",
		"nineteen ninety-six, the '80s, twenty-second, Sept. 30, 22 March 2013, 2013-03-22T15:52",
		"é 2014 — März ’80s 10:35 a.m. Tuesday",
		"He was killed last October. The next day, the following week, the previous Friday, two days earlier.",
		"On June 3, 1990, the week. That summer, the 15th, Christmas Eve, the end of the month, two weeks later.",
		"It was Monday, the third of October. At a quarter to five the bell rang; that evening, the next morning, Friday, June.", // a story with no year
	} {
		f.Add(s, int64(0))
		f.Add(s, fri.Unix())
	}
	f.Add("1Am1Am0Am", int64(-340))        // a copula ending the text ("am") was once read past the last token
	f.Add("She left.\n\nMonday", int64(0)) // a weekday heading the text's last line was once read past it
	f.Fuzz(func(t *testing.T, text string, unix int64) {
		var dct time.Time
		if unix != 0 {
			dct = time.Unix(unix%(1<<35), 0).UTC()
		}
		exprs := Tag(text, dct)
		// rune boundaries as range decodes them (an invalid byte is one rune)
		boundary := map[int]bool{len(text): true}
		for i := range text {
			boundary[i] = true
		}
		prev := 0
		for i, e := range exprs {
			if e.Start < prev || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("#%d span [%d,%d) out of order or outside the text (len %d)", i, e.Start, e.End, len(text))
			}
			prev = e.End
			if !boundary[e.Start] || !boundary[e.End] {
				t.Fatalf("#%d span [%d,%d) not on UTF-8 boundaries", i, e.Start, e.End)
			}
			if e.Text != text[e.Start:e.End] {
				t.Fatalf("#%d Text %q != text[%d:%d] %q", i, e.Text, e.Start, e.End, text[e.Start:e.End])
			}
			if !ValidValue(e.Type, e.Value) {
				t.Fatalf("#%d %q: invalid %s value %q", i, e.Text, e.Type, e.Value)
			}
			if e.Offset != "" && !validDuration(strings.TrimPrefix(e.Offset, "-")) {
				t.Fatalf("#%d %q: invalid offset %q", i, e.Text, e.Offset)
			}
			if e.Anchor == AnchorExpr && (e.AnchorExpr < 0 || e.AnchorExpr >= i) {
				t.Fatalf("#%d %q: anchor %d is not an earlier expression", i, e.Text, e.AnchorExpr)
			}
			if e.RangeEnd >= 0 && e.RangeEnd != i+1 {
				t.Fatalf("#%d %q: range end %d", i, e.Text, e.RangeEnd)
			}
		}
		FindDCT(text)
	})
}
