package events

import "strings"

// Shallow grammar over a sentence's tokens: enough to find the verb or the
// event noun a time expression belongs to, the clause around it, and the
// noun phrases that name events.

// Tenses of a verb group.
const (
	tPast        = "past"         // "surfaced", "had fled"
	tPassive     = "past passive" // "was arrested"
	tPerfect     = "perfect"      // "has continued"
	tProgressive = "progressive"  // "is ruling", "has been escalating"
	tPresent     = "present"      // "remains"
	tFuture      = "future"       // "will meet", "is expected to meet"
	tModal       = "modal"        // "can't guarantee"
	tCopula      = "copula"       // "was one of"
)

// A verbGroup is a clause's verbs: [start, end) tokens, head the main verb.
type verbGroup struct {
	start, end, head int
	tense            string
	plural           bool // the auxiliary shows a plural subject ("were", "have")
	numberKnown      bool
}

// modals take a verb's base form.
var modals = set(`will would shall should can could may might must`)

// adverbs that may stand inside a verb group.
var groupAdverbs = set(`not never also already reportedly allegedly just recently later then again
	still previously first finally formally officially quickly briefly n't`)

// verbAt reports whether token i is a finite verb or an auxiliary.
func verbAt(toks []token, i int) bool {
	t := toks[i]
	if !t.word || i > 0 && capitalized(t.text) {
		return false
	}
	prev := ""
	if i > 0 {
		prev = toks[i-1].low
	}
	if auxiliaries[t.low] {
		return true
	}
	if determiners[prev] || numberWords[prev] || prev == "'s" || prev == "newly" || prev == "so-called" {
		return false
	}
	if modals[prev] && (verbBases[t.low] || eVerbs[t.low] || actionVerbs[t.low]) {
		return true // "will vote", "could strike": a base form, not the noun
	}
	if pastForm(t.low) {
		return true
	}
	if presentForm(t.low) && eventNouns[t.low] == "" {
		return true
	}
	return false
}

// group expands the verb at v into its verb group and names its tense.
func group(toks []token, v int) verbGroup {
	g := verbGroup{start: v, end: v + 1}
	for g.start > 0 && (auxiliaries[toks[g.start-1].low] || groupAdverbs[toks[g.start-1].low] && g.start > 1 && auxiliaries[toks[g.start-2].low]) {
		g.start--
	}
	for g.end < len(toks) {
		w := toks[g.end].low
		if auxiliaries[w] || groupAdverbs[w] && g.end+1 < len(toks) && verbish(toks[g.end+1].low) ||
			modals[toks[g.end-1].low] && verbAt(toks, g.end) ||
			verbish(w) && auxiliaries[toks[g.end-1].low] || w == "to" && g.end+1 < len(toks) && futureMarkers[toks[g.end-1].low] {
			g.end++
			continue
		}
		break
	}
	// "is scheduled to spend": the verb after "to" is the event.
	if toks[g.end-1].low == "to" && g.end < len(toks) && toks[g.end].word && !determiners[toks[g.end].low] {
		g.end++
	}
	// "is expected to meet", "plans to visit": future.
	g.head = g.end - 1
	for g.head > g.start && (groupAdverbs[toks[g.head].low] || toks[g.head].low == "to") {
		g.head--
	}
	var words []string
	for _, t := range toks[g.start:g.end] {
		if !groupAdverbs[t.low] {
			words = append(words, t.low)
		}
	}
	has := func(ws ...string) bool {
		for _, w := range words {
			for _, x := range ws {
				if w == x {
					return true
				}
			}
		}
		return false
	}
	for _, w := range words {
		switch w {
		case "were", "are", "have", "do":
			g.plural, g.numberKnown = true, true
		case "was", "is", "has", "does":
			g.numberKnown = true
		}
	}
	if g.end < len(toks) && toks[g.end].low == "to" && g.end+1 < len(toks) && futureMarkers[toks[g.head].low] {
		// "is set to", "plans to": the verb after "to" is the event.
		g.end += 2
		g.head = g.end - 1
		g.tense = tFuture
		return g
	}
	head := toks[g.head].low
	switch {
	case has("will", "shall") || has("to") && (has("set", "expected", "due", "scheduled", "planned")):
		g.tense = tFuture
	case has("would", "should", "can", "could", "may", "might", "must", "ca"):
		g.tense = tModal
	case strings.HasSuffix(head, "ing"):
		g.tense = tProgressive
	case has("had") && head != "had":
		g.tense = tPast
	case has("has", "have") && has("been") && head != "been":
		g.tense = tPassive // "have been indicted": done, by someone
	case has("has", "have") && head != "has" && head != "have":
		g.tense = tPerfect
	case has("was", "were") && head != "was" && head != "were":
		g.tense = tPassive
	case head == "was" || head == "were" || head == "is" || head == "are":
		g.tense = tCopula
	case has("is", "are") && head != "is" && head != "are":
		g.tense = tPresent // present passive
	case pastForm(head):
		g.tense = tPast
	default:
		g.tense = tPresent
	}
	return g
}

// verbish is a participle or -ing form that continues a verb group.
func verbish(w string) bool {
	return pastForm(w) || strings.HasSuffix(w, "ing") && len(w) > 4 || w == "been" || w == "being"
}

// nounPhrase parses the noun phrase starting at token i: determiners or a
// possessive, modifiers and a head, then, when withPP, "of/in/on/at" phrases
// and a place in apposition ("Kandahar, Afghanistan"). It returns the end
// and the head's index (-1 when there is no noun).
func nounPhrase(toks []token, i int, withPP bool) (end, head int) {
	end, head = nounCore(toks, i)
	if head < 0 || !withPP {
		return end, head
	}
	for end+1 < len(toks) {
		switch p := toks[end].low; {
		case p == "of" || p == "in" || p == "on" || p == "at" || p == "near" || p == "outside" || p == "against":
			e, h := nounCore(toks, end+1)
			if h < 0 {
				return end, head
			}
			end = e
		case p == "," && knownPlaces[toks[end+1].text] && (end+2 == len(toks) || !toks[end+2].word || toks[end+2].low == "'s"):
			end += 2
		default:
			return end, head
		}
	}
	return end, head
}

// nounCore parses determiners, modifiers and a head noun from token i.
func nounCore(toks []token, i int) (end, head int) {
	head = -1
	j := i
	for j < len(toks) {
		t := toks[j]
		switch {
		case t.low == "'s" && j > i:
			j++ // "Moscow's"
			continue
		case !t.word, prepositions[t.low] && !(t.low == "suicide"), t.low == "and" || t.low == "or" || t.low == "but",
			t.low == "that" || t.low == "which" || t.low == "who" || t.low == "whose",
			auxiliaries[t.low], reporting[t.low]:
			return j, head
		case j > i && verbAt(toks, j) && !(j+1 < len(toks) && toks[j+1].word && !prepositions[toks[j+1].low] && pastForm(t.low)):
			return j, head
		}
		if !determiners[t.low] {
			head = j
		}
		j++
	}
	return j, head
}

// reducedRelative reports whether a lone past form is a participle
// modifying the noun before it ("the engineers arrested after the
// collapse, ..., appeared in court"): no auxiliary, no object (a
// preposition follows), and the clause's own verb comes later, right
// after the comma closing an aside, before any coordination.
func reducedRelative(toks []token, g verbGroup) bool {
	v := g.head
	if g.start != v || v == 0 || !pastForm(toks[v].low) || !toks[v-1].word || pronouns[toks[v-1].low] ||
		v+1 >= len(toks) || !prepositions[toks[v+1].low] {
		return false
	}
	for i := v + 1; i < len(toks); i++ {
		switch t := toks[i]; {
		case t.low == "and" || t.low == "but" || t.text == ";" || reporting[t.low]:
			return false
		case toks[i-1].text == "," && verbAt(toks, i):
			return true
		}
	}
	return false
}
