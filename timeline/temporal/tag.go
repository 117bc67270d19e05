// Package temporal finds time expressions in English text and normalizes
// them to TIMEX3 values (TimeML), given the document creation time (DCT).
//
// The text is split into tokens by a small lexer (lex.go); grammar rules
// over tokens recognize phrases (dates.go, relative.go, durations.go,
// clock.go) and resolve them to calendar values (cal.go) against the DCT
// or, for anaphoric phrases ("the next day"), against the last date the text
// established. Everything is linear in the length of the text.
//
// News and stories. A date told without a year ("March", "Sunday, December
// 7", "the 6th", "noon") belongs near the DCT in news, even right after the
// text names another year. A story of another time takes its own: a text
// that names years often and none near its DCT (a history, a biography),
// or one that has just set a clause a decade or more before it ("In 1905
// ... In March"), dates what follows by its last date; "three days later"
// moves that date on.
//
// Ranges. "from 2009 to 2010", "2014 and 2015", "2009-2010" and "between
// March and May" yield two DATE expressions, one per end, so each scores and
// links like any other date; the first carries RangeEnd, the index of the
// second, and Ranges returns the joined span and its EDTF value ("2014/2015").
//
// Event anchoring. "the day before the concert hall attack" yields the
// expression "the day" with Relation "before" and Offset "-P1D": its date is
// that of the event, which the text does not give, so Value is unknown
// ("XXXX-XX-XX"). "two days after the bombing" yields "two days" (DURATION
// P2D, the span TimeBank annotates) with Relation "after", Offset "P2D".
// "three days later" likewise yields "three days" (DURATION P3D), Relation
// "after" and Offset "P3D", anchored (Anchor, AnchorExpr) to the last date
// of the text; its Derivation gives the date that makes.
//
// Conventions follow TimeBank/TempEval-3 so the engine can be scored
// against them: "the" belongs to a span ("the third quarter"), prepositions
// and "about" do not; "a year ago" is a date, "the past two months" a
// duration; "last week" is the ISO week before the DCT's.
package temporal

import (
	"slices"
	"time"
)

// Type is the TIMEX3 type of an expression.
type Type string

const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Expr is one time expression found in a text.
type Expr struct {
	Start, End int    // UTF-8 byte offsets into the text, End exclusive
	Text       string // text[Start:End]
	Type       Type
	Value      string // TIMEX3 value: "2024-03-24", "2014", "P1D", "PAST_REF", "XXXX-WI", ...
	Mod        string // TIMEX3 mod: START, MID, END, APPROX, LESS_THAN, MORE_THAN, ... or ""
	Anchor     string // what the value was computed from: "" (absolute), "DCT", or "EXPR"
	AnchorExpr int    // index of the earlier expression when Anchor == "EXPR", else -1
	Derivation string // how the value was worked out, in one line
	Relation   string // "before" or "after" an event named by a noun phrase ("after" for "later"), else ""
	Offset     string // signed ISO 8601 duration of that relation ("-P1D"), "" if no amount
	RangeEnd   int    // index of the expression closing a range this one opens, else -1
}

// Anchors of a value.
const (
	AnchorDCT  = "DCT"
	AnchorExpr = "EXPR"
)

// Tag finds the time expressions of text, in order. A zero dct means the
// creation time is unknown: relative expressions are then resolved against
// dates the text itself gives, or left with unknown (X) digits.
func Tag(text string, dct time.Time) []Expr {
	p := newParser(text, dct)
	p.run()
	var out []Expr
	if len(p.out) > 0 {
		out = slices.Clone(p.out) // at its final size, the buffers go back
	}
	p.release()
	return out
}

// A Range is a pair of expressions forming one interval.
type Range struct {
	From, To   int    // indices of the two expressions
	Start, End int    // byte span of the whole range: "from 2009 to 2010"
	Text       string // text[Start:End]
	Value      string // EDTF interval: "2014/2015"
}

// Ranges joins the expressions that form ranges (see RangeEnd).
func Ranges(text string, exprs []Expr) []Range {
	var rs []Range
	for i, e := range exprs {
		if e.RangeEnd < 0 || e.RangeEnd >= len(exprs) {
			continue
		}
		to := exprs[e.RangeEnd]
		start := e.Start
		if w, s := wordBefore(text, start); w == "from" || w == "between" {
			start = s
		}
		rs = append(rs, Range{From: i, To: e.RangeEnd, Start: start, End: to.End,
			Text: text[start:to.End], Value: e.Value + "/" + to.Value})
	}
	return rs
}

// wordBefore returns the lowercased word just before offset i and its start.
func wordBefore(text string, i int) (string, int) {
	j := i
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isASCIILetter(text[k-1]) {
		k--
	}
	return lowerASCII(text[k:j]), k
}
