package events

import "strings"

// eVerbs are verbs whose base form ends in a silent e, so that "surfaced"
// goes back to "surface" and "voted" to "vote", not "surfac" or "vot".
var eVerbs = set(`accuse advise allege announce approve arrange arrive argue assume authorize balance
	believe blame bribe capture cause cease celebrate charge change chase cite close collapse commemorate
	compare compete complete compile concede conclude confine confiscate continue convince coordinate
	cooperate create criticize damage debate deceive decide declare decline decrease dedicate define
	delegate delete demonstrate deprive describe designate deteriorate die disable disclose displace
	dispute dissolve divide dominate donate ease elaborate eliminate emerge encourage endorse enforce
	engage ensure erase escalate escape estimate evacuate evade evolve examine exchange exclude excuse
	execute exercise expire explode expose face force free generate graduate guarantee handle hesitate
	hire hope house ignite illustrate imagine impose include increase indicate influence injure inspire
	interrogate introduce invade investigate invite involve isolate issue judge legislate liberate like
	live locate manage merge mobilize move name negotiate nominate note oblige observe operate oppose
	organize outrage participate pause perpetrate persuade place please pledge praise precede prepare
	preserve preside price proclaim produce promise promote propose prosecute provide provoke purchase
	pursue quote raise realize receive recognize reconcile reduce refuse regulate release relocate
	remove replace rescue reside resolve restore resume retaliate retire reverse revise revive revoke
	rotate rule sabotage save schedule secure seize sentence serve settle shape share smuggle solve
	stabilize stage starve state stumble subside supervise surface surprise survive tackle terminate
	tolerate trace trade translate tune unite update upgrade urge use validate value violate vote wage
	waive welcome wipe`)

// verbBases are common verbs whose base form does not end in e, for
// recognizing present tenses ("remains", "seeks").
var verbBases = set(`attack arrest kill start open meet hold take visit plan want need seek say claim
	report appear remain happen launch sign win lose lead fight begin end call ask help show turn keep
	look run try put bring get go come make give find tell become leave feel think mean hold stand hear
	let play pay sit speak read spend grow offer expect build stay fall reach kill raise pass sell
	require suggest report decide pull ban bomb strike shoot warn vow deny reject insist order return
	approach confirm condemn demand accept allow appoint act add agree avoid claim collect conduct
	contain consist belong know believe exist lack deserve matter depend tend aim strive seem include
	represent resemble own hope`)

// nonVerbEd are words ending in -ed that are not past verbs.
var nonVerbEd = set(`hundred red bed need speed seed feed shed sacred naked wicked kindred wretched
	rugged ragged beloved indeed breed creed steed weed sled shred embed united armed`)

// base returns the base form of a verb form (past, participle, -s, -ing
// aside): "surfaced" -> "surface", "carried" -> "carry", "stopped" ->
// "stop", "appeared" -> "appear", "brought" -> "bring".
func base(w string) string {
	w = strings.ToLower(w)
	if b, ok := irregular[w]; ok {
		return b
	}
	switch {
	case strings.HasSuffix(w, "ied"):
		if len(w) == 4 {
			return w[:3] // died, lied, tied
		}
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "eed"):
		return w[:len(w)-1] // agreed, freed
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return regularStem(w[:len(w)-2])
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "es") && (eVerbs[w[:len(w)-1]]):
		return w[:len(w)-1]
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "oes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// regularStem undoes the spelling of a regular past: a silent e comes
// back ("surfac" -> "surface"), a doubled consonant goes ("stopp" ->
// "stop").
func regularStem(s string) string {
	if eVerbs[s+"e"] {
		return s + "e"
	}
	if eVerbs[s] || verbBases[s] {
		return s
	}
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && strings.IndexByte("bdgmnprt", s[n-1]) >= 0 && isVowel(s[n-3]) {
		return s[:n-1]
	}
	// Endings that a base form spells with an e: -c, -v, -u, -z, -rg, -ag, -eg, -ls/-ns/-rs.
	last := s[n-1]
	switch {
	case strings.IndexByte("cvuz", last) >= 0,
		last == 'g' && n >= 2 && strings.IndexByte("rae", s[n-2]) >= 0,
		last == 's' && n >= 2 && (isVowel(s[n-2]) || strings.IndexByte("lnr", s[n-2]) >= 0):
		return s + "e"
	}
	return s
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// thirdPerson is the present tense for a singular subject: "surface" ->
// "surfaces", "carry" -> "carries", "go" -> "goes".
func thirdPerson(b string) string {
	switch b {
	case "be":
		return "is"
	case "have":
		return "has"
	}
	n := len(b)
	switch {
	case n >= 2 && b[n-1] == 'y' && !isVowel(b[n-2]):
		return b[:n-1] + "ies"
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") ||
		strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "o"):
		return b + "es"
	}
	return b + "s"
}

// pastForm reports whether a lower-case word is a simple past or past
// participle (irregular, or regular -ed).
func pastForm(w string) bool {
	if irregularPast[w] || irregular[w] != "" && w != irregular[w] {
		return true
	}
	return len(w) >= 5 && strings.HasSuffix(w, "ed") && !nonVerbEd[w]
}

// presentForm reports whether a lower-case word is a present-tense verb
// of a known verb ("remains", "seeks", "says").
func presentForm(w string) bool {
	switch w {
	case "is", "are", "am", "has", "have", "does", "do":
		return true
	}
	if !strings.HasSuffix(w, "s") {
		return false
	}
	b := base(w)
	return verbBases[b] || eVerbs[b] || actionVerbs[b] || stative[b] || reporting[w]
}
