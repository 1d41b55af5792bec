package extract

import (
	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract/internal/sentmodel"
)

// ModelTarget is a country the learned model reads a cable for, with the
// sentences it reads, masked, and their texts.
type ModelTarget struct {
	ISO   string
	In    []sentmodel.Sentence
	OK    []bool // whether each sentence may give a row
	Texts []string
}

// ModelInput returns what the learned model reads of a cable.
func ModelInput(c *cablesql.Cable) []ModelTarget {
	x := newContext(c)
	if x == nil {
		return nil
	}
	facts, post := x.ruleFacts()
	var out []ModelTarget
	for _, t := range x.modelTargets(facts, post, true) {
		mt := ModelTarget{ISO: t.iso, In: t.in, OK: t.ok}
		for _, i := range t.sents {
			mt.Texts = append(mt.Texts, x.sents[i].text)
		}
		out = append(out, mt)
	}
	return out
}

// SetModel makes Activities read with m (nil: the rules alone) until the
// function it returns is called.
func SetModel(m *sentmodel.Model) (restore func()) {
	old := useModel
	useModel = func() *sentmodel.Model { return m }
	return func() { useModel = old }
}
