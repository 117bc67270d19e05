package temporal

import (
	"strings"
	"testing"
	"time"
)

// TestFuncWordMasks checks the function words of wordRules: a rule not
// tried at a function word it would be tried at by class must recognize
// nothing there, in any of many contexts (every dictionary word after it).
func TestFuncWordMasks(t *testing.T) {
	nexts := append([]string{"1990", "3", "22", "'", "-", "A", "D", "Christmas", "Easter"}, dictionary.words...)
	conts := []string{"", "of March 3, 1990", "1990", "s", "day before the attack", "ago", "of the year", ". D. 1066", "quarter to eight"}
	if testing.Short() {
		conts = conts[:3]
	}
	for _, dct := range []time.Time{{}, fri} {
		for _, w := range functionWords {
			for _, n := range nexts {
				for _, c := range conts {
					for _, first := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
						text := "He said " + first + " " + n + " " + c + "."
						if n == "D" {
							text = "He said " + first + ".D. 1066 " + c // "A.D. 1066"
						}
						p := newParser(text, dct)
						const i = 2
						for _, r := range wordRules {
							if e := p.toks[i].lex; !r.startsAt(e) && r.first&e.class != 0 {
								if ph := r.fn(p, i); ph.ok() {
									t.Errorf("%q: a rule not tried at %q recognizes %q", text, w, p.span(ph.begin, ph.end))
								}
							}
						}
						p.release()
					}
				}
			}
		}
	}
}
