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

// modelSentences is the cable as the model reads it for the post's country.
// (Read also for the other countries a cable names, in the sentences
// that name them, the model added three right rows and 28 wrong ones on
// the held-out rounds' cables: docs/EXTRACTION.md.)
type modelSentences struct {
	sents []sentmodel.Sentence // each sentence, masked for the post's country
	ok    []bool               // whether each may give a row (learnable)
}

// modelInput returns the cable's sentences as the model reads them for
// post: every one masked when all is set (to train on), else those that
// may give a row, the others left empty.
func (x *cableContext) modelInput(have []fact, post string, all bool) modelSentences {
	subj := ""
	if x.subject != nil {
		subj = maskCountries(x.subject, post)
	}
	other := exchangesWithOthers(have, post)
	var in modelSentences
	for i := range x.sents {
		ok := !other[i] && x.learnable(i)
		in.ok = append(in.ok, ok)
		if !ok && !all {
			in.sents = append(in.sents, sentmodel.Sentence{}) // never read: not masked
			continue
		}
		s := sentmodel.Sentence{Masked: maskCountries(&x.sents[i], post), Para: x.sents[i].para, Subject: subj}
		if i > 0 && in.sents[i-1].Masked != "" {
			s.Prev = in.sents[i-1].Masked
		} else if i > 0 {
			s.Prev = maskCountries(&x.sents[i-1], post)
		}
		in.sents = append(in.sents, s)
	}
	return in
}

// firstPersonRE is the post speaking of itself: "I spoke with", "told us".
var firstPersonRE = mustWordRE(`\b(?:I|me|us)\b`)

// learnable reports whether sentence i may tell of an exchange between
// the US side and a government: it names the US side (usHint, or the
// post in the first person) and its other party is no private one
// (privateSubject). (Leaving out too the sentences that name another
// country's official or diplomat, "French Ambassador X met the
// Ambassador", lost more right rows than wrong ones on the held-out
// rounds' cables.)
func (x *cableContext) learnable(i int) bool {
	s := x.sents[i].text
	return (x.usHintAt(i) || firstPersonRE.MatchString(s)) && !(x.mayOpen(i, opensPrivate) && privateSubject(s))
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
	has := func(b string) bool { return hasFact(have, post, b) }
	var actions []string
	for _, a := range learnedActions {
		if th, ok := m.Threshold[a]; ok && th < 1 && m.Table(a) != nil && !repeats(a, has) {
			actions = append(actions, a)
		}
	}
	if len(actions) == 0 {
		return nil
	}
	in := x.modelInput(have, post, false)
	scorers := make([]*sentmodel.Scorer, len(actions))
	best, bestP := make([]int, len(actions)), make([]float64, len(actions))
	for k, a := range actions {
		scorers[k], best[k] = m.Table(a).NewScorer(), -1
	}
	var hs sentmodel.Hashes
	for i := range in.sents {
		if !in.ok[i] {
			continue
		}
		hs.Read(in.sents[i]) // once for every action
		for k, sc := range scorers {
			if p := sc.ProbOf(&hs); p > bestP[k] {
				best[k], bestP[k] = i, p
			}
		}
	}
	var out []fact
	for k, a := range actions {
		if i := best[k]; i >= 0 && bestP[k] >= m.Threshold[a] {
			out = append(out, fact{iso: post, action: a, sent: i, clause: x.sents[i].text, per: x.sentenceDate(i)})
		}
	}
	dateUndated(out, have, x.leadDate)
	return out
}

// exchangesWithOthers returns the sentences in which the rules found
// that a country other than iso met, told or was told by the US side:
// their exchange is with that country's officials ("Poloff met the
// Danish Ambassador in Oslo").
func exchangesWithOthers(have []fact, iso string) map[int]bool {
	out := map[int]bool{}
	for _, f := range have {
		if f.iso != iso && isExchange(f.action) {
			out[f.sent] = true
		}
	}
	return out
}

// isExchange reports whether an action is one of talks between the two
// sides: discussed, informed or urged.
func isExchange(action string) bool {
	return action == Discussed || action == Informed || action == Urged
}

// repeats reports whether a learned row of action a would report again
// what the rules found, has telling which actions they found for the
// country: a row of a itself; a discussed row, when they found it told or
// urged (the
// exchange is that meeting; on the held-out rounds' cables each such row
// was an optional fact); an informed row, when they found it urged (a
// demarche delivered is informed or urged by what its points ask).
func repeats(a string, has func(action string) bool) bool {
	if has(a) {
		return true
	}
	switch a {
	case Discussed:
		return has(Informed) || has(Urged)
	case Informed:
		return has(Urged)
	}
	return false
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
