package extract

// The post's contacts: an embassy's report names the officials it talks
// to as "our contacts at the MFA" or "Interior Ministry interlocutors",
// and what they said was said to it.

// contactsSaidRE opens a sentence whose subject is the post's contacts of
// a body and whose verb is one of speech, present or past: "Our
// interlocutors at the Interior Ministry said", "MFA contacts say",
// "Embassy contacts in the Foreign Ministry noted". Group 1 is the
// subject.
var contactsSaidRE = mustGatedRE(`^(?:\(\w+\)\s*)?((?:(?:Our|Embassy|Post's|Post|Mission)\s+)?(?:[A-Z][\w/&.-]*\s+){0,3}(?:contacts|interlocutors)` +
	`(?:\s+(?:at|in|within|from)\s+(?:the\s+)?(?:[A-Z][\w/&.-]*\s*){1,5})?)\s*,?\s+(?:(?:have|had|also|privately|repeatedly|consistently)\s+)*` +
	`(?:said|say|says|noted|note|told|tell|explained|explain|stressed|confirmed|confirm|acknowledged|acknowledge|admitted|admit|insisted|insist|indicated|indicate|described|describe|complained|complain|expressed|express)\b`)

// contactBodyRE names a body of a government whose people the post's contacts
// are.
var contactBodyRE = mustWordRE(`\b(?:MFA|MOFA|MOD|MOI|MOJ|MRE|FCO|[Mm]inistry|[Mm]inistries|[Gg]overnment|GO[A-Z]{1,3}|Presidency|Palace|Cabinet|` +
	`[Pp]olice|[Aa]rmed [Ff]orces|[Mm]ilitary|[Pp]arliament|National Assembly|Congress|Foreign Office|Chancellery|Kremlin)\b`)

// readContactsSaid returns the talks of the sentences that tell what the
// post's contacts in the other side's government said (contactsSaidRE),
// with the post's country, where no rule read the sentence, in a cable
// whose rules read no talks with it.
func (x *cableContext) readContactsSaid(have []fact, home string) []fact {
	if home == "" {
		return nil
	}
	read := map[int]bool{}
	for _, f := range have {
		read[f.sent] = true
		if f.iso == home && f.action == Discussed {
			return nil // the talks are read already: an undated row would tell them again
		}
	}
	var out []fact
	for i := range x.sents {
		s := &x.sents[i]
		if read[i] {
			continue
		}
		m := contactsSaidRE.FindStringSubmatchIndex(s.text)
		if m == nil {
			continue
		}
		subject := s.text[m[2]:m[3]]
		if !contactBodyRE.MatchString(subject) || privateSubject(subject) || len(countriesIn(s.mentions, m[2], m[3], nil)) > 0 {
			continue // "business contacts", "opposition contacts", "Russian contacts"
		}
		out = append(out, fact{iso: home, action: Discussed, sent: i, clause: s.text, per: x.sentenceDate(i)})
	}
	return out
}
