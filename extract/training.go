package extract

import "strings"

// Attending a course is being trained: "over 60 members of the Serbian
// military attended U.S. NCO training", "Provincial Anti-Drug Police
// officers who attended the January Basic Counternarcotics course",
// "regularly participated in U.S.-sponsored training". The attendance
// rules read these as attended; readCourses adds the training they state.

// courseRE names what was attended as training: its event or the words
// after the country that attended.
var courseRE = mustWordRE(`(?i)\b(?:training|trainings|course|courses|academy|academies|war colleges?|instruction)\b`)

// readCourses returns a trained fact for each attended fact whose event
// or clause names a course, unless one is already read for the country.
func readCourses(have []fact) []fact {
	trained := map[string]bool{}
	for _, f := range have {
		if f.action == Trained {
			trained[f.iso] = true
		}
	}
	var out []fact
	for _, f := range have {
		if f.action != Attended || trained[f.iso] || !attendsCourse(f) {
			continue
		}
		t := f
		t.action = Trained
		out = append(out, t)
		trained[f.iso] = true
	}
	return out
}

// attendsCourse reports whether what an attended fact's country attended
// is a course named by common nouns ("U.S. NCO training"), or the words of
// its clause after the verb of attending. A programme named as an event
// ("the Export Control Academy", "the EXBS Targeting and Risk Management
// course") is attended, as the EXBS reports count their participants.
func attendsCourse(f fact) bool {
	if f.event != "" {
		words := strings.Fields(f.event)
		for _, w := range words[:len(words)-1] {
			if len(w) > 1 && isCapital(w[0]) && !isCapital(w[1]) {
				return false // a name: "EXBS Targeting and Risk Management course"
			}
		}
		return commonCourse(strings.Trim(words[len(words)-1], ".,;:()"))
	}
	k := attendVerbRE.FindStringIndex(f.clause)
	if k == nil {
		return false
	}
	head := headOf(f.clause[k[1]:], 60)
	m := courseRE.FindStringIndex(head)
	return m != nil && commonCourse(head[m[0]:m[1]])
}

// commonCourse reports whether a word is a lower-case noun of courseRE.
func commonCourse(w string) bool {
	return courseRE.MatchString(w) && w == strings.ToLower(w)
}
