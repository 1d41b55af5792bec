// Package sentmodel is a small learned reader of sentences: for each
// action, a logistic regression over the words of a sentence that says
// how likely the sentence is to state that the country a cable reports
// from took that action (met US officials, was told, was urged, ...).
//
// The model is trained on the gold set (testdata/gold) by reading the
// sentences its annotators quoted as evidence: it learns the words of
// real reporting that hand-written rules have not named. Its input is a
// sentence with its countries masked (Mask): the model learns "HOST
// officials told Poloff", not "Turkish officials told Poloff".
package sentmodel

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/cablesql/cablesql/internal/textmatch"
)

// The masks a sentence's countries are replaced with (see Mask).
const (
	Host  = "HOSTCOUNTRY"  // the country the cable reports from
	US    = "USCOUNTRY"    // the United States
	Other = "OTHERCOUNTRY" // any other country
)

// Sentence is what the model reads of one sentence for one country, the
// one masked as Host.
type Sentence struct {
	Masked  string // the text with its countries masked
	Para    int    // the paragraph's number, from 1
	Prev    string // the sentence before, masked; "" for the first
	Subject string // the cable's subject line, masked
}

// Features returns the names of a sentence's features: its words, its
// pairs of adjacent words, the words of the sentence before and of its
// cable's subject, which masks it holds, and where in the cable it
// stands. Every word is lower case but the masks.
func Features(s Sentence) []string {
	ws := words(s.Masked)
	fs := make([]string, 0, 2*len(ws)+8)
	fs = append(fs, "bias", "para:"+paraName(s.Para))
	prev := "^"
	for _, w := range ws {
		fs = append(fs, "w:"+w, "b:"+prev+"_"+w)
		prev = w
	}
	fs = append(fs, "b:"+prev+"_$")
	var has [len(masks)]bool
	for _, w := range ws {
		for k, m := range masks {
			has[k] = has[k] || w == m
		}
	}
	for k, m := range masks {
		if has[k] {
			fs = append(fs, "has:"+m)
		}
	}
	if has[0] && has[1] {
		fs = append(fs, "has:both")
	}
	for _, w := range words(s.Prev) {
		fs = append(fs, "p:"+w)
	}
	for _, w := range words(s.Subject) {
		fs = append(fs, "s:"+w)
	}
	slices.Sort(fs)
	return slices.Compact(fs)
}

// paraName is the name of a paragraph's place: its number, the fourth
// and later as one.
func paraName(p int) string { return strconv.Itoa(min(p, 4)) }

// words splits a text into its words: runs of letters, lower-cased but
// for the masks, and digits read as one word "0".
func words(s string) []string {
	var ws []string
	eachWord(s, func(w string) {
		if !isMask(w) {
			w = strings.ToLower(w)
		}
		ws = append(ws, w)
	})
	return ws
}

// eachWord calls f with each word of s as written: a run of letters, or
// "0" for a run of digits (textmatch.EachRun).
func eachWord(s string, f func(w string)) {
	textmatch.EachRun(s, func(w string, digits bool) bool {
		if digits {
			w = "0"
		}
		f(w)
		return true
	})
}

// isMask reports whether a word is one of the masks of countries.
func isMask(w string) bool { return w == masks[0] || w == masks[1] || w == masks[2] }

// masks are the masks in the order Features and Scorer read them.
var masks = [3]string{Host, US, Other}

// Model holds, for each action, the weight of each feature and the
// probability above which a sentence is taken to state the action.
type Model struct {
	Weights   map[string]map[string]float64 // action -> feature -> weight
	Threshold map[string]float64            // action -> least probability

	once   sync.Once
	tables map[string]*Table // by action, built by Table
}

// Prob returns the probability that a sentence with the features fs
// states the action. Weights are added in units of 1e-4, the precision
// Write keeps, so that the sum does not depend on their order (Scorer
// adds them in another).
func (m *Model) Prob(action string, fs []string) float64 {
	if m.Weights == nil && m.tables != nil {
		panic("sentmodel: Prob after KeepTables")
	}
	w := m.Weights[action]
	if w == nil {
		return 0
	}
	var z int64
	for _, f := range fs {
		z += units(w[f])
	}
	return sigmoid(z)
}

// units is a weight in units of 1e-4.
func units(w float64) int64 { return int64(math.Round(w * 1e4)) }

// sigmoid is the logistic function of a sum of weights in units.
func sigmoid(z int64) float64 { return 1 / (1 + math.Exp(-float64(z)/1e4)) }

// Example is a sentence's features with the actions it states. Skip
// names the actions it is not to be taught either way (a sentence the
// annotators quoted for an optional fact).
type Example struct {
	Features []string
	Labels   map[string]bool
	Skip     map[string]bool
}

// Train fits one logistic regression per action by AdaGrad with an L2
// penalty, visiting the examples in an order drawn from seed, so that
// the same examples give the same model. Features seen in fewer than
// minCount examples are left out, and weights under 0.02 dropped. Every
// threshold is 1 (no action read) until the caller sets it.
func Train(exs []Example, actions []string, seed uint64) *Model {
	const (
		epochs   = 12
		rate     = 0.2
		l2       = 1e-3
		minCount = 8
	)
	ids, names := map[string]int{}, []string(nil)
	count := map[string]int{}
	for _, e := range exs {
		for _, f := range e.Features {
			count[f]++
		}
	}
	rows := make([][]int32, len(exs))
	for i, e := range exs {
		for _, f := range e.Features {
			if count[f] < minCount {
				continue
			}
			id, ok := ids[f]
			if !ok {
				id = len(names)
				ids[f] = id
				names = append(names, f)
			}
			rows[i] = append(rows[i], int32(id))
		}
	}
	m := &Model{Weights: map[string]map[string]float64{}, Threshold: map[string]float64{}}
	for _, a := range actions {
		w, g2 := make([]float64, len(names)), make([]float64, len(names))
		r := rand.New(rand.NewPCG(seed, 1))
		order := make([]int, len(exs))
		label, skip := make([]bool, len(exs)), make([]bool, len(exs)) // read once, not each epoch
		for i := range order {
			order[i], label[i], skip[i] = i, exs[i].Labels[a], exs[i].Skip[a]
		}
		for range epochs {
			r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			for _, i := range order {
				if skip[i] {
					continue
				}
				z := 0.0
				for _, f := range rows[i] {
					z += w[f]
				}
				y := 0.0
				if label[i] {
					y = 1
				}
				grad := 1/(1+math.Exp(-z)) - y
				for _, f := range rows[i] {
					// float64() keeps each product rounded on its own: a fused
					// multiply-add (arm64, GOAMD64=v3) would train another model
					g := grad + float64(l2*w[f])
					g2[f] += float64(g * g)
					w[f] -= float64(rate*g) / math.Sqrt(g2[f]+1e-8)
				}
			}
		}
		ws := map[string]float64{}
		for f, v := range w {
			if math.Abs(v) >= 0.02 {
				ws[names[f]] = v
			}
		}
		m.Weights[a] = ws
		m.Threshold[a] = 1
	}
	return m
}

// Write writes the model as text: the comment as a "# " line, a line
// "threshold <action> <p>" per action, then "<action> <feature> <weight>"
// lines, sorted, tab-separated. An action whose threshold is 1 or more is
// never read and left out.
func (m *Model) Write(w io.Writer, comment string) error {
	if m.Weights == nil && m.tables != nil {
		return fmt.Errorf("sentmodel: Write after KeepTables")
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# "+comment)
	actions := make([]string, 0, len(m.Weights))
	for a := range m.Weights {
		if m.Threshold[a] < 1 {
			actions = append(actions, a)
		}
	}
	slices.Sort(actions)
	for _, a := range actions {
		fmt.Fprintf(bw, "threshold\t%s\t%s\n", a, strconv.FormatFloat(m.Threshold[a], 'g', -1, 64))
	}
	for _, a := range actions {
		fs := make([]string, 0, len(m.Weights[a]))
		for f := range m.Weights[a] {
			fs = append(fs, f)
		}
		slices.Sort(fs)
		for _, f := range fs {
			fmt.Fprintf(bw, "%s\t%s\t%s\n", a, f, strconv.FormatFloat(m.Weights[a][f], 'f', 4, 64))
		}
	}
	return bw.Flush()
}

// Read reads a model written by Write; name is the file's name, for
// errors, which give the line.
func Read(r io.Reader, name string) (*Model, error) {
	m := &Model{Weights: map[string]map[string]float64{}, Threshold: map[string]float64{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields, have %d", name, n, len(f))
		}
		v, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if f[0] == "threshold" {
			m.Threshold[f[1]] = v
			continue
		}
		if m.Weights[f[0]] == nil {
			m.Weights[f[0]] = map[string]float64{}
		}
		m.Weights[f[0]][f[1]] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return m, nil
}
