package temporal

import (
	"strings"
	"testing"
)

// TestLexFindsEveryWord: each dictionary word is found wherever it stands,
// however it is written: the lexer hashes a short word with one load of
// the text past it, a word near the end of the text byte by byte.
func TestLexFindsEveryWord(t *testing.T) {
	for k, w := range dictionary.words {
		for _, text := range []string{w, strings.ToUpper(w), "x " + w + " and so on", "(" + w + "’s", "x " + w + "—"} {
			toks, _, _ := lex(text, nil, nil)
			var found bool
			for _, tok := range toks {
				found = found || tok.lex == dictionary.entries[k] && tok.low == w
			}
			if !found {
				t.Errorf("%q: the lexer does not find %q", text, w)
			}
		}
	}
}

// TestLexTokens: words, numbers and marks (a typographic apostrophe is an
// apostrophe), with the breaks between sentences.
func TestLexTokens(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"On Friday’s vote, 2,000 voted.", "on friday ' s vote , 2 , 000 voted ."},
		{"Café Monday—then São Paulo", "café monday — then são paulo"},
		{"It ended. Then it began...", "it ended . |then it began ..."},
	} {
		toks, _, _ := lex(tc.text, nil, nil)
		var got []string
		for _, tok := range toks {
			s := tok.low
			if tok.brk && len(got) > 0 {
				s = "|" + s
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, g, tc.want)
		}
	}
}
