package events

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Mr. Smith left. He came back.", []string{"Mr. Smith left.", "He came back."}},
		{"The U.S. Senate voted. Sen. Jones objected.", []string{"The U.S. Senate voted.", "Sen. Jones objected."}},
		{"It began on Jan. 5 in St. Petersburg. Nobody came.", []string{"It began on Jan. 5 in St. Petersburg.", "Nobody came."}},
		{`"We are ready." The minister left.`, []string{`"We are ready."`, "The minister left."}},
		{`"Are we ready?" she asked. He nodded.`, []string{`"Are we ready?" she asked.`, "He nodded."}},
		{"MOSCOW (AP) — Four men were charged. The court sat late.", []string{"MOSCOW (AP) — Four men were charged.", "The court sat late."}},
		{"Author J. K. Rowling spoke at 3 p.m. on Friday.", []string{"Author J. K. Rowling spoke at 3 p.m. on Friday."}},
		{"Steps taken:\n- Roads closed\n- Schools shut", []string{"Steps taken:", "Roads closed", "Schools shut"}},
		{"It cost $3.5 million. Really!", []string{"It cost $3.5 million.", "Really!"}},
		{"Wait... What happened next? Nobody knows.", []string{"Wait...", "What happened next?", "Nobody knows."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range splitSentences(tt.in, span{0, len(tt.in)}) {
			got = append(got, tt.in[s.start:s.end])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		in                   string
		people, orgs, places []string
	}{
		{"After its leaders split from al-Qaeda and the Taliban, ISIS-K surfaced in Afghanistan.",
			nil, []string{"al-Qaeda", "Taliban", "ISIS-K"}, []string{"Afghanistan"}},
		{"Asfandyar Mir of the institute said the branch pledged allegiance.",
			[]string{"Asfandyar Mir"}, nil, nil},
		{"President Joe Biden met officials of the United States Institute of Peace in New York.",
			[]string{"Joe Biden"}, []string{"United States Institute of Peace"}, []string{"New York"}},
		{"Analysts at the Center for Strategic and International Studies disagreed.",
			nil, []string{"Center for Strategic and International Studies"}, nil},
		{"Gunmen attacked the Crocus City concert hall in Moscow's suburbs.",
			nil, nil, []string{"Crocus City", "Moscow"}},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, span{0, len(tt.in)})
		e := findEntities(toks, nil, map[string]string{})
		if !reflect.DeepEqual(e.people, tt.people) || !reflect.DeepEqual(e.orgs, tt.orgs) || !reflect.DeepEqual(e.places, tt.places) {
			t.Errorf("%q:\n got people %q orgs %q places %q\nwant people %q orgs %q places %q",
				tt.in, e.people, e.orgs, e.places, tt.people, tt.orgs, tt.places)
		}
	}
}

func TestHeadlineVerbs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"surfaced", "surfaces"}, {"carried", "carries"}, {"stopped", "stops"}, {"appeared", "appears"},
		{"brought", "brings"}, {"died", "dies"}, {"agreed", "agrees"}, {"voted", "votes"},
		{"killed", "kills"}, {"reopened", "reopens"}, {"went", "goes"}, {"fled", "flees"},
	}
	for _, tt := range tests {
		if got := thirdPerson(base(tt.in)); got != tt.want {
			t.Errorf("%s -> %s, want %s", tt.in, got, tt.want)
		}
	}
}
