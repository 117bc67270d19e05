package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Page furniture is recognized by the shape of a line, never by a site's
// exact strings: promotions start with an imperative from the vocabulary of
// apps, subscriptions and sharing; captions end with a photo credit; labels
// are a few words without a sentence.

// promoVerbs start the imperative lines of app banners, subscription and
// sharing prompts: "Tap to install our app", "Sign up for ...".
var promoVerbs = map[string]bool{
	"tap": true, "click": true, "install": true, "download": true, "subscribe": true,
	"sign": true, "log": true, "login": true, "register": true, "follow": true,
	"share": true, "get": true, "add": true, "open": true, "swipe": true, "scroll": true,
	"enable": true, "allow": true, "accept": true, "join": true, "watch": true,
	"listen": true, "read": true, "see": true, "visit": true, "learn": true,
	"try": true, "upgrade": true, "email": true, "print": true, "save": true,
	"continue": true, "skip": true, "support": true, "donate": true, "bookmark": true,
	"contact": true, "send": true, "comment": true, "discover": true, "explore": true,
	"view": true, "load": true, "go": true, "tweet": true, "like": true, "manage": true,
}

// promoWords mark a short line as furniture wherever they appear in it.
var promoWords = regexp.MustCompile(`(?i)\b(advertisement|advertising|sponsored|newsletters?|cookies?|subscribe|subscription|subscribers?|home screen|our app|the app|app store|google play|push notifications?|all rights reserved|copyright|terms of (use|service)|privacy policy|story continues|skip to|share this|listen to this article|min read|related (stories|articles|coverage|content)|more stories|recommended|sign up|sign in|log in|follow us|contact us|most popular|trending now|read more|breaking news alerts?)\b|©`)

// creditWords show that a parenthesized tail is a photo credit.
var creditWords = regexp.MustCompile(`(?i)\b(AP|AFP|Reuters|Getty|EPA|Images?|Photos?|Photographs?|Shutterstock|Bloomberg|Pool|Courtesy|via|Xinhua|Sputnik|TASS|Handout|Credit|File|Alamy|Anadolu|UPI|Video)\b|/`)

// captionOpeners start captions whatever their credit.
var captionOpeners = regexp.MustCompile(`^(?i)(in this (photo|image|picture|frame|handout|file|video|grab)|this (photo|image|picture|handout)|(a |an )?(photo|image|picture|video still) (taken|released|provided|shows)|file( photo)? ?[-–—:]|photo:|image:|photograph:|credit:|pictured:|illustration:)`)

var (
	reListMarker  = regexp.MustCompile(`^(\d{1,2}[.)]|[-*•·])\s+`)
	reParenTail   = regexp.MustCompile(`\(([^()]*)\)\s*$`)
	rePromoParen  = regexp.MustCompile(`\s*\((?i:more|read|see|related|click|watch|listen|also|subscribe|sign up|follow)\b[^()]*\)\s*$`)
	reTerminalEnd = regexp.MustCompile(`[.!?…]['"’”)\]]*$`)
)

// furniture reports whether a whole line (trimmed) is page furniture.
// afterFurniture says the line directly above was furniture, which makes
// a lower-case line its continuation ("Install the app" / "in two steps:").
func furniture(line string, afterFurniture bool) bool {
	// Labels: a few words that are not a sentence ("World", "Newser Staff").
	return junk(line, afterFurniture) || len(strings.Fields(line)) <= 3 && !reTerminalEnd.MatchString(line)
}

// junk reports whether a line is furniture other than a label: a lone
// mark, a promotion, a caption or a credit. A headline may be a label's
// length, never junk.
func junk(line string, afterFurniture bool) bool {
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return true // "X", "1.", "—"
	}
	if afterFurniture && startsLower(line) {
		return true
	}
	words := strings.Fields(line)
	if len(words) <= 14 {
		first := strings.ToLower(strings.Trim(words[0], `"'“‘(`))
		if reListMarker.MatchString(line) && len(words) > 1 {
			first = strings.ToLower(strings.Trim(words[1], `"'“‘(`))
		}
		if promoVerbs[first] && !reTerminalEnd.MatchString(line) || promoVerbs[first] && len(words) <= 8 {
			return true
		}
		if promoWords.MatchString(line) {
			return true
		}
	}
	return caption(line)
}

// maxCaptionWords is longer than any photo caption with its credit.
const maxCaptionWords = 60

// caption reports whether a line is a photo caption or credit: it opens
// like one, or ends with a parenthesized credit ("(... via AP)").
func caption(line string) bool {
	if captionOpeners.MatchString(line) {
		return true
	}
	// A paragraph of prose is no caption, whatever slug closes it ("...
	// since it entered production in February 1947. (pvs/ji)").
	if len(strings.Fields(line)) > maxCaptionWords {
		return false
	}
	m := reParenTail.FindStringSubmatch(line)
	if m == nil || !creditWords.MatchString(m[1]) {
		return false
	}
	// A prose sentence may end in "(AP)"; a caption's credit says more, or
	// the whole line is the credit.
	inner := strings.TrimSpace(m[1])
	return strings.HasPrefix(line, "(") || len(strings.Fields(inner)) > 1 || strings.Contains(inner, "/")
}

// trimPromoTail cuts a trailing "(More ... stories.)" link off a line.
func trimPromoTail(line string) string {
	if loc := rePromoParen.FindStringIndex(line); loc != nil && loc[0] > 0 {
		return strings.TrimRight(line[:loc[0]], " \t")
	}
	return line
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}
