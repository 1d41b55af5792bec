package extract

import (
	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract/internal/sentmodel"
)

// ModelInput returns what the learned model reads of a cable: the
// country its report meets by default ("" when none), its sentences
// masked for that country, whether each may give a row, and their texts.
func ModelInput(c *cablesql.Cable) (iso string, in []sentmodel.Sentence, ok []bool, texts []string) {
	x := newContext(c)
	if x == nil {
		return "", nil, nil, nil
	}
	facts, post := x.ruleFacts()
	if post == "" {
		return "", nil, nil, nil
	}
	mi := x.modelInput(facts, post, true)
	for _, s := range x.sents {
		texts = append(texts, s.text)
	}
	return post, mi.sents, mi.ok, texts
}

// Repeats is repeats: whether the rules' rows of the actions has reports
// make a learned row of action a a repeat.
func Repeats(a string, has func(action string) bool) bool { return repeats(a, has) }

// SetModel makes Activities read with m (nil: the rules alone) until the
// function it returns is called. It is not for tests that run in
// parallel.
func SetModel(m *sentmodel.Model) (restore func()) {
	old := useModel
	useModel = func() *sentmodel.Model { return m }
	return func() { useModel = old }
}

// LearnedActions are the actions the learned model is trained for.
var LearnedActions = learnedActions

// Learn runs the extractor's per-cable reading (newContext: the layout
// and the cable-wide learning) alone and reports whether it read c.
func Learn(c *cablesql.Cable) bool { return newContext(c) != nil }

// Layout runs the extractor's layout of c alone (its sentences and their
// mentions) and returns the number of sentences.
func Layout(c *cablesql.Cable) int { return len(layout(loadGazetteer(), c)) }

// USHintsRead runs the rules and the learned reader over a cable, as
// Activities does, and returns how many sentences had their usHint read
// once (usHintAt) and the texts of those whose remembered value is not
// what usHint gives them at the end, with the people learnt by then.
func USHintsRead(c *cablesql.Cable) (read int, changed []string) {
	x := newContext(c)
	if x == nil {
		return 0, nil
	}
	facts, post := x.ruleFacts()
	x.readLearned(facts, post, useModel())
	for i, v := range x.sentUS {
		if v == 0 {
			continue
		}
		read++
		if (v > 0) != usHint(x.sents[i].text, x.people) {
			changed = append(changed, x.sents[i].text)
		}
	}
	return read, changed
}
