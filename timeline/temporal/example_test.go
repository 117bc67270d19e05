package temporal_test

import (
	"fmt"
	"time"

	"github.com/chronicle-news/chronicle/timeline/temporal"
)

func ExampleTag() {
	text := "ISIS-K surfaced in 2014 and 2015. It struck the day before the concert hall attack. " +
		"Four suspects appeared in a district court on Sunday."
	dct, _ := temporal.FindDCT("Posted Mar 24, 2024 3:52 PM CDT")
	for _, e := range temporal.Tag(text, dct) {
		fmt.Printf("%q %s %s anchor=%q", e.Text, e.Type, e.Value, e.Anchor)
		if e.Relation != "" {
			fmt.Printf(" %s an event, offset %s", e.Relation, e.Offset)
		}
		fmt.Println()
	}
	for _, r := range temporal.Ranges(text, temporal.Tag(text, dct)) {
		fmt.Printf("range %q %s\n", r.Text, r.Value)
	}
	// Output:
	// "2014" DATE 2014 anchor=""
	// "2015" DATE 2015 anchor=""
	// "the day" DATE XXXX-XX-XX anchor="" before an event, offset -P1D
	// "Sunday" DATE 2024-03-24 anchor="DCT"
	// range "2014 and 2015" 2014/2015
}

func ExampleFindDCT() {
	dct, ok := temporal.FindDCT("What We Know About ISIS-K\nPosted Mar 24, 2024 3:52 PM CDT\n...")
	fmt.Println(dct.Format(time.RFC3339), ok)
	// Output: 2024-03-24T15:52:00-05:00 true
}
