package extract

import (
	"slices"
	"strings"
)

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
	trained := countriesWith(have, Trained)
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

// Training given: a report of the US side training another government's
// people, told with the trainees as an institution rather than as a
// country that attended: "the training and equipping of the Yemen Coast
// Guard", "Both of the Chilean national Police agencies have received
// training from U.S. law enforcement agencies", "EXBS conducted Commodity
// Identification Training for Dubai Customs".

// trainingGivenRE is the training itself, as a noun or a verb.
var trainingGivenRE = mustWordRE(`\b(?:training|trained|trains|train|trainings)\b`)

// traineeBodyRE names a body of a government whose people are trained.
var traineeBodyRE = mustWordRE(`(?i)\b(?:police|army|navy|air force|coast guard|customs|military|armed forces|security forces|forces|prosecutors|judges|` +
	`officers|officials|personnel|guards|units?|gendarmerie|carabineros|investigators|border guards|immigration|pilots)\b`)

// trainerRE names the US side as the trainer in the sentence: one of
// usGivers, or the post and its military offices.
var trainerRE = mustWordRE(`\b(?:` + usGivers + `|Embassy|Mission|Milgroup|MILGRP|ODC|OMC|JCET|MTT)\b`)

// notGivenRE is a training that did not happen yet or is not the US side's
// to give: planned, offered, asked for, needed.
var notGivenRE = mustWordRE(`(?i)\b(?:will|would|could|should|plan|plans|planned|planning|offer|offers|offered|request|requests|requested|` +
	`seek|seeks|sought|need|needs|needed|propose|proposes|proposed|hope|hopes|may|might|future|upcoming|scheduled|expects?|intends?|` +
	`aim|aims|goal|goals|objectives?|once|absent|enhanced|enhance)\b`)

// readTrainingGiven returns the trained facts of sentences that tell the
// US side training a government's body: the countries named with the
// trainees ("Chilean national Police"), or the post's hosts when the body
// is named without one; one fact a country, unless already read.
func (x *cableContext) readTrainingGiven(have []fact, home string) []fact {
	trained := countriesWith(have, Trained)
	var out []fact
	for i := range x.sents {
		if !x.mayOpen(i, opensTraining) {
			continue // no word of training
		}
		s := &x.sents[i]
		t := trainingGivenRE.FindStringIndex(s.text)
		if t == nil || !trainerRE.MatchString(s.text) || notGivenRE.MatchString(s.text[:trainingPhraseEnd(s.text, t)]) || irrealis(s.text[:t[0]]) {
			continue
		}
		isos, ok := x.traineesNear(s, t)
		if !ok {
			continue
		}
		if len(isos) == 0 && home != "" && !anyCountry(x.sents[i:i+1]) {
			isos = []string{home} // "the Coast Guard", in a post's report that names no other country
		}
		for _, iso := range isos {
			if iso == "US" || trained[iso] {
				continue
			}
			trained[iso] = true
			out = append(out, fact{iso: iso, action: Trained, sent: i, clause: s.text, per: x.sentenceDate(i)})
		}
	}
	return out
}

// givenToRE follows training that a participle says was given to its
// trainees: "training provided to the HNP", "training delivered for".
var givenToRE = mustWordRE(`^\s+(?:provided|given|delivered|conducted)\s+(?:to|for)\b`)

// trainingPhraseEnd returns where the words that may make the training at
// t in a text no training given end: the text's end, or, for training a
// participle says was given to its trainees (givenToRE), the first comma,
// semicolon or colon after it. A plan or request after that is another
// clause's ("reviewing the history of counterterrorist training provided
// to the HNP, especially by FBI, DEA, and ICE, urged the HNP to forward
// requests for training").
func trainingPhraseEnd(text string, t []int) int {
	if !givenToRE.MatchString(text[t[1]:]) {
		return len(text)
	}
	if k := strings.IndexAny(text[t[1]:], ",;:"); k >= 0 {
		return t[1] + k
	}
	return len(text)
}

// traineesNear returns the countries of the trainees named near the
// training at t in sentence s: ok when a body of trainees stands within 60
// bytes, with the countries named with it, or an acronym the cable
// defined for one (acronymTrainees).
func (x *cableContext) traineesNear(s *sentence, t []int) ([]string, bool) {
	near := s.text[max(0, t[0]-60):min(len(s.text), t[1]+60)] // the trainees stand near the training
	body := traineeBodyRE.FindStringIndex(near)
	if body == nil {
		return x.acronymTrainees(near) // "in training the MSF"
	}
	from := max(0, t[0]-60) + body[0]
	return countriesIn(s.mentions, max(0, from-40), from+body[1]-body[0], notTopic(s.text, 0)), true
}

// acronymTrainees reads the trainees near a training named by the
// acronym the cable defined for a body of trainees ("training provided to
// the MSF", defined as "Malian Security Forces (MSF)"): ok when one is
// named, with the country the body's full name gives, if any.
func (x *cableContext) acronymTrainees(near string) (isos []string, ok bool) {
	name := x.acr.definedIn(near, traineeBodyRE)
	if name == "" {
		return nil, false
	}
	for _, m := range x.g.find(name, false) {
		if len(m.isos) == 1 && m.isos[0] != "US" && !slices.Contains(isos, m.isos[0]) {
			isos = append(isos, m.isos[0])
		}
	}
	return isos, true
}

// countriesWith returns the countries of the facts of an action.
func countriesWith(have []fact, action string) map[string]bool {
	out := map[string]bool{}
	for _, f := range have {
		if f.action == action {
			out[f.iso] = true
		}
	}
	return out
}
