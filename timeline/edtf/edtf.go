// Package edtf reads and writes the dates of a timeline in the Extended
// Date/Time Format (ISO 8601-2, level 1): a day, month, season or year,
// possibly approximate or uncertain, a span between two such dates, or a
// span open at one end. It also reads signed ISO 8601 durations, which
// anchors use as offsets.
//
// A Date knows its precision, so "2024-03" stays a month and is never
// silently turned into March 1st; Earliest and Latest give the first and
// last day it may mean.
package edtf

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how much of a Point is known.
type Precision uint8

const (
	Century Precision = iota + 1 // "19XX"
	Decade                       // "201X"
	Year                         // "2014"
	Season                       // "2024-21" (spring)
	Month                        // "2024-03"
	Day                          // "2024-03-22"
	Minute                       // "2024-03-24T15:52-05:00"
)

var precisionNames = [...]string{"", "century", "decade", "year", "season", "month", "day", "minute"}

func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// Seasons are written as months 21-24 in EDTF.
var seasonNames = map[int]string{21: "spring", 22: "summer", 23: "autumn", 24: "winter"}

// seasonMonths gives the first and last month of a season, northern
// hemisphere, meteorological; winter runs into the next year.
var seasonMonths = map[int][2]int{21: {3, 5}, 22: {6, 8}, 23: {9, 11}, 24: {12, 14}}

// A Point is one date of a given precision. The zero Point is not valid.
type Point struct {
	Year      int
	Month     int // 1-12, or 21-24 for a season; 0 below Month precision
	Day       int
	Hour, Min int
	Zone      *time.Location // nil when no offset was written
	Precision Precision
	Approx    bool // "~": about
	Uncertain bool // "?": possibly
}

// A Date is a single Point or an interval between two Points. An interval
// end may be open ("..": unbounded) or unknown ("": not known).
type Date struct {
	Start    Point
	End      Point
	Interval bool
	// OpenStart and OpenEnd mark "..": the span has no bound on that side.
	OpenStart, OpenEnd bool
	// UnknownStart and UnknownEnd mark an empty side: a bound exists but is not known.
	UnknownStart, UnknownEnd bool
}

// Day returns the Point for a calendar day.
func DayOf(t time.Time) Point {
	return Point{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: Day}
}

// Single returns the Date holding one Point.
func Single(p Point) Date { return Date{Start: p} }

// Parse reads an EDTF string.
func Parse(s string) (Date, error) {
	if s == "" {
		return Date{}, fmt.Errorf("empty date")
	}
	if i := strings.IndexByte(s, '/'); i >= 0 {
		var d Date
		d.Interval = true
		a, b := s[:i], s[i+1:]
		if strings.IndexByte(b, '/') >= 0 {
			return Date{}, fmt.Errorf("%q: more than one '/'", s)
		}
		var err error
		switch a {
		case "..":
			d.OpenStart = true
		case "":
			d.UnknownStart = true
		default:
			if d.Start, err = ParsePoint(a); err != nil {
				return Date{}, err
			}
		}
		switch b {
		case "..":
			d.OpenEnd = true
		case "":
			d.UnknownEnd = true
		default:
			if d.End, err = ParsePoint(b); err != nil {
				return Date{}, err
			}
		}
		if (d.OpenStart || d.UnknownStart) && (d.OpenEnd || d.UnknownEnd) {
			return Date{}, fmt.Errorf("%q: an interval needs at least one known end", s)
		}
		if d.HasStart() && d.HasEnd() && d.End.Latest().Before(d.Start.Earliest()) {
			return Date{}, fmt.Errorf("%q: the interval ends before it starts", s)
		}
		return d, nil
	}
	p, err := ParsePoint(s)
	if err != nil {
		return Date{}, err
	}
	return Date{Start: p}, nil
}

// MustParse is Parse for known-good literals in code and tests.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// ParsePoint reads one EDTF date (no interval).
func ParsePoint(s string) (Point, error) {
	orig := s
	var p Point
	bad := func(why string) (Point, error) {
		return Point{}, fmt.Errorf("%q is not an EDTF date (%s); expected forms like 2024, 2024-03, 2024-03-22, 2024-21 (spring), 201X, 2024-03~, 2024?, 2014/2015, ../2024-03-24", orig, why)
	}
	// Qualifiers at the end: ? uncertain, ~ approximate, % both.
	for len(s) > 0 {
		switch s[len(s)-1] {
		case '?':
			p.Uncertain = true
		case '~':
			p.Approx = true
		case '%':
			p.Uncertain, p.Approx = true, true
		default:
			goto done
		}
		s = s[:len(s)-1]
	}
done:
	date, clock, hasClock := strings.Cut(s, "T")
	parts := strings.Split(date, "-")
	neg := false
	if strings.HasPrefix(date, "-") {
		neg = true
		parts = strings.Split(date[1:], "-")
	}
	if len(parts[0]) != 4 {
		return bad("the year needs four digits")
	}
	switch {
	case strings.HasSuffix(parts[0], "XX") && len(parts) == 1:
		y, err := digits(parts[0][:2])
		if err != nil {
			return bad("bad century")
		}
		p.Year, p.Precision = y*100, Century
	case strings.HasSuffix(parts[0], "X") && len(parts) == 1:
		y, err := digits(parts[0][:3])
		if err != nil {
			return bad("bad decade")
		}
		p.Year, p.Precision = y*10, Decade
	default:
		y, err := digits(parts[0])
		if err != nil {
			return bad("bad year")
		}
		p.Year, p.Precision = y, Year
	}
	if neg {
		p.Year = -p.Year
	}
	if len(parts) > 1 {
		if p.Precision != Year || len(parts[1]) != 2 {
			return bad("bad month")
		}
		m, err := digits(parts[1])
		if err != nil || !(m >= 1 && m <= 12 || m >= 21 && m <= 24) {
			return bad("month must be 01-12, or 21-24 for a season")
		}
		p.Month, p.Precision = m, Month
		if m > 12 {
			p.Precision = Season
		}
	}
	if len(parts) > 2 {
		if p.Precision != Month || len(parts[2]) != 2 {
			return bad("bad day")
		}
		d, err := digits(parts[2])
		if err != nil || d < 1 || d > daysIn(p.Year, p.Month) {
			return bad("no such day in that month")
		}
		p.Day, p.Precision = d, Day
	}
	if len(parts) > 3 {
		return bad("too many parts")
	}
	if hasClock {
		if p.Precision != Day {
			return bad("a time needs a full date")
		}
		if err := p.parseClock(clock); err != nil {
			return bad(err.Error())
		}
	}
	return p, nil
}

// parseClock reads hh:mm[:ss][Z|±hh:mm]; seconds are dropped (minute precision).
func (p *Point) parseClock(s string) error {
	zone := ""
	if i := strings.IndexAny(s, "Z+-"); i >= 0 {
		s, zone = s[:i], s[i:]
	}
	f := strings.Split(s, ":")
	if len(f) < 2 || len(f) > 3 {
		return fmt.Errorf("time must be hh:mm")
	}
	h, err1 := digits(f[0])
	m, err2 := digits(f[1])
	if err1 != nil || err2 != nil || h > 23 || m > 59 || len(f[0]) != 2 || len(f[1]) != 2 {
		return fmt.Errorf("bad time of day")
	}
	if len(f) == 3 {
		if sec, err := digits(f[2]); err != nil || sec > 59 {
			return fmt.Errorf("bad seconds")
		}
	}
	p.Hour, p.Min, p.Precision = h, m, Minute
	switch {
	case zone == "":
	case zone == "Z":
		p.Zone = time.UTC
	default:
		zh, zm, ok := strings.Cut(zone[1:], ":")
		if !ok && len(zone) == 5 {
			zh, zm = zone[1:3], zone[3:]
		}
		a, err1 := digits(zh)
		b, err2 := digits(zm)
		if err1 != nil || err2 != nil || len(zh) != 2 || len(zm) != 2 || a > 14 || b > 59 {
			return fmt.Errorf("bad time-zone offset")
		}
		off := a*3600 + b*60
		if zone[0] == '-' {
			off = -off
		}
		p.Zone = time.FixedZone("", off)
	}
	return nil
}

func digits(s string) (int, error) {
	if s == "" {
		return 0, fmt.Errorf("empty")
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("not a digit")
		}
		n = n*10 + int(c-'0')
	}
	return n, nil
}

func daysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// String writes the Point in EDTF.
func (p Point) String() string {
	var b strings.Builder
	year := func() {
		y := p.Year
		if y < 0 {
			b.WriteByte('-')
			y = -y
		}
		fmt.Fprintf(&b, "%04d", y)
	}
	switch p.Precision {
	case Century:
		y := p.Year / 100
		if p.Year < 0 {
			b.WriteByte('-')
			y = -y
		}
		fmt.Fprintf(&b, "%02dXX", y)
	case Decade:
		y := p.Year / 10
		if p.Year < 0 {
			b.WriteByte('-')
			y = -y
		}
		fmt.Fprintf(&b, "%03dX", y)
	case Year:
		year()
	case Season, Month:
		year()
		fmt.Fprintf(&b, "-%02d", p.Month)
	case Day, Minute:
		year()
		fmt.Fprintf(&b, "-%02d-%02d", p.Month, p.Day)
		if p.Precision == Minute {
			fmt.Fprintf(&b, "T%02d:%02d", p.Hour, p.Min)
			if p.Zone != nil {
				_, off := time.Date(2000, 1, 1, 0, 0, 0, 0, p.Zone).Zone()
				if off == 0 && p.Zone == time.UTC {
					b.WriteByte('Z')
				} else {
					sign := byte('+')
					if off < 0 {
						sign, off = '-', -off
					}
					fmt.Fprintf(&b, "%c%02d:%02d", sign, off/3600, off%3600/60)
				}
			}
		}
	default:
		return ""
	}
	switch {
	case p.Approx && p.Uncertain:
		b.WriteByte('%')
	case p.Approx:
		b.WriteByte('~')
	case p.Uncertain:
		b.WriteByte('?')
	}
	return b.String()
}

// String writes the Date in EDTF.
func (d Date) String() string {
	if !d.Interval {
		return d.Start.String()
	}
	side := func(p Point, open, unknown bool) string {
		switch {
		case open:
			return ".."
		case unknown:
			return ""
		}
		return p.String()
	}
	return side(d.Start, d.OpenStart, d.UnknownStart) + "/" + side(d.End, d.OpenEnd, d.UnknownEnd)
}

// IsZero reports whether d holds no date at all.
func (d Date) IsZero() bool { return d.Start.Precision == 0 && !d.Interval }

// HasStart and HasEnd report whether the interval side is a known Point.
func (d Date) HasStart() bool { return !d.OpenStart && !d.UnknownStart }
func (d Date) HasEnd() bool {
	return d.Interval && !d.OpenEnd && !d.UnknownEnd
}

// Earliest is the first calendar day the Point may mean (midnight UTC).
func (p Point) Earliest() time.Time {
	switch p.Precision {
	case Century, Decade, Year:
		return civil(p.Year, 1, 1)
	case Season:
		return civil(p.Year, seasonMonths[p.Month][0], 1)
	case Month:
		return civil(p.Year, p.Month, 1)
	}
	return civil(p.Year, p.Month, p.Day)
}

// Latest is the last calendar day the Point may mean (midnight UTC).
func (p Point) Latest() time.Time {
	switch p.Precision {
	case Century:
		return civil(p.Year+99, 12, 31)
	case Decade:
		return civil(p.Year+9, 12, 31)
	case Year:
		return civil(p.Year, 12, 31)
	case Season:
		return civil(p.Year, seasonMonths[p.Month][1]+1, 0)
	case Month:
		return civil(p.Year, p.Month+1, 0)
	}
	return civil(p.Year, p.Month, p.Day)
}

// Earliest is the first day the Date may mean; ok is false when the
// start is open or unknown.
func (d Date) Earliest() (t time.Time, ok bool) {
	if !d.HasStart() {
		return time.Time{}, false
	}
	return d.Start.Earliest(), true
}

// Latest is the last day the Date may mean; ok is false when the end is
// open or unknown.
func (d Date) Latest() (t time.Time, ok bool) {
	if !d.Interval {
		return d.Start.Latest(), true
	}
	if !d.HasEnd() {
		return time.Time{}, false
	}
	return d.End.Latest(), true
}

// IsApprox and IsUncertain report a qualifier on any known Point.
func (d Date) IsApprox() bool {
	return d.Start.Approx || d.Interval && d.End.Approx
}
func (d Date) IsUncertain() bool {
	return d.Start.Uncertain || d.Interval && d.End.Uncertain
}

func civil(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// SeasonName is "spring", "summer", "autumn" or "winter" for a Season Point.
func (p Point) SeasonName() string { return seasonNames[p.Month] }

// MarshalText and UnmarshalText let a Date be a YAML or JSON string.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
func (d *Date) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
