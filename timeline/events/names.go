package events

import (
	"strings"
)

// Kinds of names.
const (
	kPerson = "person"
	kOrg    = "org"
	kPlace  = "place"
)

// A name is a run of capitalized words in a sentence.
type name struct {
	text       string
	start, end int // token indices
}

// nameConnectors may stand inside a name between capitalized words:
// "Institute of Peace", "Center for Strategic and International Studies".
var nameConnectors = set(`of for and de del da al bin ibn van von la le`)

// names finds the capitalized-word runs of a sentence's tokens. The first
// word of the sentence counts only when it is not a common word.
func names(toks []token) []name {
	var out []name
	for i := 0; i < len(toks); {
		if !nameWord(toks, i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if nameWord(toks, j) && toks[j].space {
				j++
				continue
			}
			if nameConnectors[toks[j].low] && j+1 < len(toks) && nameWord(toks, j+1) && !(toks[j].low == "and" && !orgLike(toks, i, j)) {
				j += 2
				continue
			}
			break
		}
		// A title opens the run but is not the name: "President Joe Biden".
		k := i
		for k+1 < j && honorifics[strings.TrimSuffix(toks[k].low, ".")] {
			k++
		}
		out = append(out, name{text: join(toks[k:j]), start: k, end: j})
		i = j
	}
	return out
}

// nameWord reports whether token i can be part of a name.
func nameWord(toks []token, i int) bool {
	t := toks[i]
	if !t.word || t.low == "'s" {
		return false
	}
	if strings.HasPrefix(t.low, "al-") && len(t.text) > 3 && capitalized(t.text[3:]) {
		return true // "al-Qaeda"
	}
	if !capitalized(t.text) {
		return false
	}
	if i == 0 || toks[i-1].text == "\"" || toks[i-1].text == "“" || toks[i-1].text == "(" {
		// A sentence's first word is capitalized anyway.
		l := t.low
		if determiners[l] || prepositions[l] || subordinators[l] || discourse[l] || pronouns[l] ||
			auxiliaries[l] || articles[l] || reporting[l] || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") {
			return false
		}
	}
	return true
}

// orgLike reports whether the run toks[i:j] already reads as an
// organization, so that "and" may continue it.
func orgLike(toks []token, i, j int) bool {
	for _, t := range toks[i:j] {
		if orgWords[t.low] {
			return true
		}
	}
	return false
}

// classify tells a person, an organization or a place, or "" when the
// name gives no sign. known holds people already recognized in the
// article, by full name and by surname.
func classify(toks []token, n name, known map[string]string) string {
	if k, ok := knownNames[n.text]; ok {
		return k
	}
	words := strings.Fields(n.text)
	last := strings.ToLower(words[len(words)-1])
	prev, next, next2 := "", "", ""
	if p := n.start - 1; p >= 0 {
		if toks[p].text == "." && p > 0 {
			p-- // "Mr. Smith"
		}
		prev = strings.TrimSuffix(toks[p].low, ".")
	}
	if n.end < len(toks) {
		next = toks[n.end].low
	}
	if n.end+1 < len(toks) {
		next2 = toks[n.end+1].low
	}
	for _, w := range words {
		if orgWords[strings.ToLower(w)] {
			return kOrg
		}
	}
	switch {
	case knownOrgs[n.text] || knownOrgs[words[0]] && len(words) > 1 && !knownPlaces[words[1]]:
		return kOrg
	case knownPlaces[n.text]:
		return kPlace
	case placeWords[last]:
		return kPlace
	case known[n.text] != "" || knownPerson(known, n.text):
		return kPerson
	case venueNouns[next] || venueNouns[next2]:
		return kPlace
	case honorifics[prev] && !knownPlaces[n.text]:
		return kPerson
	}
	if acronym(n.text) {
		return kOrg
	}
	if len(words) >= 2 && len(words) <= 4 && (reporting[next] || reporting[prev] || next == "of" && next2 == "the" || next == "," && (next2 == "a" || next2 == "an" || next2 == "the" || next2 == "who")) {
		return kPerson
	}
	return ""
}

// acronym reports whether w is written in capitals ("NPR", "ISIS-K").
func acronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= 'a' && r <= 'z':
			return false
		case r == ' ':
			return false
		}
	}
	return letters >= 2
}

// entities are the people, organizations and places an event names.
type entities struct{ people, orgs, places []string }

func (e *entities) add(kind, s string) {
	var list *[]string
	switch kind {
	case kPerson:
		list = &e.people
	case kOrg:
		list = &e.orgs
	case kPlace:
		list = &e.places
	default:
		return
	}
	for _, x := range *list {
		if x == s {
			return
		}
	}
	*list = append(*list, s)
}

// findEntities classifies the names among toks (skipping tokens marked in
// skip). known is the article's people, which it extends: a full name
// teaches its surname, and a surname used alone ("Mir said") is listed as
// the full name it stands for, unless two people share it.
func findEntities(toks []token, skip []bool, known map[string]string) entities {
	var e entities
	for _, n := range names(toks) {
		if skip != nil && skip[n.start] {
			continue
		}
		k := classify(toks, n, known)
		text := n.text
		if k == kPerson {
			if full := known[text]; full != "" {
				text = full
			} else if strings.Contains(text, " ") {
				learn(known, text)
			}
		}
		e.add(k, text)
	}
	return e
}

// learn records a person's full name and its surname.
func learn(known map[string]string, full string) {
	known[full] = full
	f := strings.Fields(full)
	last := f[len(f)-1]
	if other, ok := known[last]; ok && other != full {
		known[last] = "" // two people share the surname: it names neither
		return
	}
	known[last] = full
}

// knownPerson reports whether a name is a surname shared by people seen.
func knownPerson(known map[string]string, s string) bool {
	full, ok := known[s]
	return ok && full == ""
}
