package extract

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/chronicle-news/chronicle/timeline/ingest"
	"github.com/chronicle-news/chronicle/timeline/resolve"
)

// Check validates a story's timeline.yaml and returns every problem, in
// file order, with its position: what the file itself gets wrong (dates,
// anchors, cycles, ids), evidence quotes that are not in their article,
// and what resolving the dates warns about (contradictions).
func Check(storyDir string) (timeline.Problems, error) {
	file := filepath.Join(storyDir, TimelineFile)
	data, err := os.ReadFile(file)
	if errors.Is(err, fs.ErrNotExist) {
		return timeline.Problems{{File: file, Msg: "no timeline yet; run chronicle extract to create it from sources/"}}, nil
	}
	if err != nil {
		return nil, err
	}
	tl, err := timeline.Parse(file, data)
	var ps timeline.Problems
	if errors.As(err, &ps) {
		return ps, nil
	}
	if err != nil {
		return nil, err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, err // Parse read it; cannot happen
	}
	pos := positions(&root)
	at := func(key, msg string) timeline.Problem {
		p := timeline.Problem{File: file, Msg: msg}
		if n := pos[key]; n != nil {
			p.Line, p.Column = n.Line, n.Column
		}
		return p
	}
	texts := map[string]string{}
	for _, s := range tl.Sources {
		if s.File == "" {
			continue
		}
		doc, err := ingest.ReadFile(filepath.Join(storyDir, filepath.FromSlash(s.File)))
		if err != nil {
			ps = append(ps, at("source:"+s.ID, fmt.Sprintf("source %s: cannot read %s: %v", s.ID, s.File, err)))
			continue
		}
		texts[s.ID] = doc.Text
	}
	for _, e := range tl.Events {
		for j, ev := range e.Evidence {
			text, ok := texts[ev.Source]
			if ok && !strings.Contains(text, ev.Quote) {
				ps = append(ps, at(fmt.Sprintf("quote:%s:%d", e.ID, j), fmt.Sprintf(
					"the quote is not in the text of %s; evidence quotes are copied exactly from the article", tl.Source(ev.Source).File)))
			}
		}
	}
	for _, w := range resolve.Resolve(tl).Warnings {
		ps = append(ps, at("event:"+w.Events[0], "warning: "+w.Msg))
	}
	sort.SliceStable(ps, func(i, j int) bool {
		return ps[i].Line < ps[j].Line || ps[i].Line == ps[j].Line && ps[i].Column < ps[j].Column
	})
	return ps, nil
}

// positions finds the nodes of sources, events and evidence quotes.
func positions(root *yaml.Node) map[string]*yaml.Node {
	pos := map[string]*yaml.Node{}
	if len(root.Content) == 0 {
		return pos
	}
	doc := root.Content[0]
	for _, s := range items(doc, "sources") {
		if id := value(s, "id"); id != nil {
			pos["source:"+id.Value] = s
		}
	}
	for _, e := range items(doc, "events") {
		id := value(e, "id")
		if id == nil {
			continue
		}
		pos["event:"+id.Value] = e
		for j, ev := range items(e, "evidence") {
			if q := value(ev, "quote"); q != nil {
				pos[fmt.Sprintf("quote:%s:%d", id.Value, j)] = q
			}
		}
	}
	return pos
}

func items(n *yaml.Node, key string) []*yaml.Node {
	if v := value(n, key); v != nil && v.Kind == yaml.SequenceNode {
		return v.Content
	}
	return nil
}

func value(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
