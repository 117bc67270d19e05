package temporal

import (
	"strings"
	"testing"
	"time"
)

// TestRuleLeads checks the keywords and function words of wordRules and
// the tokens they go on to: a rule not tried at such a word, which it
// would be tried at by class, must recognize nothing there, in any of many
// contexts (every dictionary word after it).
func TestRuleLeads(t *testing.T) {
	nexts := append([]string{"1990", "3", "22", "'", "-", "A", "D", "Christmas", "Easter"}, dictionary.words...)
	conts := []string{"", "of March 3, 1990", "1990", "s", "day before the attack", "ago", "of the year", "quarter last year", "quarter to eight", "year ago", "last year", "a year ago", "day", "weeks", "seven", "two in the morning"}
	if testing.Short() {
		conts = conts[:3]
	}
	for k, e := range dictionary.entries {
		w := dictionary.words[k]
		if e.class&key == 0 {
			continue
		}
		for _, dct := range []time.Time{{}, fri} {
			for _, n := range nexts {
				for _, c := range conts {
					for _, first := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
						text := "He said " + first + " " + n + " " + c + "."
						if n == "D" {
							text = "He said " + first + ".D. 1066 " + c // "A.D. 1066"
						}
						p := newParser(text, dct)
						const i = 2
						tried := e.rules
						if e.class&cFunc != 0 {
							tried &= p.follows(i + 1)
						}
						for k, r := range wordRules {
							if tried&(1<<k) == 0 && r.first&e.class != 0 {
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
