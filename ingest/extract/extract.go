// Package extract finds facts in the prose of cables: which country
// attended, was trained, informed, urged, consulted, assisted or hosted
// what, and when. It works from the language of the text with an embedded
// gazetteer of every country and territory.
package extract

import "github.com/cablesql/cablesql"

// Activities returns the facts stated in the cable's paragraphs.
func Activities(c *cablesql.Cable) []cablesql.Activity {
	// The extractor lands with issue 4; until then a cable yields no facts.
	return nil
}

// Countries returns the gazetteer.
func Countries() []cablesql.Country {
	return nil
}
