package timeline

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/chronicle-news/chronicle/internal/atomicfile"
	"github.com/chronicle-news/chronicle/timeline/edtf"
)

// A Problem is one thing wrong in a timeline file, with where it is and
// what was expected.
type Problem struct {
	File         string
	Line, Column int
	Msg          string
}

func (p Problem) Error() string {
	if p.Line == 0 {
		return p.File + ": " + p.Msg
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Column, p.Msg)
}

// Problems is every Problem found in a file, in file order.
type Problems []Problem

func (ps Problems) Error() string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// yamlDoc is a file's parsed YAML, kept to carry its comments over.
type yamlDoc struct{ root *yaml.Node }

// ReadFile reads and validates a timeline file.
func ReadFile(name string) (*Timeline, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return Parse(name, data)
}

// Parse reads and validates a timeline; name is used in problems. The
// error, if any, is Problems naming every problem with line and column.
func Parse(name string, data []byte) (*Timeline, error) {
	if !utf8.Valid(data) {
		return nil, Problems{{File: name, Msg: "not UTF-8 text; save the file as UTF-8"}}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, Problems{yamlProblem(name, err)}
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, Problems{{File: name, Msg: "the file is empty; expected at least a title: and events:"}}
	}
	v := validator{file: name}
	doc := root.Content[0]
	v.shape(doc, reflect.TypeOf(Timeline{}), "the timeline")
	if len(v.problems) > 0 {
		return nil, v.sorted()
	}
	var t Timeline
	if err := doc.Decode(&t); err != nil {
		return nil, Problems{yamlProblem(name, err)}
	}
	t.doc = &yamlDoc{root: &root}
	v.semantics(&t, doc)
	if len(v.problems) > 0 {
		return nil, v.sorted()
	}
	return &t, nil
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlProblem turns a yaml.v3 error ("yaml: line 4: ...") into a Problem.
func yamlProblem(name string, err error) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	p := Problem{File: name, Msg: "invalid YAML: " + msg}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		p.Column = 1
		p.Msg = "invalid YAML: " + strings.TrimSpace(yamlLine.ReplaceAllString(msg, ""))
		p.Msg = strings.Replace(p.Msg, ": :", ":", 1)
	}
	return p
}

type validator struct {
	file     string
	problems Problems
}

// sorted returns the problems in file order.
func (v *validator) sorted() Problems {
	sort.SliceStable(v.problems, func(i, j int) bool {
		a, b := v.problems[i], v.problems[j]
		return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
	})
	return v.problems
}

func (v *validator) add(n *yaml.Node, format string, args ...any) {
	v.problems = append(v.problems, Problem{File: v.file, Line: n.Line, Column: n.Column, Msg: fmt.Sprintf(format, args...)})
}

var (
	dateType     = reflect.TypeOf(edtf.Date{})
	durationType = reflect.TypeOf(edtf.Duration{})
	timeType     = reflect.TypeOf(time.Time{})
)

// shape checks node against the Go type it will be decoded into: kinds,
// unknown keys (with the known ones listed), and every date, duration
// and time in its own format, so each problem gets its own position.
func (v *validator) shape(n *yaml.Node, t reflect.Type, what string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	switch {
	case t == dateType:
		if n.Kind != yaml.ScalarNode {
			v.add(n, "%s must be an EDTF date such as 2024-03-22, 2024-03, 2014/2015 or ../2024-03-24", what)
		} else if _, err := edtf.Parse(n.Value); err != nil {
			v.add(n, "%s: %v", what, err)
		}
	case t == durationType:
		if n.Kind != yaml.ScalarNode {
			v.add(n, "%s must be an ISO 8601 duration such as -P1D", what)
		} else if _, err := edtf.ParseDuration(n.Value); err != nil {
			v.add(n, "%s: %v", what, err)
		}
	case t == timeType:
		if n.Kind != yaml.ScalarNode {
			v.add(n, "%s must be a date and time such as 2024-03-24T15:52:00-05:00", what)
		} else if _, err := parseTime(n.Value); err != nil {
			v.add(n, "%s: %q is not a date and time; expected RFC 3339, such as 2024-03-24T15:52:00-05:00", what, n.Value)
		}
	case t.Kind() == reflect.Struct:
		if n.Kind != yaml.MappingNode {
			v.add(n, "%s must be a mapping (key: value lines)", what)
			return
		}
		fields := yamlFields(t)
		seen := map[string]bool{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, val := n.Content[i], n.Content[i+1]
			f, ok := fields[k.Value]
			switch {
			case !ok:
				v.add(k, "unknown key %q in %s; known keys: %s", k.Value, what, strings.Join(sortedKeys(fields), ", "))
			case seen[k.Value]:
				v.add(k, "key %q appears twice in %s", k.Value, what)
			default:
				v.shape(val, f.Type, k.Value)
			}
			seen[k.Value] = true
		}
		for key, f := range fields {
			if !seen[key] && required(f) {
				v.add(n, "%s has no %q; it is required", what, key)
			}
		}
	case t.Kind() == reflect.Slice:
		if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.SequenceNode {
			v.add(n, "%s must be a list (lines starting with '- ')", what)
			return
		}
		item := strings.TrimSuffix(what, "s")
		for _, c := range n.Content {
			v.shape(c, t.Elem(), item)
		}
	case t.Kind() == reflect.String:
		if n.Kind != yaml.ScalarNode {
			v.add(n, "%s must be text", what)
		}
	}
}

// yamlFields maps each YAML key of a struct type to its field.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	m := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		m[name] = f
	}
	return m
}

func required(f reflect.StructField) bool {
	tag := f.Tag.Get("yaml")
	return !strings.Contains(tag, "omitempty") && f.Type.Kind() != reflect.Slice
}

func sortedKeys(m map[string]reflect.StructField) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad time %q", s)
}

// semantics checks what the shape cannot: ids, references and cycles.
func (v *validator) semantics(t *Timeline, doc *yaml.Node) {
	sourceNodes := itemNodes(doc, "sources")
	eventNodes := itemNodes(doc, "events")
	sources := map[string]bool{}
	for i, s := range t.Sources {
		n := keyNode(sourceNodes[i], "id")
		switch {
		case !ValidID(s.ID):
			v.add(n, "source id %q must be lower-case letters, digits and single hyphens", s.ID)
		case sources[s.ID]:
			v.add(n, "source id %q is used twice", s.ID)
		}
		sources[s.ID] = true
	}
	eras := map[string]bool{}
	for i, e := range t.Eras {
		n := keyNode(itemNodes(doc, "eras")[i], "id")
		switch {
		case e.ID != "" && !ValidID(e.ID):
			v.add(n, "era id %q must be lower-case letters, digits and single hyphens", e.ID)
		case eras[e.EraID()]:
			v.add(n, "era id %q is used twice; give one of them its own id:", e.EraID())
		}
		eras[e.EraID()] = true
	}
	events := map[string]int{}
	for i, e := range t.Events {
		n := keyNode(eventNodes[i], "id")
		switch {
		case !ValidID(e.ID):
			v.add(n, "event id %q must be lower-case letters, digits and single hyphens (such as crocus-city-hall-attack)", e.ID)
		case events[e.ID] > 0:
			v.add(n, "event id %q is used twice", e.ID)
		}
		events[e.ID] = i + 1
	}
	for i, e := range t.Events {
		en := eventNodes[i]
		if e.Anchor != nil {
			an := valueNode(en, "anchor")
			switch {
			case e.Anchor.Event == e.ID:
				v.add(keyNode(an, "event"), "event %q is anchored to itself", e.ID)
			case events[e.Anchor.Event] == 0:
				v.add(keyNode(an, "event"), "anchor names event %q, which is not in this timeline; expected one of the event ids", e.Anchor.Event)
			}
			if r := e.Anchor.Relation; r != "" && r != RelBefore && r != RelAfter {
				v.add(keyNode(an, "relation"), "anchor relation %q must be before or after", r)
			}
			if e.Anchor.Offset == nil && e.Anchor.Relation == "" {
				v.add(an, "anchor needs an offset (such as -P1D) or a relation (before or after)")
			}
		}
		if e.Date != nil && e.Anchor != nil {
			v.add(keyNode(en, "anchor"), "event %q has both a date and an anchor; keep one", e.ID)
		}
		for j, ev := range e.Evidence {
			if !sources[ev.Source] {
				n := keyNode(itemNodes(en, "evidence")[j], "source")
				v.add(n, "evidence names source %q, which is not under sources:", ev.Source)
			}
		}
	}
	// Anchor cycles: follow each chain; a chain that returns is a cycle.
	reported := map[string]bool{}
	for i := range t.Events {
		seen := map[string]bool{}
		chain := []string{}
		for cur := &t.Events[i]; cur != nil && cur.Anchor != nil; {
			if seen[cur.ID] {
				if !reported[cur.ID] {
					for _, id := range chain {
						reported[id] = true
					}
					v.add(keyNode(eventNodes[i], "anchor"), "anchors form a cycle: %s -> %s; one of them needs a date instead", strings.Join(chain, " -> "), cur.ID)
				}
				break
			}
			seen[cur.ID] = true
			chain = append(chain, cur.ID)
			next := events[cur.Anchor.Event]
			if next == 0 {
				break
			}
			cur = &t.Events[next-1]
		}
	}
}

// itemNodes returns the items of the list under key in mapping n.
func itemNodes(n *yaml.Node, key string) []*yaml.Node {
	if l := valueNode(n, key); l != nil {
		return l.Content
	}
	return nil
}

// valueNode returns the value under key in mapping n, or nil.
func valueNode(n *yaml.Node, key string) *yaml.Node {
	if n == nil {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// keyNode returns the value under key for positions, falling back to n.
func keyNode(n *yaml.Node, key string) *yaml.Node {
	if v := valueNode(n, key); v != nil {
		return v
	}
	return n
}

// Marshal writes the timeline as YAML: two-space indents, keys in the
// model's order, and the comments of the file it was read from (or of
// keep, when given) carried over to the same places.
func (t *Timeline) Marshal() ([]byte, error) {
	var n yaml.Node
	if err := n.Encode(t); err != nil {
		return nil, err
	}
	unquoteDates(&n)
	if t.doc != nil && len(t.doc.root.Content) > 0 {
		comments := map[string][3]string{}
		collectComments(t.doc.root.Content[0], comments)
		if top := t.doc.root; top.HeadComment != "" || top.FootComment != "" {
			n.HeadComment, n.FootComment = top.HeadComment, top.FootComment
		}
		applyComments(&n, comments)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// KeepCommentsFrom makes Marshal carry over the comments of other, the
// timeline a person edited, when t is a new timeline built beside it.
func (t *Timeline) KeepCommentsFrom(other *Timeline) { t.doc = other.doc }

// WriteFile writes the timeline atomically: the old file stays whole
// until the new one is complete.
func (t *Timeline) WriteFile(name string) error {
	data, err := t.Marshal()
	if err != nil {
		return err
	}
	return atomicfile.Write(name, data)
}

// unquoteDates writes EDTF dates bare (date: 2024-03-24, not "2024-03-24"):
// yaml.v3 quotes a string that reads as a timestamp, but every date key is
// decoded as EDTF text, so the quotes only get in a reader's way.
func unquoteDates(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			switch v := n.Content[i+1]; n.Content[i].Value {
			case "date", "before", "after":
				if v.Kind == yaml.ScalarNode {
					v.Tag, v.Style = "", 0
				}
			}
		}
	}
	for _, c := range n.Content {
		unquoteDates(c)
	}
}

// collectComments records the comments of every node under a path that
// survives re-encoding: mapping keys by name, list items by their id.
func collectComments(root *yaml.Node, out map[string][3]string) {
	walkPaths(root, "", func(n *yaml.Node, path string) {
		if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
			out[path] = [3]string{n.HeadComment, n.LineComment, n.FootComment}
		}
	})
}

// applyComments puts recorded comments back on the nodes at the same paths.
func applyComments(root *yaml.Node, in map[string][3]string) {
	walkPaths(root, "", func(n *yaml.Node, path string) {
		if c, ok := in[path]; ok {
			n.HeadComment, n.LineComment, n.FootComment = c[0], c[1], c[2]
		}
	})
}

// walkPaths calls fn on every node under n with its path: mapping keys by
// name (the key node itself with "#key"), list items by itemPath.
func walkPaths(n *yaml.Node, path string, fn func(*yaml.Node, string)) {
	fn(n, path)
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			walkPaths(k, path+"."+k.Value+"#key", fn)
			walkPaths(n.Content[i+1], path+"."+k.Value, fn)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			walkPaths(c, itemPath(path, i, c), fn)
		}
	}
}

// itemPath names a list item by its id when it has one, so a comment
// stays with its event when events are added or reordered.
func itemPath(path string, i int, item *yaml.Node) string {
	if id := valueNode(item, "id"); id != nil && item.Kind == yaml.MappingNode {
		return path + "[" + id.Value + "]"
	}
	return path + "[" + strconv.Itoa(i) + "]"
}
