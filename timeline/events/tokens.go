package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A token is a word or a punctuation mark of a sentence, with its byte
// offsets in the document text.
type token struct {
	start, end int
	text, low  string
	word       bool // letters or digits; otherwise punctuation
	space      bool // preceded by white space
}

// tokenize splits text[s.start:s.end] into words and punctuation. Words
// keep inner hyphens, apostrophes and periods ("al-Qaeda", "U.S.",
// "don't"); a possessive "'s" is a token of its own.
func tokenize(text string, s span) []token {
	var toks []token
	space := false
	for i := s.start; i < s.end; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += n
			continue
		}
		j := i + n
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word {
			for j < s.end {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// Inner joiners need a letter or digit after them.
				if strings.ContainsRune("-'’.,", r2) && j+n2 < s.end {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						if r2 == ',' && !(unicode.IsDigit(r) && unicode.IsDigit(r3)) {
							break // "1,000" is a number; "a,b" is not a word
						}
						if (r2 == '\'' || r2 == '’') && isPossessive(text, j+n2, s.end) {
							break
						}
						j += n2
						continue
					}
				}
				// "U.S." keeps its last period.
				if r2 == '.' && strings.Contains(text[i:j], ".") {
					j += n2
				}
				break
			}
		} else if (r == '\'' || r == '’') && isPossessive(text, j, s.end) && len(toks) > 0 && !space {
			j += 1 // the "s"
			word = true
		}
		toks = append(toks, token{start: i, end: j, text: text[i:j], low: strings.ToLower(text[i:j]), word: word, space: space})
		space = false
		i = j
	}
	return toks
}

// isPossessive reports whether an "s" at i closes a possessive "'s".
func isPossessive(text string, i, end int) bool {
	if i >= end || text[i] != 's' && text[i] != 'S' {
		return false
	}
	if i+1 == end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// capitalized reports whether a word starts with an upper-case letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// join rebuilds text from tokens, spacing them as the source did.
func join(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.space {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}
