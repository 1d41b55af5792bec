package extract

import (
	"bytes"
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/cablesql/cablesql/extract/internal/sentmodel"
)

// The learned reader: after the rules, a model trained on the gold set
// (internal/sentmodel) reads each sentence for what the post's country
// did that no rule has found: the report of a meeting with officials
// in words the rules do not know.

//go:embed sentmodel.tsv
var sentModelText []byte

var (
	modelOnce sync.Once
	model     *sentmodel.Model
)

// learnedModel returns the embedded model, read once.
func learnedModel() *sentmodel.Model {
	modelOnce.Do(func() {
		m, err := sentmodel.Read(bytes.NewReader(sentModelText), "extract/sentmodel.tsv")
		if err != nil {
			panic(err) // the file is built with the binary and held by TestSentModel
		}
		m.KeepTables()
		model = m
	})
	return model
}

// learnedActions are the actions the model reads.
var learnedActions = []string{Discussed, Informed, Urged, Attended, Hosted, Assisted, Trained}

// modelTarget is a country the model reads a cable for: the sentences
// that may tell what it did, as the model reads them.
type modelTarget struct {
	iso   string
	sents []int                // the sentences' indices
	ok    []bool               // whether each may give a row (learnable)
	in    []sentmodel.Sentence // ... masked for iso
}

// modelTargets returns the countries the model reads the cable for:
// post, whose officials a report meets, in every sentence (modelTarget
// masks them all when all is set). (Read for the
// other countries a cable names, in the sentences that name them, the
// model added three right rows and 28 wrong ones on the rounds' unseen
// cables: docs/EXTRACTION.md.)
func (x *cableContext) modelTargets(have []fact, post string, all bool) []modelTarget {
	if post == "" {
		return nil
	}
	var subj *sentence
	if s, ok := subjectSentence(x.g, x.c); ok {
		subj = &s
	}
	every := make([]int, len(x.sents))
	for i := range every {
		every[i] = i
	}
	return []modelTarget{x.modelTarget(have, post, every, subj, all)}
}

// firstPersonRE is the post speaking of itself: "I spoke with", "told us".
var firstPersonRE = mustWordRE(`\b(?:I|me|us)\b`)

// learnable reports whether sentence i may tell of an exchange with the
// US side: it names the US side. (Leaving out too the sentences that
// name another country's official or diplomat, "French Ambassador X met
// the Ambassador", lost more right rows than wrong ones on the held-out
// rounds' cables.)
func (x *cableContext) learnable(i int) bool {
	s := x.sents[i].text
	return (usHint(s, x.people) || firstPersonRE.MatchString(s)) && !privateSubject(s)
}

// modelTarget returns the target iso in the sentences sents, masked: all
// of them when all is set (to train on), else those that may give a row.
func (x *cableContext) modelTarget(have []fact, iso string, sents []int, subj *sentence, all bool) modelTarget {
	t := modelTarget{iso: iso, sents: sents}
	subjText := ""
	if subj != nil {
		subjText = maskCountries(subj, iso)
	}
	prev, prevAt := "", -1
	for _, i := range sents {
		ok := x.learnable(i) && !exchangeWithOther(have, i, iso)
		t.ok = append(t.ok, ok)
		if !ok && !all {
			t.in = append(t.in, sentmodel.Sentence{}) // never read: not masked
			continue
		}
		s := sentmodel.Sentence{Masked: maskCountries(&x.sents[i], iso), Para: x.sents[i].para, Subject: subjText}
		if i > 0 && prevAt == i-1 {
			s.Prev = prev
		} else if i > 0 {
			s.Prev = maskCountries(&x.sents[i-1], iso)
		}
		prev, prevAt = s.Masked, i
		t.in = append(t.in, s)
	}
	return t
}

// maskCountries returns the sentence's text with each country it names
// replaced by its mask: home's by sentmodel.Host, the United States' by
// sentmodel.US, any other by sentmodel.Other.
func maskCountries(s *sentence, home string) string {
	var b strings.Builder
	at := 0
	for _, m := range s.mentions {
		if m.start < at {
			continue
		}
		b.WriteString(s.text[at:m.start])
		b.WriteByte(' ')
		switch {
		case home != "" && slices.Contains(m.isos, home):
			b.WriteString(sentmodel.Host)
		case slices.Contains(m.isos, "US"):
			b.WriteString(sentmodel.US)
		default:
			b.WriteString(sentmodel.Other)
		}
		b.WriteByte(' ')
		at = m.end
	}
	b.WriteString(s.text[at:])
	return b.String()
}

// readLearned returns, for each action the model reads that the rules
// found no fact of for post, one fact from the sentence the model finds
// likeliest to state it, when the model is sure enough.
func (x *cableContext) readLearned(have []fact, post string, m *sentmodel.Model) []fact {
	if m == nil || post == "" {
		return nil
	}
	var actions []string
	for _, a := range learnedActions {
		if _, read := m.Threshold[a]; read && !hasFact(have, post, a) && !toldOrUrged(have, post, a) {
			actions = append(actions, a)
		}
	}
	if len(actions) == 0 {
		return nil
	}
	var out []fact
	for _, t := range x.modelTargets(have, post, false) {
		for _, a := range actions {
			sc := m.Table(a).NewScorer()
			best, bestP := -1, 0.0
			for i := range t.in {
				if !t.ok[i] {
					continue
				}
				if p := sc.Prob(t.in[i]); p > bestP {
					best, bestP = i, p
				}
			}
			if best >= 0 && bestP >= m.Threshold[a] {
				si := t.sents[best]
				out = append(out, fact{iso: t.iso, action: a, sent: si, clause: x.sents[si].text, per: x.sentenceDate(si)})
			}
		}
	}
	dateUndated(out, have, x.leadDate)
	return out
}

// exchangeWithOther reports whether the rules found in sentence i that
// a country other than iso met, told or was told by the US side: the
// sentence's exchange is with that country's officials ("Poloff met the
// Danish Ambassador in Oslo").
func exchangeWithOther(have []fact, i int, iso string) bool {
	for _, f := range have {
		if f.sent == i && f.iso != iso && (f.action == Discussed || f.action == Informed || f.action == Urged) {
			return true
		}
	}
	return false
}

// toldOrUrged reports whether the rules found that the country was told
// or urged, when a is Discussed: the exchange is that meeting, which
// the model would report again (on the held-out rounds' cables, each
// such row was an optional fact).
func toldOrUrged(have []fact, iso, a string) bool {
	return a == Discussed && (hasFact(have, iso, Informed) || hasFact(have, iso, Urged))
}

// hasFact reports whether fs holds a fact of the country and action.
func hasFact(fs []fact, iso, action string) bool {
	for _, f := range fs {
		if f.iso == iso && f.action == action {
			return true
		}
	}
	return false
}
