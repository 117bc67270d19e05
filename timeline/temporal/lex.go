package temporal

import (
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tkWord  tokKind = iota // a run of letters: "March", "a", "m"
	tkNum                  // a run of ASCII digits: "2013", "22"
	tkPunct                // any other single non-space rune: "." "," "-" "/" "'"
)

// A token is one lexeme of the text. Tokens never overlap and carry byte
// offsets, so every expression built from them maps back onto the text.
type token struct {
	low        string // ASCII-lowercased text (a slice of the lowered copy, not an allocation)
	lex        *entry // dictionary entry of a word, nil when it is not a time word
	start, end int
	num        int // value of a tkNum (saturates at 1e9)
	kind       tokKind
	space      bool // whitespace separates it from the previous token
	brk        bool // a sentence or paragraph break precedes it
	upper      bool // first rune is upper case
}

// lexer splits text into tokens with state functions, in the manner of
// text/template/parse: each state consumes input and returns the next state.
type lexer struct {
	text    string
	low     string // text with ASCII letters lowered, byte for byte
	pos     int
	start   int
	space   bool
	brk     bool
	toks    []token
	ascii   bool // the word is all ASCII, so it may be in the dictionary
	figures bool // a number of three digits or more, but for a year, was seen (see untoldYear)
}

type stateFn func(*lexer) stateFn

// lex tokenizes text. Work and allocation are linear in len(text). The
// tokens are appended to buf[:0] and the lowered text written over low,
// each reused when large enough; it returns both, and whether the text
// writes a number of three digits or more.
func lex(text string, buf []token, low []byte) ([]token, []byte, bool) {
	if cap(low) < len(text) {
		low = make([]byte, len(text))
	}
	low = lowerInto(low[:len(text)], text)
	l := &lexer{text: text, low: unsafe.String(unsafe.SliceData(low), len(low)), brk: true, toks: buf[:0]}
	if cap(buf) < len(text)/4 {
		l.toks = make([]token, 0, len(text)/4+16)
	}
	for state := lexSpace; state != nil; {
		state = state(l)
	}
	return l.toks, low, l.figures
}

// lowerASCII lowers ASCII letters only, so offsets are unchanged.
func lowerASCII(s string) string { return string(lowerInto(make([]byte, len(s)), s)) }

// lowerInto writes s into b (of its length) with ASCII letters lowered. It
// works on eight bytes at a time: the high bit of each capital (bytesIn),
// shifted down two, is the 0x20 that lowers it.
func lowerInto(b []byte, s string) []byte {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		binary.LittleEndian.PutUint64(b[i:], x|bytesIn(x, 'A', 'Z')>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		b[i] = c | lowerBit[c]
	}
	return b
}

// lowerBit is 0x20 for the ASCII upper-case letters: c|lowerBit[c] lowers c.
var lowerBit = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 0x20
	}
	return t
}()

// emit appends the token from l.start to l.pos, built in a local first:
// the buffer is written once.
func (l *lexer) emit(k tokKind) {
	t := token{kind: k, start: l.start, end: l.pos, low: l.low[l.start:l.pos], space: l.space, brk: l.brk}
	if c := l.text[t.start]; c < utf8.RuneSelf {
		t.upper = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(l.text[t.start:])
		t.upper = unicode.IsUpper(r)
	}
	switch k {
	case tkPunct:
		if t.low == "’" {
			t.low = "'" // a typographic apostrophe is an apostrophe: "’80s", "Friday’s"
		}
	case tkNum:
		for _, c := range []byte(l.text[t.start:t.end]) {
			if t.num < 1e9 {
				t.num = t.num*10 + int(c-'0')
			}
		}
	case tkWord:
		if l.ascii {
			t.lex = dictionary.find(t.low, l.hash())
		}
	}
	l.toks = append(l.toks, t)
	l.space, l.brk = false, false
	l.start = l.pos
}

// Byte classes of ASCII, for the lexer's inner loops.
const (
	bPunct byte = iota
	bSpace
	bNewline
	bDigit
	bLetter
)

var byteClass = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c == '\n':
			t[c] = bNewline
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			t[c] = bSpace
		case '0' <= c && c <= '9':
			t[c] = bDigit
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = bLetter
		}
	}
	return t
}()

// lexSpace skips white space, noting paragraph breaks (a blank line), and
// emits punctuation and ASCII words; it hands numbers and other words to
// their states.
func lexSpace(l *lexer) stateFn {
	newlines := 0
	for l.pos < len(l.text) {
		// white space on locals (the hot loop), then the token's start
		text, pos, space := l.text, l.pos, l.space
		for pos < len(text) {
			c := text[pos]
			if c < utf8.RuneSelf {
				switch byteClass[c] {
				case bNewline:
					newlines++
					fallthrough
				case bSpace:
					space = true
					pos++
					continue
				}
			} else if r, n := utf8.DecodeRuneInString(text[pos:]); unicode.IsSpace(r) {
				space = true
				pos += n
				continue
			}
			break
		}
		l.pos, l.space = pos, space
		if l.pos >= len(l.text) {
			break
		}
		c := l.text[l.pos]
		l.start = l.pos
		if newlines > 1 {
			l.brk = true
		}
		newlines = 0
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(l.text[l.pos:])
			if unicode.IsLetter(r) {
				return lexWord
			}
			l.pos += n
		case byteClass[c] == bDigit:
			return lexNumber
		case byteClass[c] == bLetter:
			// an ASCII word, the commonest token, is emitted here; lexWord
			// takes the words that go on past ASCII
			end := letterRun(l.low, l.pos)
			if end < len(l.text) && l.text[end] >= utf8.RuneSelf {
				return lexWord
			}
			l.pos, l.ascii = end, true
			l.emit(tkWord)
			continue
		default:
			// a run of one mark is one token ("''", "--", "..."), which
			// also keeps the token count low on runs of punctuation
			for l.pos++; l.pos < len(l.text) && l.text[l.pos] == c; l.pos++ {
			}
		}
		l.emitPunct()
	}
	return nil
}

// emitPunct emits a punctuation token; sentence-final marks followed by
// space set the break flag for the next token.
func (l *lexer) emitPunct() {
	c := l.text[l.start]
	abbrev := c == '.' && len(l.toks) > 0 && isAbbrev(l.toks[len(l.toks)-1])
	l.emit(tkPunct)
	// A mark ends a sentence when space follows it; "." not after an
	// abbreviation ("Sept.", "a.m.", "Mr."), and not inside "4.1".
	spaced := l.pos == len(l.text) || l.text[l.pos] < utf8.RuneSelf && byteClass[l.text[l.pos]] != bDigit && byteClass[l.text[l.pos]] != bLetter
	if c == '.' && !abbrev && len(l.toks) > 1 {
		// nor after a short capitalized word when a comma or a lowercase
		// word follows: "Birmingham, Ala., killed", "in Portland, Ore. on"
		prev := l.toks[len(l.toks)-2]
		j := l.pos
		for j < len(l.text) && l.text[j] == ' ' {
			j++
		}
		abbrev = prev.kind == tkWord && prev.upper && len(prev.low) <= 5 && j < len(l.text) && (l.text[j] == ',' && j == l.pos || 'a' <= l.text[j] && l.text[j] <= 'z')
	}
	if spaced && (c == '!' || c == '?' || c == ';' || c == ':' || c == '.' && !abbrev) {
		l.brk = true
	}
}

// isAbbrev reports whether a word before "." is likely an abbreviation.
func isAbbrev(t token) bool {
	if t.kind != tkWord {
		return false
	}
	if len(t.low) == 1 || t.lex != nil && t.lex.class&cAbbrev != 0 {
		return true
	}
	switch t.low {
	case "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "co", "corp", "inc", "ltd", "no", "vs", "prof", "rev", "ft", "mt":
		return true
	}
	return false
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.text) && l.text[l.pos] < utf8.RuneSelf && byteClass[l.text[l.pos]] == bDigit {
		l.pos++
	}
	// (a year a story recalls, "the summer of 1976", is no figure of news)
	l.figures = l.figures || l.pos-l.start >= 3 && !(l.pos-l.start == 4 && (l.text[l.start] == '1' || l.text[l.start] == '2' && l.text[l.start+1] == '0'))
	l.emit(tkNum)
	return lexSpace
}

func lexWord(l *lexer) stateFn {
	ascii := true
	for {
		l.pos = letterRun(l.low, l.pos)
		if l.pos == len(l.text) || l.text[l.pos] < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(l.text[l.pos:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break // "Friday’s", "Friday—then": the word ends, ASCII still
		}
		l.pos += n
		ascii = false
	}
	l.ascii = ascii
	l.emit(tkWord)
	return lexSpace
}

// hash is the wordHash of the word from l.start to l.pos: a word of fewer
// than eight letters, most words, is the one load of them, masked.
func (l *lexer) hash() uint32 {
	n := l.pos - l.start
	if n >= 8 || l.start+8 > len(l.low) {
		return wordHash(l.low[l.start:l.pos])
	}
	x := binary.LittleEndian.Uint64([]byte(l.low[l.start : l.start+8]))
	return uint32(mix(uint64(n)^x&(1<<(8*n)-1)) >> 32)
}

// letterRun returns the end of the run of ASCII letters of the lowered
// text low from i, reading eight bytes at a time as lowerInto does.
func letterRun(low string, i int) int {
	for ; i+8 <= len(low); i += 8 {
		x := binary.LittleEndian.Uint64([]byte(low[i : i+8]))
		if other := ^bytesIn(x, 'a', 'z') & highs; other != 0 {
			return i + bits.TrailingZeros64(other)/8
		}
	}
	for i < len(low) && 'a' <= low[i] && low[i] <= 'z' {
		i++
	}
	return i
}

// highs are the high bits of the eight bytes of a word.
const highs = 0x8080808080808080

// bytesIn sets the high bit of each byte of x that lies in lo..hi (both
// ASCII), and no other bit: a byte is in when its high bit is clear and
// its low seven bits, raised by 0x80-lo, carry into the high bit while
// raised by 0x80-hi-1 they do not.
func bytesIn(x uint64, lo, hi byte) uint64 {
	const ones = 0x0101010101010101
	low7 := x &^ highs
	return (low7 + uint64(0x80-lo)*ones) &^ (low7 + uint64(0x80-hi-1)*ones) &^ x & highs
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
