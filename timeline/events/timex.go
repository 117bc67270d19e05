package events

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline/edtf"
	"github.com/chronicle-news/chronicle/timeline/temporal"
)

// A timeRef is a time expression as events use it: its span (with the
// preposition that introduces it: "in 2014 and 2015"), what it says about
// an event's date, and how that was worked out.
type timeRef struct {
	start, end int    // byte span in the text, preposition included
	exprEnd    int    // end of the expression proper (before "before the X")
	text       string // the expression as evidence shows it
	date       *edtf.Date
	before     *edtf.Date // "before 2020": the event is no later than this
	after      *edtf.Date // "after 2020"
	relation   string     // "before"/"after" another event, named after the expression
	offset     *edtf.Duration
	target     *mention // the event phrase a relation names ("the concert hall attack")
	vague      string   // an amount without a number: "days" of "days after the bombing"
	// narrative refs are relative to the story told so far ("two days
	// later", "the next day"): the event before it in the text, with
	// offset (or relation when no amount), is what they hang on.
	narrative bool
	fromText  bool   // the engine counted from the last date of the text
	how       string // the engine's derivation, without the quoted expression
	dctRel    bool   // worked out from the DCT (so tense matters)
	future    bool   // later than the DCT
	value     string // the TIMEX3 value
}

// introducers are prepositions that belong to a date in evidence.
var introducers = set(`in on at during since by from between until till throughout over around about early late`)

// timeRefs turns the engine's expressions into timeRefs; ranges become
// one ref. Expressions that cannot place an event (durations, sets, vague
// references like "now" or "historically") are left out.
func timeRefs(text string, exprs []temporal.Expr, dct time.Time) []timeRef {
	var refs []timeRef
	inRange := map[int]bool{}
	for _, r := range temporal.Ranges(text, exprs) {
		inRange[r.From], inRange[r.To] = true, true
		a, b := exprs[r.From], exprs[r.To]
		d, err := edtf.Parse(toEDTF(a.Value, "") + "/" + toEDTF(b.Value, ""))
		if err != nil {
			continue
		}
		ref := timeRef{start: r.Start, end: r.End, exprEnd: r.End, date: &d, value: r.Value,
			how: fmt.Sprintf("a span from %s to %s", a.Text, b.Text)}
		if a.Anchor != "" || b.Anchor != "" {
			ref.dctRel = true
		}
		refs = append(refs, withIntroducer(text, ref))
	}
	for i, e := range exprs {
		if inRange[i] {
			continue
		}
		ref := timeRef{start: e.Start, end: e.End, exprEnd: e.End, value: e.Value, dctRel: e.Anchor != "",
			fromText: e.Anchor == temporal.AnchorExpr}
		ref.how = strings.TrimPrefix(e.Derivation, "'"+e.Text+"', ")
		if e.Relation != "" && e.Anchor == temporal.AnchorExpr {
			// "Two days later", "hours later": after what was just told.
			ref.narrative, ref.relation, ref.dctRel = true, e.Relation, false
			if d, err := edtf.ParseDuration(e.Offset); err == nil {
				ref.offset = &d
			} else {
				ref.vague = strings.ToLower(e.Text)
			}
			ref.end = wordAfter(text, e.End, "later", "earlier")
			ref.exprEnd = ref.end
			ref.text = text[ref.start:ref.end]
			refs = append(refs, ref)
			continue
		}
		if e.Relation != "" {
			ref.relation = e.Relation
			if d, err := edtf.ParseDuration(e.Offset); err == nil {
				ref.offset = &d
			} else if e.Offset != "" {
				ref.vague = strings.ToLower(e.Text) // "days after": PXD
			}
			ref.text = e.Text
			refs = append(refs, ref)
			continue
		}
		if e.Type != temporal.Date && e.Type != temporal.Time {
			continue
		}
		// "The next day": in a narrative, the day after the event told
		// before. The engine's count from the last date of the text gives
		// the amount; when it could not count, or counted from the DCT (a
		// news story's "the next day" is not "tomorrow"), the phrase does.
		if off, ok := narrativeDays[strings.ToLower(e.Text)]; ok {
			ref.narrative, ref.offset = true, &off
		}
		s := toEDTF(e.Value, e.Mod)
		d, err := edtf.Parse(s)
		if s == "" || err != nil {
			if ref.narrative {
				ref.text = text[ref.start:ref.end]
				refs = append(refs, ref)
			}
			continue
		}
		if e.Anchor == temporal.AnchorExpr && e.AnchorExpr >= 0 && e.AnchorExpr < len(exprs) {
			if off, ok := dayOffset(exprs[e.AnchorExpr].Value, e.Value); ok {
				ref.narrative, ref.offset = true, &off
			}
		}
		switch e.Mod {
		case "BEFORE", "ON_OR_BEFORE", "END_BEFORE":
			ref.before = &d
		case "AFTER", "ON_OR_AFTER", "START_AFTER":
			ref.after = &d
		default:
			ref.date = &d
		}
		refs = append(refs, withIntroducer(text, ref))
	}
	for i := range refs {
		r := &refs[i]
		if r.date != nil && !dct.IsZero() {
			if lo, ok := r.date.Earliest(); ok && lo.After(civilDay(dct)) {
				r.future = true
			}
		}
	}
	sortRefs(refs)
	return refs
}

// narrativeDays are the phrases that count days from the event told
// before them.
var narrativeDays = map[string]edtf.Duration{
	"the next day": {Days: 1}, "the following day": {Days: 1}, "next day": {Days: 1}, "the day after": {Days: 1},
	"the next morning": {Days: 1}, "the following morning": {Days: 1}, "the next evening": {Days: 1},
	"the same day": {}, "that day": {}, "later that day": {}, "earlier that day": {}, "that evening": {},
	"that night": {}, "that morning": {}, "the previous day": {Days: 1, Neg: true}, "the day before": {Days: 1, Neg: true},
}

// dayOffset is the signed number of days from one day value to another,
// when both name a day.
func dayOffset(from, to string) (edtf.Duration, bool) {
	if !reDay.MatchString(from) || !reDay.MatchString(to) {
		return edtf.Duration{}, false
	}
	a, err1 := time.Parse("2006-01-02", from[:10])
	b, err2 := time.Parse("2006-01-02", to[:10])
	if err1 != nil || err2 != nil {
		return edtf.Duration{}, false
	}
	n := int(b.Sub(a).Hours() / 24)
	d := edtf.Duration{Days: n}
	if n < 0 {
		d = edtf.Duration{Days: -n, Neg: true}
	}
	return d, true
}

// wordAfter extends end over one of words if it follows after a space.
func wordAfter(text string, end int, words ...string) int {
	j := end
	for j < len(text) && text[j] == ' ' {
		j++
	}
	for _, w := range words {
		if j > end && len(text) >= j+len(w) && strings.EqualFold(text[j:j+len(w)], w) &&
			(j+len(w) == len(text) || !isLetter(text[j+len(w)])) {
			return j + len(w)
		}
	}
	return end
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func civilDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// withIntroducer extends a ref over the preposition before it.
func withIntroducer(text string, r timeRef) timeRef {
	j := r.start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	if k < j && j < r.start && introducers[strings.ToLower(text[k:j])] {
		r.start = k
	}
	r.text = text[r.start:r.end]
	return r
}

func sortRefs(refs []timeRef) {
	for i := 1; i < len(refs); i++ {
		for j := i; j > 0 && refs[j].start < refs[j-1].start; j-- {
			refs[j], refs[j-1] = refs[j-1], refs[j]
		}
	}
}

var (
	reDay     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	reMonth   = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reYear    = regexp.MustCompile(`^(\d{4})$`)
	reWeek    = regexp.MustCompile(`^(\d{4})-W(\d{2})(-WE)?$`)
	reSeason  = regexp.MustCompile(`^(\d{4})-(SP|SU|FA|AU|WI)$`)
	reQuarter = regexp.MustCompile(`^(\d{4})-([QH])([1-4])$`)
	reDecade  = regexp.MustCompile(`^(\d{3})X?$`)
	reCentury = regexp.MustCompile(`^(\d{2})(XX)?$`)
)

var seasonCodes = map[string]string{"SP": "21", "SU": "22", "FA": "23", "AU": "23", "WI": "24"}

// toEDTF converts a TIMEX3 date value (and mod) to EDTF, or "" when the
// value does not name a calendar date. START/MID/END narrow a year or
// month to its first, middle or last third; APPROX marks it "~".
func toEDTF(value, mod string) string {
	var s string
	switch {
	case reDay.MatchString(value):
		if mod == "APPROX" {
			return value[:10] + "~"
		}
		return value[:10] // "early Sunday" is still that Sunday
	case reMonth.MatchString(value):
		s = value
	case reYear.MatchString(value):
		s = value
	case reWeek.MatchString(value):
		m := reWeek.FindStringSubmatch(value)
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		if m[3] != "" {
			return mon.AddDate(0, 0, 5).Format("2006-01-02") + "/" + mon.AddDate(0, 0, 6).Format("2006-01-02")
		}
		return mon.Format("2006-01-02") + "/" + mon.AddDate(0, 0, 6).Format("2006-01-02")
	case reSeason.MatchString(value):
		m := reSeason.FindStringSubmatch(value)
		s = m[1] + "-" + seasonCodes[m[2]]
	case reQuarter.MatchString(value):
		m := reQuarter.FindStringSubmatch(value)
		n, _ := strconv.Atoi(m[3])
		size := 3
		if m[2] == "H" {
			size = 6
		}
		return fmt.Sprintf("%s-%02d/%s-%02d", m[1], (n-1)*size+1, m[1], n*size)
	case reDecade.MatchString(value):
		s = value[:3] + "X"
	case reCentury.MatchString(value):
		s = value[:2] + "XX"
	default:
		return ""
	}
	switch mod {
	case "APPROX":
		return s + "~"
	case "START", "MID", "END":
		return third(s, mod)
	}
	return s
}

// third narrows a year or a month to its early, middle or late part.
func third(s, mod string) string {
	part := map[string]int{"START": 0, "MID": 1, "END": 2}[mod]
	switch {
	case reYear.MatchString(s):
		from := []string{"01", "05", "09"}[part]
		to := []string{"04", "08", "12"}[part]
		return s + "-" + from + "/" + s + "-" + to
	case reMonth.MatchString(s):
		y, _ := strconv.Atoi(s[:4])
		m, _ := strconv.Atoi(s[5:7])
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		from := []int{1, 11, 21}[part]
		to := []int{10, 20, last}[part]
		return fmt.Sprintf("%s-%02d/%s-%02d", s, from, s, to)
	}
	return s + "~"
}
