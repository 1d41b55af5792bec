package extract_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/extract"
)

var update = flag.Bool("update", false, "rewrite the expected facts in testdata")

var paraStartRE = regexp.MustCompile(`^\s*¶?(\d{1,2})\.\s+(?:\(([A-Z/]+)\)\s+)?(.*)$`)

// cableFromText builds a cable from the text of its body without the
// parser: a line "N. (X) text" or "¶N. (X) text" starts a numbered
// paragraph, and Raw keeps the lines as written.
func cableFromText(id, dtg, text string) *cablesql.Cable {
	c := &cablesql.Cable{ID: id, DTG: dtg}
	var cur *cablesql.Paragraph
	var lines []string
	flush := func() {
		if cur == nil {
			return
		}
		cur.Raw = strings.TrimSpace(strings.Join(lines, "\n"))
		cur.Text = strings.Join(strings.Fields(cur.Raw), " ")
		if cur.Text != "" {
			cur.Seq = len(c.Paragraphs) + 1
			c.Paragraphs = append(c.Paragraphs, *cur)
		}
		cur, lines = nil, nil
	}
	for _, l := range strings.Split(text, "\n") {
		if m := paraStartRE.FindStringSubmatch(l); m != nil {
			flush()
			cur = &cablesql.Paragraph{Marking: m[2]}
			fmt.Sscan(m[1], &cur.Num)
			lines = []string{m[3]}
			continue
		}
		if cur == nil {
			cur = &cablesql.Paragraph{}
		}
		lines = append(lines, l)
	}
	flush()
	return c
}

// factKey is what two extractions of the same facts must share.
func factKey(a cablesql.Activity) string {
	return strings.Join([]string{a.ISO2, a.Action, a.Event, a.DateFrom, a.DateTo}, "\t")
}

// factSet returns the sorted distinct keys of acts.
func factSet(acts []cablesql.Activity) []string {
	var out []string
	for _, a := range acts {
		out = append(out, factKey(a))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// diffSets reports the keys only in want and only in got.
func diffSets(t *testing.T, name string, got, want []string) {
	t.Helper()
	var missing, extra []string
	for _, w := range want {
		if !slices.Contains(got, w) {
			missing = append(missing, w)
		}
	}
	for _, g := range got {
		if !slices.Contains(want, g) {
			extra = append(extra, g)
		}
	}
	if len(missing)+len(extra) > 0 {
		t.Errorf("%s: %d facts, want %d\nmissing:\n  %s\nextra:\n  %s", name, len(got), len(want),
			strings.Join(missing, "\n  "), strings.Join(extra, "\n  "))
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out
}

func seedText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "09STATE111693.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

const seedDTG = "2009-10-29T15:42Z"

// TestSeedExpected checks the facts of 09STATE111693 against the ones
// written down in testdata/09STATE111693.expected.tsv by reading the cable.
func TestSeedExpected(t *testing.T) {
	got := factSet(extract.Activities(cableFromText("09STATE111693", seedDTG, seedText(t))))
	path := filepath.Join("testdata", "09STATE111693.expected.tsv")
	if *update {
		head := "# Facts of 09STATE111693: iso2, action, event, date_from, date_to (one per line, sorted).\n"
		if err := os.WriteFile(path, []byte(head+strings.Join(got, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	diffSets(t, "09STATE111693", got, readLines(t, path))
}

// wordsRE matches a phrase across the line breaks of a hard-wrapped text.
func wordsRE(phrase string) *regexp.Regexp {
	parts := strings.Fields(phrase)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(`\b` + strings.Join(parts, `\s+`) + `\b`)
}

// variant is a change to the seed text and the change it makes to the facts.
type variant struct {
	name  string
	text  func(string) string
	facts func(string) string // maps one fact key; "" drops it
	dtg   string
}

func replacer(pairs ...string) func(string) string {
	return func(s string) string {
		for i := 0; i+1 < len(pairs); i += 2 {
			s = wordsRE(pairs[i]).ReplaceAllString(s, pairs[i+1])
		}
		return s
	}
}

func field(key string, i int, f func(string) string) string {
	parts := strings.Split(key, "\t")
	parts[i] = f(parts[i])
	return strings.Join(parts, "\t")
}

// TestSeedVariants changes countries, years, event names and the layout of
// the seed cable and checks that the facts follow.
func TestSeedVariants(t *testing.T) {
	seed := seedText(t)
	want := readLines(t, filepath.Join("testdata", "09STATE111693.expected.tsv"))
	isoSwap := map[string]string{"AL": "KE", "BS": "GM", "CL": "PE", "HR": "BG", "TW": "KR", "LK": "BD"}
	variants := []variant{
		{name: "countries renamed",
			text: replacer("Albanian", "Kenyan", "Albania", "Kenya", "Bahamas", "Gambia", "Chilean", "Peruvian",
				"Chile", "Peru", "Croatian", "Bulgarian", "Croatia", "Bulgaria", "GOC", "GOB", "Taiwanese", "South Korean",
				"Taiwan", "South Korea", "Sri Lankan", "Bangladeshi", "Sri Lanka", "Bangladesh"),
			facts: func(k string) string {
				return field(k, 0, func(iso string) string {
					if n, ok := isoSwap[iso]; ok {
						return n
					}
					return iso
				})
			}},
		{name: "years shifted", dtg: "2010-10-29T15:42Z",
			text: func(s string) string {
				s = strings.ReplaceAll(s, "2009", "YEAR2")
				s = strings.ReplaceAll(s, "2008", "2009")
				return strings.ReplaceAll(s, "YEAR2", "2010")
			},
			facts: func(k string) string {
				for _, i := range []int{3, 4} {
					k = field(k, i, func(d string) string {
						if d == "" {
							return d
						}
						return strings.Replace(strings.Replace(d[:4], "2009", "2010", 1), "2008", "2009", 1) + d[4:]
					})
				}
				return strings.NewReplacer("2008 Canberra", "2009 Canberra", "Update 2009", "Update 2010").Replace(k)
			}},
		{name: "events renamed",
			text: replacer("Export Control Academy", "Strategic Trade Academy",
				"International Export Control Conference", "International Strategic Trade Conference",
				"Tenth", "Eleventh", "10th", "11th", "Canberra", "Seoul"),
			facts: func(k string) string {
				return field(k, 2, strings.NewReplacer("Export Control Academy", "Strategic Trade Academy",
					"10th International Export Control Conference", "11th International Strategic Trade Conference",
					"Canberra", "Seoul").Replace)
			}},
		{name: "headings removed",
			text: func(s string) string {
				lines := strings.Split(s, "\n")
				var out []string
				for i, l := range lines {
					under := regexp.MustCompile(`^\s*/{3,}\s*$`)
					if under.MatchString(l) || i+1 < len(lines) && under.MatchString(lines[i+1]) && !strings.Contains(l, " the") {
						continue
					}
					out = append(out, l)
				}
				return strings.Join(out, "\n")
			}},
		{name: "sections reversed",
			text: func(s string) string {
				start := strings.Index(s, "Contacts with Non-Partners:")
				end := strings.Index(s, "End text of paper.")
				sections := regexp.MustCompile(`\n\s*\n\s*\n`).Split(s[start:end], -1)
				head := sections[0]
				rest := sections[1:]
				slices.Reverse(rest)
				return s[:start] + head + "\n \n \n" + strings.Join(rest, "\n \n \n") + "\n \n \n" + s[end:]
			}},
	}
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			dtg := seedDTG
			if v.dtg != "" {
				dtg = v.dtg
			}
			got := factSet(extract.Activities(cableFromText("09STATE111693", dtg, v.text(seed))))
			var w []string
			for _, k := range want {
				if v.facts != nil {
					k = v.facts(k)
				}
				w = append(w, k)
			}
			slices.Sort(w)
			diffSets(t, v.name, got, slices.Compact(w))
		})
	}
}
