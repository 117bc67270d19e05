package resolve

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// label says when event i happened, for a reader.
func (r *resolver) label(i int, st Status) string {
	e, inf := r.tl.Events[i], r.info[i]
	s := inf.span
	if inf.dated && s.equal(dateSpan(*e.Date)) {
		return dateLabel(*e.Date) // it carries its own qualifiers
	}
	if s.lo != nil && s.hi != nil && (st == Dated || st == Anchored && clean(s)) {
		return qualify(rangeLabel(*s.lo, *s.hi), inf.approx, inf.unsure)
	}
	if inf.anchored {
		a := e.Anchor
		target := r.tl.Events[r.index[a.Event]]
		if a.Offset != nil {
			return offsetPhrase(*a.Offset) + " " + refPhrase(target)
		}
		if s.lo == nil && s.hi == nil {
			return a.Relation + " " + refPhrase(target)
		}
	}
	return undatedLabel(s)
}

// clean reports whether a span is a day or whole months, which read
// better as dates than as a relation to another event.
func clean(s span) bool {
	return *s.lo == *s.hi || s.lo.Day() == 1 && s.hi.AddDate(0, 0, 1).Day() == 1
}

func qualify(l string, approx, unsure bool) string {
	switch {
	case approx && unsure:
		return "possibly about " + l
	case approx:
		return "about " + l
	case unsure:
		return "possibly " + l
	}
	return l
}

// undatedLabel is the label of an event known only by its bounds.
func undatedLabel(s span) string {
	switch {
	case s.lo != nil && s.hi != nil && *s.lo == *s.hi:
		return dayLabel(*s.lo)
	case s.lo != nil && s.hi != nil:
		a, b := dayPair(*s.lo, *s.hi)
		return "date unknown, between " + a + " and " + b
	case s.hi != nil:
		return "date unknown, before " + dayLabel(*s.hi)
	case s.lo != nil:
		return "date unknown, after " + dayLabel(*s.lo)
	}
	return "date unknown"
}

// phrase states a span in a derivation's conclusion.
func phrase(s span) string {
	switch {
	case s.lo != nil && s.hi != nil && *s.lo == *s.hi:
		return dayLabel(*s.lo)
	case s.lo != nil && s.hi != nil:
		a, b := dayPair(*s.lo, *s.hi)
		return "between " + a + " and " + b
	case s.hi != nil:
		return "not after " + dayLabel(*s.hi)
	case s.lo != nil:
		return "not before " + dayLabel(*s.lo)
	}
	return "no date known"
}

// rangeLabel writes the days lo to hi as compactly as they allow:
// "24 March 2024", "March 2024", "2014–2015", "22–24 March 2024".
func rangeLabel(lo, hi time.Time) string {
	if lo == hi {
		return dayLabel(lo)
	}
	if lo.Day() == 1 && hi.AddDate(0, 0, 1).Day() == 1 {
		if lo.Month() == 1 && hi.Month() == 12 {
			if lo.Year() == hi.Year() {
				return yearLabel(lo.Year())
			}
			return yearLabel(lo.Year()) + "–" + yearLabel(hi.Year())
		}
		if lo.Year() == hi.Year() && lo.Month() == hi.Month() {
			return monthLabel(lo.Year(), int(lo.Month()))
		}
		return dash(monthPair(lo.Year(), int(lo.Month()), hi.Year(), int(hi.Month())))
	}
	return dash(dayPair(lo, hi))
}

// dash joins the two ends of a range: tightly between single words
// ("22–24 March"), spaced between phrases ("30 March – 2 April").
func dash(a, b string) string {
	if strings.Contains(a, " ") {
		return a + " – " + b
	}
	return a + "–" + b
}

// dayPair writes two days, leaving out of the first what the second says.
func dayPair(lo, hi time.Time) (string, string) {
	b := dayLabel(hi)
	switch {
	case lo.Year() == hi.Year() && lo.Month() == hi.Month():
		return strconv.Itoa(lo.Day()), b
	case lo.Year() == hi.Year():
		return fmt.Sprintf("%d %s", lo.Day(), lo.Month()), b
	}
	return dayLabel(lo), b
}

func monthPair(y1, m1, y2, m2 int) (string, string) {
	if y1 == y2 {
		return time.Month(m1).String(), monthLabel(y2, m2)
	}
	return monthLabel(y1, m1), monthLabel(y2, m2)
}

func dayLabel(t time.Time) string {
	return fmt.Sprintf("%d %s %s", t.Day(), t.Month(), yearLabel(t.Year()))
}

func monthLabel(y, m int) string { return time.Month(m).String() + " " + yearLabel(y) }

// yearLabel writes a year; EDTF year 0 is 1 BC.
func yearLabel(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BC"
	}
	return strconv.Itoa(y)
}

// dateLabel writes an EDTF date for a reader.
func dateLabel(d edtf.Date) string {
	if !d.Interval {
		return pointLabel(d.Start)
	}
	switch {
	case !d.HasStart():
		l := "until " + pointLabel(d.End)
		if d.UnknownStart {
			l += " (start unknown)"
		}
		return l
	case !d.HasEnd():
		if d.UnknownEnd {
			return "from " + pointLabel(d.Start) + " (end unknown)"
		}
		return "from " + pointLabel(d.Start) + " on"
	}
	a, b := d.Start, d.End
	plain := !a.Approx && !a.Uncertain && !b.Approx && !b.Uncertain
	if plain && a.Precision == b.Precision {
		switch a.Precision {
		case edtf.Year:
			return yearLabel(a.Year) + "–" + yearLabel(b.Year)
		case edtf.Month:
			return dash(monthPair(a.Year, a.Month, b.Year, b.Month))
		case edtf.Day:
			return dash(dayPair(a.Earliest(), b.Earliest()))
		}
	}
	return pointLabel(a) + " – " + pointLabel(b)
}

// pointLabel writes one EDTF date at its precision, with its qualifiers.
func pointLabel(p edtf.Point) string {
	var l string
	switch p.Precision {
	case edtf.Century:
		l = "the " + yearLabel(p.Year) + "s"
	case edtf.Decade:
		l = "the " + yearLabel(p.Year) + "s"
	case edtf.Year:
		l = yearLabel(p.Year)
	case edtf.Season:
		l = p.SeasonName() + " " + yearLabel(p.Year)
	case edtf.Month:
		l = monthLabel(p.Year, p.Month)
	case edtf.Day:
		l = dayLabel(p.Earliest())
	case edtf.Minute:
		l = fmt.Sprintf("%s, %02d:%02d", dayLabel(p.Earliest()), p.Hour, p.Min)
		if p.Zone != nil {
			_, off := time.Date(p.Year, time.Month(p.Month), p.Day, p.Hour, p.Min, 0, 0, p.Zone).Zone()
			l += " UTC"
			if off != 0 {
				sign := '+'
				if off < 0 {
					sign, off = '-', -off
				}
				l += fmt.Sprintf("%c%02d:%02d", sign, off/3600, off%3600/60)
			}
		}
	}
	return qualify(l, p.Approx, p.Uncertain)
}

// offsetPhrase says an anchor's offset in words: "the day before",
// "two weeks after", "a year and three months before".
func offsetPhrase(d edtf.Duration) string {
	units := []struct {
		n          int
		one, other string
	}{
		{d.Years, "a year", "year"}, {d.Months, "a month", "month"}, {d.Weeks, "a week", "week"},
		{d.Days, "the day", "day"}, {d.Hours, "an hour", "hour"}, {d.Minutes, "a minute", "minute"},
	}
	var parts []string
	for _, u := range units {
		switch {
		case u.n == 1 && len(parts) == 0:
			parts = append(parts, u.one)
		case u.n == 1:
			parts = append(parts, "one "+u.other)
		case u.n > 1:
			parts = append(parts, number(u.n)+" "+u.other+"s")
		}
	}
	if len(parts) == 0 {
		return "the same day as"
	}
	if len(parts) > 1 && parts[0] == "the day" {
		parts[0] = "one day"
	}
	s := parts[0]
	if len(parts) > 1 {
		s = strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	}
	if d.Neg {
		return s + " before"
	}
	return s + " after"
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

func number(n int) string {
	if n < len(numberWords) {
		return numberWords[n]
	}
	return strconv.Itoa(n)
}

// quoteTitle names an event in a derivation: 'Attack on Crocus City concert hall'.
func quoteTitle(e timeline.Event) string {
	if e.Title == "" {
		return "'" + e.ID + "'"
	}
	return "'" + e.Title + "'"
}

// refPhrase names an event inside a sentence: a title that starts with
// an event noun reads as a noun phrase ("the attack on Crocus City
// concert hall"); any other title is quoted, since it may be a clause
// ("“ISIS-K surfaces in Afghanistan”").
func refPhrase(e timeline.Event) string {
	title := e.Title
	if title == "" {
		return "event " + e.ID
	}
	first, _, phrase := strings.Cut(title, " ")
	lower := strings.ToLower(first)
	switch {
	case phrase && (lower == "the" || lower == "a" || lower == "an"):
		return lowerFirst(title)
	case isCapitalized(first) && isEventNoun(lower):
		return "the " + lowerFirst(title)
	}
	return "“" + title + "”"
}

func isCapitalized(w string) bool {
	for i, c := range w {
		if i == 0 && !unicode.IsUpper(c) || i > 0 && !unicode.IsLower(c) {
			return false
		}
	}
	return w != ""
}

func lowerFirst(s string) string {
	for i, c := range s {
		if i == 0 {
			return string(unicode.ToLower(c)) + s[len(string(c)):]
		}
	}
	return s
}

// isEventNoun reports whether a word names something that happens:
// nominalizations (bombing, election, agreement) and common event nouns.
func isEventNoun(w string) bool {
	for _, suf := range []string{"ing", "ings", "tion", "tions", "sion", "sions", "ment", "ments"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return eventNouns[w]
}

var eventNouns = wordSet(`attack attacks war raid raids strike strikes crash fire flood storm
	vote trial summit deal coup ban visit talks protest protests riot riots blast arrest arrests
	verdict referendum earthquake hurricane outbreak siege ambush assault collapse launch merger
	lawsuit death deaths funeral release rally massacre invasion ceasefire truce withdrawal arrival
	departure approval split fall rise surge defeat victory win loss escape rescue takeover sale
	purchase report speech address debate campaign shutdown outage leak breach hack scandal crisis
	battle clash clashes fight`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
