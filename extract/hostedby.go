package extract

// hostAdjRE is a participle of holding joined to a country's name before
// an event: "the UK-hosted conference", "the Danish-sponsored workshop",
// "the Spanish government organized conference".
var hostAdjRE = mustWordRE(`^(?:-|\s+[Gg]overnment(?:-|\s+))(?:co-)?(?:hosted|organized|organised|sponsored|convened)(?:\s+and\s+(?:co-)?(?:hosted|organized|organised|sponsored))?\s+`)

// readHostAdjectives returns the hosting a sentence states by a
// country's name joined to a participle of holding before an event's
// name: "the UK-hosted nuclear fuel cycle conference" (the United
// Kingdom hosted it). What the sentence says of the event (cited,
// praised, attended) does not matter: the participle states the hosting.
func (x *cableContext) readHostAdjectives(have []fact) []fact {
	found := countryEvents(have, Hosted)
	var out []fact
	for i := range x.sents {
		s := &x.sents[i]
		for _, m := range s.mentions {
			if len(m.isos) != 1 || m.isos[0] == "US" {
				continue
			}
			loc := hostAdjRE.FindStringIndex(s.text[m.end:])
			if loc == nil {
				continue
			}
			from := m.end + loc[1]
			if eventPhrase(s.text[from:]) == "" || irrealis(s.text[:m.start]) || plannedRE.MatchString(lastWords(s.text[:m.start], 3)) ||
				irrealis(headOf(s.text[from:], 60)) || plannedRE.MatchString(headOf(s.text[from:], 60)) {
				continue // an event's noun must follow ("the UK-sponsored resolution" is none), held, not planned
			}
			name := x.heldEventAt(i, from)
			if k := [2]string{m.isos[0], name}; !found[k] {
				found[k] = true
				out = append(out, fact{iso: m.isos[0], action: Hosted, event: name, sent: i, clause: s.text, per: x.sentenceDate(i)})
			}
		}
	}
	return out
}

// plannedRE marks an event as not yet held: "a possible French-hosted
// gathering", "the Japanese-hosted meeting scheduled for November".
var plannedRE = mustWordRE(`\b(?:possible|proposed|planned|upcoming|forthcoming|future|next|scheduled|prospective)\b`)

// heldEventAt returns the name of the event that opens at from in
// sentence i: a name in capitals, which may open with a country's
// ("Afghanistan Neighbors Summit"), else the phrase the trigger rules
// read as an object ("workshop on port security").
func (x *cableContext) heldEventAt(i, from int) string {
	s := &x.sents[i]
	st, en := namedSpan(s.text, from, s.mentions, nil, false)
	if st > from && mentionAt(s.mentions, from) != nil {
		st = from
	}
	if st == from {
		if name := x.gatheringName(s.text, st, en); name != "" {
			return name
		}
	}
	return x.eventObject(i, s.text, s.mentions, nil, from-1)
}
