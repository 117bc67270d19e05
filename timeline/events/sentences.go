package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A span is a byte range [start, end) of the document text.
type span struct{ start, end int }

// abbreviations never end a sentence: titles before names, and words that
// are followed by a number ("No. 3", "Jan. 5") or a name ("St. Petersburg").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "maj": true, "adm": true, "cmdr": true, "cpl": true, "pvt": true,
	"st": true, "ste": true, "rev": true, "hon": true, "pres": true, "supt": true,
	"insp": true, "det": true, "mt": true, "ft": true, "vs": true, "v": true,
	"no": true, "nos": true, "fig": true, "approx": true, "est": true, "ave": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"jr": true, "sr": true,
}

// splitSentences splits the paragraph text[p.start:p.end] into sentences.
// It is a small lexer over the paragraph: a sentence ends at '.', '!', '?'
// or '…' (with any closing quotes and brackets) followed by space and a
// sentence opening (a capital, a digit, an opening quote), unless the
// period belongs to an abbreviation or an initial ("Mr.", "U.S.", "Jan. 5",
// "J. K. Rowling"); a line opening a list item also starts a sentence.
func splitSentences(text string, p span) []span {
	var out []span
	start := p.start
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	for i := p.start; i < p.end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' && listItemAt(text, i+1, p.end):
			emit(i)
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + n
			for j < p.end && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
				j++
			}
			j = skipClosers(text, j, p.end)
			if j >= p.end {
				break
			}
			k := skipSpace(text, j, p.end)
			if k == j || k >= p.end {
				break
			}
			if !opensSentence(text, k) || r == '.' && j == i+1 && !periodEnds(text, p.start, i, k) {
				break
			}
			emit(j)
		}
		i += n
	}
	emit(p.end)
	return out
}

// periodEnds reports whether the period at i (followed by a sentence
// opening at next) ends a sentence.
func periodEnds(text string, from, i, next int) bool {
	w := wordBefore(text, from, i)
	lw := strings.ToLower(w)
	switch {
	case w == "":
		return true
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper(rune(w[0])):
		return false // an initial: "J. K. Rowling", the "S" of "U.S."
	case strings.Contains(w, "."):
		return false // "U.S", "a.m" before the last period
	case abbreviations[lw]:
		// Months and "No." end a sentence only before a word, never before
		// a number; titles never do.
		if monthAbbr[lw] || lw == "no" || lw == "nos" {
			return !isDigit(text[next])
		}
		return false
	}
	return true
}

var monthAbbr = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// wordBefore returns the run of letters and inner periods ending at i.
func wordBefore(text string, from, i int) string {
	j := i
	for j > from {
		r, n := utf8.DecodeLastRuneInString(text[from:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	return strings.Trim(text[j:i], ".")
}

// opensSentence reports whether a sentence can start at i.
func opensSentence(text string, i int) bool {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case strings.ContainsRune("\"“‘'([", r):
			i += n
			continue
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			return true
		}
		return false
	}
	return false
}

// listItemAt reports whether a list item ("- ", "• ", "1. ") starts at i.
func listItemAt(text string, i, end int) bool {
	i = skipSpace(text, i, end)
	if i >= end {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if strings.ContainsRune("-*•·–", r) {
		return i+n < end && text[i+n] == ' '
	}
	j := i
	for j < end && isDigit(text[j]) {
		j++
	}
	return j > i && j-i <= 2 && j+1 < end && (text[j] == '.' || text[j] == ')') && text[j+1] == ' '
}

func skipClosers(text string, j, end int) int {
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !strings.ContainsRune("\"”’')]", r) {
			break
		}
		j += n
	}
	return j
}

func skipSpace(text string, j, end int) int {
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	return j
}

// trimSpan trims spaces and a leading list marker off [s, e).
func trimSpan(text string, s, e int) (int, int) {
	s = skipSpace(text, s, e)
	if listItemAt(text, s, e) {
		for s < e && text[s] != ' ' {
			s++
		}
		s = skipSpace(text, s, e)
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
