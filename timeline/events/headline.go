package events

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headlines are built the way a copy editor writes them: the main clause
// (who did what), without the time expression, the attribution or
// asides, in the present tense, without articles, at most maxTitle bytes.

// markAttributions marks ", per NPR", "according to the AP" and a trailing
// ", analysts say" or ", the New York Times reports".
func markAttributions(toks []token, skip []bool) {
	n := len(toks)
	for i := 0; i < n; i++ {
		w := toks[i].low
		if w == "per" || w == "according" && i+1 < n && toks[i+1].low == "to" {
			a := i
			if i > 0 && toks[i-1].text == "," {
				a = i - 1
			}
			b := i + 1
			for b < n && toks[b].text != "," && !final(toks, b) {
				b++
			}
			if a == i && b < n && toks[b].text == "," {
				b++ // "According to X, ..."
			}
			for k := a; k < b; k++ {
				skip[k] = true
			}
		}
	}
	// A dateline: "MOSCOW (AP) —".
	for i := 0; i < n && i < 8; i++ {
		if t := toks[i].text; t == "—" || t == "–" || t == "-" {
			for k := 0; k <= i; k++ {
				skip[k] = true
			}
			break
		}
		if toks[i].word && !acronym(toks[i].text) {
			break
		}
	}
	// ", analysts say." at the end: a comma, a few words, a reporting verb.
	end := n
	for end > 0 && final(toks, end-1) {
		end--
	}
	if end > 0 && reporting[toks[end-1].low] {
		for c := end - 2; c >= 0 && c >= end-8; c-- {
			if toks[c].text == "," {
				for k := c; k < end; k++ {
					skip[k] = true
				}
				break
			}
			if verbAt(toks, c) {
				break
			}
		}
	}
}

// final reports whether token i is sentence-final punctuation.
func final(toks []token, i int) bool {
	if toks[i].word {
		return false
	}
	for j := i; j < len(toks); j++ {
		if toks[j].word {
			return false
		}
	}
	return true
}

// markParentheticals marks asides between paired dashes or brackets:
// "Kandahar, Afghanistan—site of the Taliban's origin—the day before".
func markParentheticals(toks []token, skip []bool) {
	open := -1
	for i, t := range toks {
		switch t.text {
		case "—", "–":
			if open >= 0 && toks[open].text == t.text {
				for k := open; k <= i; k++ {
					skip[k] = true
				}
				open = -1
			} else if open < 0 {
				open = i
			}
		case "(", "[":
			open = i
		case ")", "]":
			if open >= 0 {
				for k := open; k <= i; k++ {
					skip[k] = true
				}
				open = -1
			}
		}
	}
}

// npStart walks back from an event noun over its modifiers and determiner.
func npStart(toks []token, head int) int {
	i := head
	for i > 0 {
		p := toks[i-1]
		if !p.word || prepositions[p.low] || auxiliaries[p.low] || p.low == "and" || p.low == "or" ||
			p.low == "including" || verbAt(toks, i-1) || pronouns[p.low] && !determiners[p.low] {
			break
		}
		i--
		if determiners[p.low] {
			break
		}
	}
	return i
}

// headlineNP makes a headline from an event noun phrase: "a suicide
// bombing in Kandahar, Afghanistan" -> "Suicide bombing in Kandahar, Afghanistan".
func headlineNP(toks []token, skip []bool) string {
	var kept []token
	for i, t := range toks {
		if skip[i] || articles[t.low] || i == 0 && determiners[t.low] {
			continue
		}
		kept = append(kept, t)
	}
	return finishTitle(kept)
}

// clauseBoundary ends a clause on either side.
func clauseBoundary(t token) bool {
	switch t.text {
	case ",", ";", ":", "—", "–", "(", ")", "\"", "“", "”":
		return true
	}
	return false
}

// headlineClause makes a headline from the clause of verb group g and
// returns the clause's span.
func headlineClause(toks []token, skip []bool, g verbGroup) (string, span) {
	// The subject: back from the verbs to the clause's start.
	start := g.start
	for start > 0 {
		p := toks[start-1]
		if skip[start-1] && !clauseBoundary(p) {
			start--
			continue
		}
		if clauseBoundary(p) || p.low == "that" || p.low == "which" || p.low == "who" || p.low == "when" ||
			reporting[p.low] {
			break
		}
		start--
	}
	// "The suspects, all from Tajikistan, appeared": the subject is before
	// the appositive, which the headline leaves out.
	if start > 0 && toks[start-1].text == "," && !skip[start-1] {
		if s, ok := appositiveSubject(toks, skip, start-1); ok {
			// The headline keeps the noun phrase, not what follows it.
			skip = append([]bool(nil), skip...)
			end, _ := nounPhrase(toks, s, true)
			for k := end; k < start; k++ {
				skip[k] = true
			}
			start = s
		}
	}
	for start < g.start && (discourse[toks[start].low] || skip[start]) {
		start++
	}
	if start == g.start || pronouns[toks[start].low] && start+1 == g.start {
		return "", span{} // no subject, or only a pronoun: not a headline
	}
	// The predicate: forward to the clause's end; a place in apposition
	// ("Kandahar, Afghanistan") does not end it.
	end := g.end
	for end < len(toks) {
		t := toks[end]
		if !skip[end] && clauseBoundary(t) && !(t.text == "," && end+1 < len(toks) && knownPlaces[toks[end+1].text]) || final(toks, end) {
			break
		}
		end++
	}
	subj := toks[start:g.start]
	plural := g.plural
	if !g.numberKnown {
		plural = pluralSubject(subj, start == 0)
	}
	// A trailing subordinate clause is background: "... after their tanks passed checks".
	for i := g.end; i < end; i++ {
		if subordinators[toks[i].low] && hasVerb(toks, i+1, end) {
			end = i
			break
		}
	}
	var kept []token
	for i := start; i < end; i++ {
		t := toks[i]
		if skip[i] || articles[t.low] {
			continue
		}
		if i >= g.start && i < g.end {
			kept = append(kept, verbTokens(toks, g, i, plural)...)
			i = g.end - 1
			continue
		}
		kept = append(kept, t)
	}
	// Shorten: drop trailing prepositional phrases after the verb.
	verbAt := len(subj)
	for len(join(kept)) > maxTitle {
		cut := -1
		for i := len(kept) - 1; i > verbAt+1; i-- {
			if prepositions[kept[i].low] || kept[i].text == "," {
				cut = i
				break
			}
		}
		if cut < 0 {
			break
		}
		kept = kept[:cut]
	}
	return finishTitle(kept), span{toks[start].start, toks[end-1].end}
}

// appositiveSubject reports whether the comma at close ends an appositive
// ("all from Tajikistan", "who proposed the review") after a noun phrase
// that opens its clause, and returns where that noun phrase starts.
func appositiveSubject(toks []token, skip []bool, close int) (int, bool) {
	open := close - 1
	for open >= 0 && toks[open].text != "," && !clauseBoundary(toks[open]) {
		open--
	}
	if open < 0 || toks[open].text != "," || open == close-1 {
		return 0, false
	}
	rel := toks[open+1].low == "who" || toks[open+1].low == "which"
	if !rel && hasVerb(toks, open+1, close) {
		return 0, false // a clause, not an appositive
	}
	s := open
	for s > 0 && !clauseBoundary(toks[s-1]) {
		s--
	}
	for s < open && (discourse[toks[s].low] || skip[s]) {
		s++
	}
	if s == open || prepositions[toks[s].low] || subordinators[toks[s].low] {
		return 0, false
	}
	end, head := nounPhrase(toks, s, true)
	if head < 0 || end != open && !(end+1 < open && pastForm(toks[end].low) && prepositions[toks[end+1].low]) {
		return 0, false // not a noun phrase, nor one with a participle ("engineers arrested after ...")
	}
	return s, true
}

// hasVerb reports whether toks[from:to] holds a verb.
func hasVerb(toks []token, from, to int) bool {
	for i := from; i < to && i < len(toks); i++ {
		if verbAt(toks, i) {
			return true
		}
	}
	return false
}

// verbTokens rewrites a verb group in headline tense: "surfaced" ->
// "surfaces", "was arrested" -> "arrested", "will visit" -> "to visit".
func verbTokens(toks []token, g verbGroup, at int, plural bool) []token {
	head := toks[g.head]
	out := func(w string) []token {
		t := head
		t.text, t.low, t.space = w, w, true
		return []token{t}
	}
	switch g.tense {
	case tPassive:
		return out(head.low)
	case tFuture:
		return append(out("to"), func() token { t := head; t.text = base(head.low); t.space = true; return t }())
	case tPast, tPerfect, tPresent, tCopula:
		b := base(head.low)
		if plural {
			if b == "be" {
				return out("are")
			}
			return out(b)
		}
		return out(thirdPerson(b))
	}
	return []token{head}
}

// pluralSubject guesses whether a subject is plural from its head noun
// (the last word before "of"/"in"/...), or a coordination.
func pluralSubject(subj []token, sentenceStart bool) bool {
	head := ""
	for i, t := range subj {
		if !t.word || prepositions[t.low] {
			break
		}
		if t.low == "and" {
			return true
		}
		if i > 0 && pastForm(t.low) {
			break // "depots closed by inspectors"
		}
		head = t.text
		if i == 0 && sentenceStart {
			head = t.low
		}
	}
	if head == "" || capitalized(head) && !strings.HasSuffix(head, "ans") {
		return false
	}
	l := strings.ToLower(head)
	switch l {
	case "people", "police", "men", "women", "children", "troops", "staff", "crew":
		return true
	}
	return strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is")
}

// finishTitle joins tokens into a headline: trailing punctuation off,
// first letter up, cut at a word boundary if still too long.
func finishTitle(toks []token) string {
	for len(toks) > 0 && !toks[len(toks)-1].word {
		toks = toks[:len(toks)-1]
	}
	for len(toks) > 0 && !toks[0].word {
		toks = toks[1:]
	}
	s := strings.Join(strings.Fields(join(toks)), " ")
	s = strings.ReplaceAll(s, " ,", ",")
	for len(s) > maxTitle {
		i := strings.LastIndexByte(s[:maxTitle], ' ')
		if i <= 0 {
			s = s[:maxTitle]
			break
		}
		s = strings.TrimRight(s[:i], ",;:")
	}
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
