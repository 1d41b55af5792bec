package extract_test

import (
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
	"github.com/cablesql/cablesql/extract/internal/sentmodel"
)

var modelReport = flag.Bool("modelreport", false, "log what the learned model adds on the held-out rounds' cables")

// modelFile is the embedded model, which TestSentModel rebuilds.
const modelFile = "sentmodel.tsv"

// trainTarget is a country of a dev cable as the learned model reads it.
type trainTarget struct {
	gc     goldCable
	iso    string
	in     []sentmodel.Sentence // every sentence, masked; the reader scores only the ok ones, the model learns from all
	feats  [][]string           // the features of each
	ok     []bool               // whether each sentence may give a row
	labels []map[string]bool    // per sentence: the actions of iso it states (a required fact's evidence)
	skip   []map[string]bool    // ... of an optional fact's
}

// The least precision the rows a learned action adds to the rules' must
// keep all the way down on the held-out rounds' cables for it to be read
// at all: above the target for unseen cables, which rows the model adds
// must not dilute, since on the corpus's other cables they are less sure
// than on the rounds' (docs/EXTRACTION.md, rounds 32 and 34, give why it is
// neither 0.8 nor 0.9); and the seed of the training's order.
const (
	modelPrecision = 0.95
	modelSeed      = 20261207
)

// modelActions are the actions the model is trained for.
var modelActions = extract.LearnedActions

var (
	trainingOnce sync.Once
	training     []trainTarget
)

// readTraining reads the dev split as the model sees it, once for the
// tests that train and check the model.
func readTraining(t *testing.T) []trainTarget {
	trainingOnce.Do(func() { training = readTrainingOnce(t) })
	if len(training) == 0 {
		t.Fatal("no dev cable with a post's country")
	}
	return training
}

func readTrainingOnce(t *testing.T) []trainTarget {
	var out []trainTarget
	for _, gc := range readGold(t, "dev") {
		iso, in, ok, texts := extract.ModelInput(parseFile(t, gc.path))
		if iso == "" {
			continue
		}
		tt := trainTarget{gc: gc, iso: iso, in: in, ok: ok}
		for i, text := range texts {
			tt.feats = append(tt.feats, sentmodel.Features(in[i]))
			lab, skip := map[string]bool{}, map[string]bool{}
			for _, f := range gc.facts {
				if f.iso == iso && evidenceIn(f.evidence, text) {
					if f.required {
						lab[f.action] = true
					} else {
						skip[f.action] = true
					}
				}
			}
			tt.labels, tt.skip = append(tt.labels, lab), append(tt.skip, skip)
		}
		out = append(out, tt)
	}
	return out
}

// evidenceIn reports whether a gold fact's evidence quotes the sentence,
// or the sentence holds the evidence's opening.
func evidenceIn(evidence, sentence string) bool {
	e, s := squash(evidence), squash(sentence)
	if len(s) >= 20 && strings.Contains(e, s) {
		return true
	}
	return len(e) >= 20 && strings.Contains(s, e[:min(len(e), 60)])
}

// examples returns the training examples of the cables.
func examples(tcs []trainTarget) []sentmodel.Example {
	var exs []sentmodel.Example
	for _, tc := range tcs {
		for i := range tc.feats {
			exs = append(exs, sentmodel.Example{Features: tc.feats[i], Labels: tc.labels[i], Skip: tc.skip[i]})
		}
	}
	return exs
}

// scored is a cable's best sentence for an action, with what adding its
// row to the rules' would be: 1 right, -1 wrong, 0 neither (an optional
// fact).
type scored struct {
	p       float64
	outcome int
	ruled   bool // the rules gave the row at the round's start
}

// rounds reads testdata/gold/rounds.tsv: the held-out round of each cable
// and the rows the rules gave it at the round's start.
func rounds(t *testing.T) (round map[string]string, ruled map[string]bool) {
	round, ruled = map[string]string{}, map[string]bool{}
	for i, f := range readTSV(t, goldDir+"/rounds.tsv") {
		if strings.HasPrefix(f[0], "#") || f[0] == "round" {
			continue
		}
		if len(f) != 5 {
			t.Errorf("%s/rounds.tsv:%d: want 5 fields", goldDir, i+1)
			continue
		}
		round[f[2]] = f[0]
		if f[3] != "" {
			ruled[f[2]+" "+f[3]+" "+f[4]] = true
		}
	}
	return round, ruled
}

// unseen scores each round's cables with a model trained without them,
// per action: what the model would have added to the rules' rows on
// cables neither had seen.
func unseen(tcs []trainTarget, round map[string]string, ruled map[string]bool) map[string][]scored {
	out := map[string][]scored{}
	var rs []string
	for _, r := range round {
		if !slices.Contains(rs, r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	ms := make([]*sentmodel.Model, len(rs))
	var wg sync.WaitGroup
	for k, r := range rs {
		wg.Go(func() {
			var train []trainTarget
			for _, tc := range tcs {
				if round[tc.gc.id] != r {
					train = append(train, tc)
				}
			}
			ms[k] = sentmodel.Train(examples(train), modelActions, modelSeed)
		})
	}
	wg.Wait()
	for k, r := range rs {
		var test []trainTarget
		for _, tc := range tcs {
			if round[tc.gc.id] == r {
				test = append(test, tc)
			}
		}
		for _, tc := range test {
			for _, a := range modelActions {
				s := tc.best(ms[k], a)
				key := tc.gc.id + " " + tc.iso + " "
				s.ruled = extract.Repeats(a, func(b string) bool { return ruled[key+b] })
				out[a] = append(out[a], s)
			}
		}
	}
	return out
}

// best returns the likeliest sentence's probability for the action and
// the outcome of its row.
func (tc trainTarget) best(m *sentmodel.Model, a string) scored {
	s := scored{outcome: -1}
	for _, f := range tc.gc.facts {
		if f.iso == tc.iso && f.action == a {
			if f.required {
				s.outcome = 1
				break
			}
			s.outcome = 0
		}
	}
	for i, fs := range tc.feats {
		if tc.ok[i] {
			s.p = max(s.p, m.Prob(a, fs))
		}
	}
	return s
}

// threshold returns the least probability down to which the rows the
// model adds to the rules', likeliest first, keep precision
// modelPrecision all the way (once five are right), with their tally; 1
// (no rows) when they never do.
func threshold(all []scored) (float64, tally) {
	var ss []scored // the rows the model would add
	for _, s := range all {
		if !s.ruled {
			ss = append(ss, s)
		}
	}
	slices.SortFunc(ss, func(a, b scored) int { return cmp.Compare(b.p, a.p) })
	bestT, best := 1.0, tally{}
	var c tally
	for i, s := range ss {
		switch s.outcome {
		case 1:
			c.tp++
		case -1:
			c.fp++
		}
		if i+1 < len(ss) && ss[i+1].p == s.p {
			continue
		}
		if c.tp >= 5 && c.precision() < modelPrecision {
			break // the rows below would be bought with more wrong ones
		}
		if c.tp >= 5 {
			bestT, best = s.p, c
		}
	}
	return bestT, best
}

// TestSentModel trains the learned model on the dev split, with each
// action's threshold set on the held-out rounds' cables (unseen), and
// holds the embedded file to it: the model is what the gold set teaches,
// reproducibly. -update rewrites the file.
func TestSentModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on the whole dev split")
	}
	tcs := readTraining(t)
	round, ruled := rounds(t)
	byAction := unseen(tcs, round, ruled)
	m := sentmodel.Train(examples(tcs), modelActions, modelSeed)
	var report strings.Builder
	fmt.Fprintf(&report, "%d dev cables with a post's country; rows added to the rules' on the %d cables of the held-out rounds, each unseen by the model:\n", len(tcs), len(round))
	for _, a := range modelActions {
		th, c := threshold(byAction[a])
		m.Threshold[a] = th
		missed := 0
		for _, s := range byAction[a] {
			if s.outcome == 1 && !s.ruled {
				missed++
			}
		}
		fmt.Fprintf(&report, "  %-10s threshold %.3f: %3d right, %3d wrong (of %d the rules missed)\n", a, th, c.tp, c.fp, missed)
	}
	if *modelReport {
		t.Log(report.String())
	}
	var buf bytes.Buffer
	if err := m.Write(&buf, "sentmodel: trained on testdata/gold/dev by `go test ./extract -run TestSentModel -update`"); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(modelFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile(modelFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, buf.Bytes()) {
		t.Errorf("%s is not the model the dev split trains; run go test ./extract -run TestSentModel -update", modelFile)
	}
}

// TestLearnedRows holds the wiring of the learned reader on real cables
// of the dev split: a meeting with the post's officials, reported in
// words no rule reads, is a row only with the model, traced to its
// sentence and paragraph, and dated where the cable dates it.
func TestLearnedRows(t *testing.T) {
	for _, tt := range []struct{ id, iso, date string }{
		{"02VATICAN3692", "VA", "2002-07-24"},
		{"04ANKARA348", "TR", ""},
		{"06LIMA622", "PE", ""},
	} {
		t.Run(tt.id, func(t *testing.T) {
			c := parseFile(t, devPath(t, tt.id))
			find := func() *cablesql.Activity {
				for _, a := range extract.Activities(c) {
					if a.ISO2 == tt.iso && a.Action == extract.Discussed {
						return &a
					}
				}
				return nil
			}
			a := find()
			if a == nil {
				t.Fatalf("no %s %s row", tt.iso, extract.Discussed)
			}
			if a.Sentence == "" || a.Paragraph == 0 || tt.date != "" && a.DateFrom != tt.date {
				t.Errorf("row %+v: want its sentence, paragraph and date %q", *a, tt.date)
			}
			defer extract.SetModel(nil)()
			if a := find(); a != nil {
				t.Errorf("the rules alone give %+v: the case no longer tests the model", *a)
			}
		})
	}
}

// TestScorerOnGold holds the fast Scorer the extractor reads with to the
// model's plain Prob over Features, exactly, for every action the model
// reads and every sentence of the dev cables with a post's country.
func TestScorerOnGold(t *testing.T) {
	m, err := sentmodel.Read(bytes.NewReader(mustRead(t, modelFile)), modelFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range readTraining(t) {
		for a := range m.Weights {
			sc := m.Table(a).NewScorer()
			var hs sentmodel.Hashes
			for i, in := range tc.in {
				hs.Read(in)
				if want, got := m.Prob(a, tc.feats[i]), sc.ProbOf(&hs); want != got {
					t.Fatalf("%s: %q: Scorer %v, Prob %v", tc.gc.id, in.Masked, got, want)
				}
			}
		}
	}
}

// devPath returns the file of a dev cable, as selection.tsv names it.
func devPath(t *testing.T, id string) string {
	for _, gc := range readGold(t, "dev") {
		if gc.id == id {
			return gc.path
		}
	}
	t.Fatalf("%s: not in the dev split", id)
	return ""
}
