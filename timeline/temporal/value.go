package temporal

import "strings"

// ValidValue reports whether v is a well-formed TIMEX3 value for type t:
//
//	DATE, TIME  PRESENT_REF | PAST_REF | FUTURE_REF | CC | DDD | YYYY[-part][Ttime] | BCYYYY | BCCC
//	            part: MM[-DD] | Www[-D|-WE] | Qn | Hn | SP|SU|FA|WI
//	            time: hh[:mm[:ss]] | MO|MI|AF|EV|NI|DT
//	DURATION    P(nY|nM|nW|nD|nQ|nDE|nCE|nML)*[T(nH|nM|nS)*], n digits or X
//	SET         a DURATION or a DATE/TIME with X digits (XXXX-WXX-2TNI)
//
// Any digit of a date may be X (unknown).
func ValidValue(t Type, v string) bool {
	switch t {
	case Duration:
		return validDuration(v)
	case Set:
		return validDuration(v) || validDate(v)
	case Date, Time:
		return validDate(v)
	}
	return false
}

func validDuration(v string) bool {
	if len(v) < 3 || v[0] != 'P' {
		return false
	}
	v = v[1:]
	date, clock, hasT := strings.Cut(v, "T")
	if hasT && clock == "" {
		return false
	}
	if strings.Contains(date, "W") && (hasT || strings.Trim(date, "0123456789X.") != "W") {
		return false // ISO 8601 writes weeks alone: "P6W", never "P6W2D"
	}
	return (date != "" || hasT) && components(date, []string{"Y", "M", "W", "D", "Q", "DE", "CE", "C", "ML"}) &&
		components(clock, []string{"H", "M", "S"})
}

// components checks a run of amount+designator pairs ("2Y6M").
func components(s string, designators []string) bool {
	for s != "" {
		n := 0
		for n < len(s) && (isDigit(s[n]) || s[n] == 'X' || s[n] == '.' && n > 0) {
			n++
		}
		if n == 0 {
			return false
		}
		s = s[n:]
		ok := false
		for _, d := range designators {
			if strings.HasPrefix(s, d) && !(d == "D" && strings.HasPrefix(s, "DE")) {
				s, ok = s[len(d):], true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digits reports whether s is n digits or X's.
func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := range len(s) {
		if !isDigit(s[i]) && s[i] != 'X' {
			return false
		}
	}
	return true
}

// inRange reports whether two digits are lo..hi, or contain an X.
func inRange(s string, lo, hi int) bool {
	if strings.Contains(s, "X") {
		return true
	}
	n := atoi(s)
	return n >= lo && n <= hi
}

func validDate(v string) bool {
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		return true
	}
	if bc, ok := strings.CutPrefix(v, "BC"); ok {
		// a century, a decade or any date before Christ: BC02, BC017, BC0197-FA
		return digits(bc, 2) || digits(bc, 3) || len(bc) >= 4 && !strings.HasPrefix(bc, "BC") && validDate(bc)
	}
	date, clock, hasT := strings.Cut(v, "T")
	if hasT && !validClock(clock) {
		return false
	}
	if len(date) <= 3 {
		return !hasT && (digits(date, 2) || digits(date, 3))
	}
	if !digits(date[:4], 4) {
		return false
	}
	rest := date[4:]
	if rest == "" {
		return !hasT
	}
	if rest[0] != '-' {
		return false
	}
	rest = rest[1:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		return !hasT && (rest[1] == 'X' || rest[1] >= '1' && rest[1] <= '4')
	case len(rest) == 2 && rest[0] == 'H':
		return !hasT && (rest[1] == 'X' || rest[1] == '1' || rest[1] == '2')
	case rest == "SP" || rest == "SU" || rest == "FA" || rest == "WI":
		return !hasT
	case rest[0] == 'W':
		w, day, hasDay := strings.Cut(rest[1:], "-")
		if !digits(w, 2) || !inRange(w, 1, 53) {
			return false
		}
		if !hasDay {
			return !hasT
		}
		return (day == "WE" || day == "WD") && !hasT || len(day) == 1 && (day[0] == 'X' || day[0] >= '1' && day[0] <= '7')
	}
	m, d, hasD := strings.Cut(rest, "-")
	if !digits(m, 2) || !inRange(m, 1, 12) {
		return false
	}
	if !hasD {
		return !hasT
	}
	return digits(d, 2) && inRange(d, 1, 31)
}

func validClock(c string) bool {
	switch c {
	case "MO", "MI", "AF", "EV", "NI", "DT":
		return true
	}
	parts := strings.Split(c, ":")
	if len(parts) > 3 || !digits(parts[0], 2) || !inRange(parts[0], 0, 24) {
		return false
	}
	for _, s := range parts[1:] {
		if !digits(s, 2) || !inRange(s, 0, 59) || parts[0] == "24" && s != "00" {
			return false // (24:00 ends the day; 24:30 is 00:30 of the next)
		}
	}
	return true
}
