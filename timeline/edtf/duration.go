package edtf

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Duration is a signed ISO 8601 calendar duration such as -P1D or
// P1Y2M: years and months stay calendar units, so adding P1M to
// January 31 is end of February, not "30 days later".
type Duration struct {
	Neg                  bool
	Years, Months, Weeks int
	Days, Hours, Minutes int
}

// durationUnits is the order and letter of each unit; the bool says
// whether it belongs after the T.
var durationUnits = []struct {
	letter byte
	clock  bool
	field  func(*Duration) *int
}{
	{'Y', false, func(d *Duration) *int { return &d.Years }},
	{'M', false, func(d *Duration) *int { return &d.Months }},
	{'W', false, func(d *Duration) *int { return &d.Weeks }},
	{'D', false, func(d *Duration) *int { return &d.Days }},
	{'H', true, func(d *Duration) *int { return &d.Hours }},
	{'M', true, func(d *Duration) *int { return &d.Minutes }},
}

// ParseDuration reads a signed ISO 8601 duration: P1D, -P1D, P2W, PT3H, P1Y2M.
func ParseDuration(s string) (Duration, error) {
	var d Duration
	bad := func(why string) (Duration, error) {
		return Duration{}, fmt.Errorf("%q is not an ISO 8601 duration (%s); expected forms like P1D, -P1D, P2W, PT3H, P1Y2M", s, why)
	}
	r := s
	if strings.HasPrefix(r, "-") {
		d.Neg, r = true, r[1:]
	} else if strings.HasPrefix(r, "+") {
		r = r[1:]
	}
	if !strings.HasPrefix(r, "P") || len(r) < 3 {
		return bad("it starts with P and names at least one unit")
	}
	r = r[1:]
	next, clock := 0, false
	for r != "" {
		if r[0] == 'T' {
			if clock {
				return bad("two T")
			}
			clock, r = true, r[1:]
			for next < len(durationUnits) && !durationUnits[next].clock {
				next++
			}
			continue
		}
		i := 0
		for i < len(r) && r[i] >= '0' && r[i] <= '9' {
			i++
		}
		if i == 0 || i == len(r) {
			return bad("each unit is a number then a letter")
		}
		n, err := strconv.Atoi(r[:i])
		if err != nil {
			return bad("number too large")
		}
		letter := r[i]
		for next < len(durationUnits) && (durationUnits[next].letter != letter || durationUnits[next].clock != clock) {
			next++
		}
		if next == len(durationUnits) {
			return bad("unknown or misplaced unit " + string(letter))
		}
		*durationUnits[next].field(&d) = n
		next++
		r = r[i+1:]
	}
	return d, nil
}

// String writes the duration in ISO 8601; the zero Duration is "P0D".
func (d Duration) String() string {
	var b strings.Builder
	if d.Neg {
		b.WriteByte('-')
	}
	b.WriteByte('P')
	clock := false
	wrote := false
	for _, u := range durationUnits {
		n := *u.field(&d)
		if n == 0 {
			continue
		}
		if u.clock && !clock {
			b.WriteByte('T')
			clock = true
		}
		b.WriteString(strconv.Itoa(n))
		b.WriteByte(u.letter)
		wrote = true
	}
	if !wrote {
		b.WriteString("0D")
	}
	return b.String()
}

// IsZero reports a zero-length duration.
func (d Duration) IsZero() bool {
	return d.Years == 0 && d.Months == 0 && d.Weeks == 0 && d.Days == 0 && d.Hours == 0 && d.Minutes == 0
}

// Negate returns the duration with the other sign.
func (d Duration) Negate() Duration {
	d.Neg = !d.Neg
	return d
}

// AddTo moves t by the duration.
func (d Duration) AddTo(t time.Time) time.Time {
	s := 1
	if d.Neg {
		s = -1
	}
	// Years and months move the calendar month and keep the day, clamped
	// to the month's end (Jan 31 + P1M = Feb 29), unlike time.AddDate.
	y, m, day := t.Date()
	m += time.Month(s * (d.Years*12 + d.Months))
	if last := time.Date(y, m+1, 0, 0, 0, 0, 0, t.Location()).Day(); day > last {
		day = last
	}
	t = time.Date(y, m, day, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	t = t.AddDate(0, 0, s*(d.Weeks*7+d.Days))
	return t.Add(time.Duration(s) * (time.Duration(d.Hours)*time.Hour + time.Duration(d.Minutes)*time.Minute))
}

// MarshalText and UnmarshalText let a Duration be a YAML or JSON string.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
