package ingest

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	nurl "net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML reads a web page: go-trafilatura finds the article among the
// navigation, ads, "related stories" and banners; the page's metadata
// gives the title, author, publisher and publication time, and where it
// gives no time a byline does. The article's paragraphs then go through
// the same furniture filter as plain text.
func parseHTML(name, text, pageURL string) (*Document, error) {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("%s: %v; save the page again from the browser (File > Save Page As, web page HTML only)", name, err)
	}
	published, modified := pageDates(doc)
	removeInert(doc)

	var paras []string
	var info trafilatura.Metadata
	if textSize(doc) <= maxExtractText {
		paras, info = extractArticle(doc, pageURL)
	} else {
		// trafilatura's time grows with the square of the text: on a page
		// this long, read its metadata from the page's beginning only.
		head, _ := html.Parse(strings.NewReader(text[:min(len(text), maxExtractText)]))
		removeInert(head)
		_, info = extractArticle(head, pageURL)
	}
	if len(paras) == 0 {
		// No article found, or too long to look for: the page's main
		// text, judged by the furniture filter.
		paras = blocks(mainContent(doc))
	}
	if len(paras) > 0 && sameText(paras[0], info.Title) {
		paras = paras[1:] // the headline, already the title
	}
	d := parseText(strings.Join(paras, "\n\n"), false)

	var header meta // bylines above the article, outside what trafilatura kept
	if len(paras) > 0 && (published.IsZero() || bareDate(published) || info.Author == "" || info.Sitename == "") {
		page := blocks(doc)
		// Above the article's first paragraph or, where the extractor
		// reworded it, above the page's first paragraph of prose.
		top := slices.Index(page, paras[0])
		if top < 0 {
			top = slices.IndexFunc(page, prose)
		}
		for _, line := range page[max(0, top-40):max(0, top)] {
			header.readLine(line)
		}
	}

	d.Title = info.Title
	byline := firstTime(header.published, d.Published)
	if sameDay(published, byline) {
		published = byline // "2024-03-24" in the markup, "3:52 PM CDT" in the byline
	}
	d.Published = firstTime(published, byline, header.updated, modified)
	d.Author = firstString(info.Author, header.author, d.Author)
	d.Publisher = firstString(info.Sitename, header.publisher, d.Publisher)
	if info.URL != "" {
		d.URL = info.URL
	}
	return d, nil
}

// maxExtractText bounds the text (in bytes) given to trafilatura, whose
// time grows with its square: 1 MiB takes about a second. A news
// article's text is a few tens of kilobytes.
const maxExtractText = 1 << 20

// extractArticle runs trafilatura: the article's paragraphs and the
// page's title, author, site name and address.
func extractArticle(doc *html.Node, pageURL string) ([]string, trafilatura.Metadata) {
	cfg := trafilatura.DefaultConfig()
	cfg.MinExtractedSize = 0 // its rescue for short texts runs paragraphs together; mainContent keeps them
	opts := trafilatura.Options{
		Config:          cfg,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Disabled, // dates come from pageDates and bylines, never guessed from the text
	}
	if u, err := nurl.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return nil, trafilatura.Metadata{}
	}
	return blocks(res.ContentNode), res.Metadata
}

// sameDay reports whether a date without a time (midnight UTC, as a bare
// date is read) falls on the day of a time b that has one.
func sameDay(date, b time.Time) bool {
	return bareDate(date) && !b.IsZero() && !bareDate(b) && date.Format(time.DateOnly) == b.Format(time.DateOnly)
}

func bareDate(t time.Time) bool {
	return !t.IsZero() && t.Location() == time.UTC && t.Equal(t.Truncate(24*time.Hour))
}

// textSize is the number of bytes of text in n.
func textSize(n *html.Node) int {
	if n.Type == html.TextNode {
		return len(n.Data)
	}
	size := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		size += textSize(c)
	}
	return size
}

// mainContent is the part of a page the article is in when trafilatura
// cannot say: the <article> with the most text, else <main>, else the
// body, without its navigation, asides and footers.
func mainContent(doc *html.Node) *html.Node {
	var best, main *html.Node
	bestSize := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Article:
				if size := textSize(n); size > bestSize {
					best, bestSize = n, size
				}
				return // an article inside an article is part of it
			case atom.Main:
				main = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	root := cmp.Or(best, main, doc)
	removeBoilerplate(root)
	return root
}

// removeBoilerplate takes out the parts of a page that are not its text.
func removeBoilerplate(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (c.DataAtom == atom.Nav || c.DataAtom == atom.Aside || c.DataAtom == atom.Footer || c.DataAtom == atom.Form) {
			n.RemoveChild(c)
		} else {
			removeBoilerplate(c)
		}
		c = next
	}
}

// inertTags hold no article text: scripts, styles, embedded documents and
// form controls. Removing them before extraction keeps the text after
// them, which the extractor itself can lose.
var inertTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Input: true, atom.Dialog: true,
}

// removeInert takes out inert elements, hidden ones (cookie and app
// banners waiting to be shown, screen-reader duplicates) and readers'
// comments, which are not the article and which trafilatura misses when
// they are plain paragraphs.
func removeInert(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.CommentNode || c.Type == html.ElementNode && (inertTags[c.DataAtom] || hidden(c) || readersComments(c)) {
			n.RemoveChild(c)
		} else {
			removeInert(c)
		}
		c = next
	}
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			return strings.EqualFold(strings.TrimSpace(a.Val), "true")
		case "style":
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
		}
	}
	return false
}

// reCommentsName is the id or a class of a comment section, as blog and
// news platforms name them ("comments", "comment-list", "disqus_thread"),
// and not "commentary", which is journalism.
var reCommentsName = regexp.MustCompile(`^(?i:comments?|commentlist|comments?[-_].*|disqus_thread|dsq-comments?)$`)

func readersComments(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Aside, atom.Ol, atom.Ul, atom.Dl:
	default:
		return false
	}
	if reCommentsName.MatchString(attr(n, "id")) {
		return true
	}
	for _, class := range strings.Fields(attr(n, "class")) {
		if reCommentsName.MatchString(class) {
			return true
		}
	}
	return false
}

// blockTags start a paragraph of their own.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Figure: true, atom.Figcaption: true, atom.Section: true,
	atom.Article: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Nav: true,
	atom.Main: true, atom.Hr: true, atom.Address: true, atom.Details: true, atom.Summary: true,
	atom.Body: true, atom.Form: true, atom.Fieldset: true, atom.Caption: true,
}

// blocks is the text of n as paragraphs: one per block element, spaces
// collapsed as a browser shows them, <br> as a line break.
func blocks(n *html.Node) []string {
	var (
		out  []string
		line strings.Builder
		para []string
	)
	endLine := func() {
		if l := strings.Join(strings.Fields(line.String()), " "); l != "" {
			para = append(para, l)
		}
		line.Reset()
	}
	endPara := func() {
		endLine()
		if len(para) > 0 {
			out = append(out, strings.Join(para, "\n"))
			para = para[:0]
		}
	}
	var walk func(n *html.Node, pre bool)
	walk = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			if pre {
				lines := strings.Split(n.Data, "\n")
				for i, l := range lines {
					if i > 0 {
						endLine()
					}
					line.WriteString(l)
				}
			} else {
				line.WriteString(n.Data)
			}
			return
		case html.ElementNode:
			switch {
			case n.DataAtom == atom.Br:
				endLine()
				return
			case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
				line.WriteString(" ")
			case inertTags[n.DataAtom]:
				return
			case blockTags[n.DataAtom]:
				endPara()
				defer endPara()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, pre || n.DataAtom == atom.Pre)
		}
	}
	walk(n, false)
	endPara()
	return out
}

// pageDates reads the publication and modification times a page states
// in its metadata: JSON-LD, <meta> tags, then <time> elements.
func pageDates(doc *html.Node) (published, modified time.Time) {
	var ld, metaPub, metaMod, timePub, timeAny time.Time
	var walk func(n *html.Node, inList bool)
	walk = func(n *html.Node, inList bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					p, m := jsonLDDates(n.FirstChild.Data)
					ld = firstTime(ld, p)
					metaMod = firstTime(metaMod, m)
				}
				return
			case atom.Meta:
				key := strings.ToLower(firstString(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"), attr(n, "http-equiv")))
				if t, ok := metaTime(attr(n, "content")); ok {
					switch {
					case publishedKeys[key]:
						metaPub = firstTime(metaPub, t)
					case modifiedKeys[key]:
						metaMod = firstTime(metaMod, t)
					}
				}
			case atom.Nav, atom.Aside, atom.Footer, atom.Ul, atom.Ol:
				inList = true
			}
			// <time pubdate>, or any element marked as the publication date.
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") || n.DataAtom == atom.Time && hasAttr(n, "pubdate") {
				if t, ok := metaTime(firstString(attr(n, "datetime"), attr(n, "content"), textOf(n))); ok {
					timePub = firstTime(timePub, t)
				}
			} else if n.DataAtom == atom.Time && !inList {
				if t, ok := metaTime(attr(n, "datetime")); ok {
					timeAny = firstTime(timeAny, t)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inList)
		}
	}
	walk(doc, false)
	return firstTime(ld, metaPub, timePub, timeAny), metaMod
}

// publishedKeys and modifiedKeys are the <meta> names (property, name or
// itemprop, lower-cased) that publishers and CMSs use for the two times.
var publishedKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "og:article:published_time": true,
	"article.published": true, "published_time": true, "datepublished": true, "date_published": true,
	"publishdate": true, "publish-date": true, "publish_date": true, "pubdate": true,
	"publication_date": true, "sailthru.date": true, "parsely-pub-date": true, "dc.date": true,
	"dc.date.issued": true, "dc.date.created": true, "dcterms.created": true, "dcterms.issued": true,
	"dcterms.date": true, "date": true, "citation_publication_date": true, "citation_date": true,
	"originalpublicationdate": true, "article_date_original": true, "datecreated": true,
	"displaydate": true, "cxenseparse:recs:publishtime": true,
}

var modifiedKeys = map[string]bool{
	"article:modified_time": true, "og:updated_time": true, "datemodified": true,
	"last-modified": true, "dcterms.modified": true, "lastmod": true, "article.updated": true,
}

// jsonLDDates reads datePublished and dateModified from a JSON-LD block,
// preferring the article's own over those of other things it describes.
func jsonLDDates(src string) (published, modified time.Time) {
	// Some pages wrap the JSON in comments or CDATA markers: try the
	// first few places where an object or a list may start.
	var v any
	parsed := false
	for tries, i := 0, strings.IndexAny(src, "{["); i >= 0 && tries < 3 && !parsed; tries++ {
		closing := map[byte]byte{'{': '}', '[': ']'}[src[i]]
		j := strings.LastIndexByte(src, closing)
		parsed = j > i && json.Unmarshal([]byte(src[i:j+1]), &v) == nil
		if next := strings.IndexAny(src[i+1:], "{["); next >= 0 {
			i += 1 + next
		} else {
			i = -1
		}
	}
	if !parsed {
		return
	}
	var article, other [2]time.Time
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e)
			}
		case map[string]any:
			dest := &other
			if isArticleType(v["@type"]) {
				dest = &article
			}
			if t, ok := jsonTime(v["datePublished"]); ok {
				dest[0] = firstTime(dest[0], t)
			} else if t, ok := jsonTime(v["dateCreated"]); ok {
				dest[0] = firstTime(dest[0], t)
			}
			if t, ok := jsonTime(v["dateModified"]); ok {
				dest[1] = firstTime(dest[1], t)
			}
			for _, k := range slices.Sorted(maps.Keys(v)) {
				if k != "datePublished" && k != "dateCreated" && k != "dateModified" {
					visit(v[k])
				}
			}
		}
	}
	visit(v)
	return firstTime(article[0], other[0]), firstTime(article[1], other[1])
}

func jsonTime(v any) (time.Time, bool) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, false
	}
	return metaTime(s)
}

// isArticleType reports whether a schema.org @type (a name or a list of
// names) is a kind of article or post.
func isArticleType(v any) bool {
	switch v := v.(type) {
	case string:
		v = strings.ToLower(v)
		return strings.Contains(v, "article") || strings.Contains(v, "posting") || v == "report"
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// metaTime reads a machine-written time: ISO 8601, RFC 1123 (with or
// without a numeric zone), or a printed date as in a byline.
func metaTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return ParseTime(s)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	return strings.Join(blocks(n), " ")
}

// sameText reports whether a and b say the same words, ignoring case and spacing.
func sameText(a, b string) bool {
	return b != "" && strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

func firstTime(ts ...time.Time) time.Time {
	for _, t := range ts {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

func firstString(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
