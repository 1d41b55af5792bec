package ingest

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cablesql/cablesql"
	"github.com/cablesql/cablesql/ingest/internal/scan"
	"github.com/cablesql/cablesql/ingest/source"
)

// The cases below come from /work/shared/docs/cable-format.md §4 (most
// of them from heuer/cablemap's tests); the numbers are its case numbers.

// mustParse parses a cable given as text.
func mustParse(t *testing.T, text string) *cablesql.Cable {
	t.Helper()
	var d *source.Document
	err := source.Read("test.txt", strings.NewReader(text), func(doc *source.Document, err error) error {
		if err != nil {
			return err
		}
		if d == nil {
			d = doc
		}
		return nil
	})
	if err != nil || d == nil {
		t.Fatalf("Read: %v, no document\n%s", err, text)
	}
	c, err := Parse(d)
	if err != nil {
		t.Fatalf("Parse: %v\n%s", err, text)
	}
	return c
}

// cable builds a minimal cable text: a header with the DTG, the
// classification line and the given caption and body lines.
func cable(dtg, classLine, rest string) string {
	return "VZCZCXYZ0000\nPP RUEHWEB\n\nDE RUEHC #0001 0010000\nZNY CCCCC ZZH\n" + dtg +
		"\nFM SECSTATE WASHDC\nTO RUEHTRO/AMEMBASSY TRIPOLI PRIORITY 1742\n" + classLine + "\n \n" + rest
}

func TestHeaderFields(t *testing.T) {
	tests := []struct {
		name, text                                   string
		id, dtg, precedence, level, station, caveats string
	}{
		{"case 2-3: spaced level, scan.DTG, precedence", cable("P 291542Z OCT 09", "C O N F I D E N T I A L STATE 111693", "E.O. 12958: DECL: 10/29/2029\n"),
			"09STATE111693", "2009-10-29T15:42Z", "PRIORITY", "CONFIDENTIAL", "STATE", ""},
		{"case 4: section, two precedences", cable("P R 041820Z JAN 10", "C O N F I D E N T I A L SECTION 01 OF 02 STATE 000284", "SIPDIS\n"),
			"10STATE284", "2010-01-04T18:20Z", "PRIORITY", "CONFIDENTIAL", "STATE", "SIPDIS"},
		{"UNCLAS SENSITIVE, station of two words", cable("O 171458Z JUN 09", "UNCLAS UNVIE VIENNA 000279", "SENSITIVE\nSIPDIS\n"),
			"09UNVIEVIENNA279", "2009-06-17T14:58Z", "IMMEDIATE", "UNCLASSIFIED", "UNVIEVIENNA", "SBU SIPDIS"},
		{"lower-case spaced level", cable("R 011706Z JUL 09", "S e c r e t state 068250", "Sipdis\n"),
			"09STATE68250", "2009-07-01T17:06Z", "ROUTINE", "SECRET", "STATE", "SIPDIS"},
		{"EFTO and NOFORN on the line", cable("Z 211301Z SEP 09", "UNCLAS E F T O LONDON 002187", "NOFORN\nSIPDIS\n"),
			"09LONDON2187", "2009-09-21T13:01Z", "FLASH", "UNCLASSIFIED", "LONDON", "EFTO NOFORN SIPDIS"},
		{"limited official use, 1970s", cable("R 181205Z NOV 75", "LIMITED OFFICIAL USE LIBREVILLE 1895", ""),
			"75LIBREVILLE1895", "1975-11-18T12:05Z", "ROUTINE", "LIMITED OFFICIAL USE", "LIBREVILLE", ""},
		{"year before the station", cable("O 181205Z NOV 75", "C O N F I D E N T I A L 75 LIBREVILLE 1895", ""),
			"75LIBREVILLE1895", "1975-11-18T12:05Z", "IMMEDIATE", "CONFIDENTIAL", "LIBREVILLE", ""},
		{"header run into the classification line", "FM SECSTATE WASHDC\nP 291542Z OCT 09\nAMEMBASSY BRASILIA PRIORITY 0000C O N F I D E N T I A L STATE 111693 \n",
			"09STATE111693", "2009-10-29T15:42Z", "PRIORITY", "CONFIDENTIAL", "STATE", ""},
		{"station and serial on the next line", cable("P 161500Z FEB 10", "C O N F I D E N T I A L SECTION 01 OF 02\n\nTRIPOLI 000133", ""),
			"10TRIPOLI133", "2010-02-16T15:00Z", "PRIORITY", "CONFIDENTIAL", "TRIPOLI", ""},
		{"header whose line ends were lost", "VZCZCXYZ0015PP RUEHWEBDE RUEHAK #4688/01 2231453ZNY CCCCC ZZHP 111453Z AUG 06FM AMEMBASSY ANKARATO RUEHC/SECSTATE WASHDC\nC O N F I D E N T I A L ANKARA 004688  SIPDIS  NOFORN SIPDIS  E.O. 12958: DECL: 08/10/2016",
			"06ANKARA4688", "2006-08-11T14:53Z", "PRIORITY", "CONFIDENTIAL", "ANKARA", "SIPDIS NOFORN"},
		{"edited release: date line, no header", "Thursday, 29 March 2007, 06:00\nC O N F I D E N T I A L BANDAR SERI BEGAWAN 000112 \nSIPDIS \n",
			"07BANDARSERIBEGAWAN112", "2007-03-29T06:00Z", "", "CONFIDENTIAL", "BANDARSERIBEGAWAN", "SIPDIS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, tt.text)
			got := []string{c.ID, c.DTG, c.Precedence, c.Classification, c.Station, strings.Join(c.Caveats, " ")}
			want := []string{tt.id, tt.dtg, tt.precedence, tt.level, tt.station, tt.caveats}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("id, dtg, precedence, level, station, caveats = %q, want %q", got, want)
			}
		})
	}
}

func TestCanonicalID(t *testing.T) {
	// Cases 5-7.
	tests := map[string]string{
		"09STATE111693":             "09STATE111693",
		"08ECTION01OF02MANAMA492":   "08MANAMA492",
		"09SECTION01OF03SANJOSE525": "09SANJOSE525",
		"06EFTOBAKU1165":            "06BAKU1165",
		"09AMEMBASSYHANOI1284":      "09HANOI1284",
		"08SCTION02OF02SAOPAULO335": "08SAOPAULO335",
		"06MADRID002583ZFR2585":     "06MADRID2583",
		"7575LIBREVILLE1895":        "75LIBREVILLE1895",
		"09EFTOLONDON2187":          "09LONDON2187",
		"05RIO123":                  "05RIODEJANEIRO123",
		"06SECSTATE123":             "06STATE123",
		"07PAP12":                   "07PORTAUPRINCE12",
		"09BA123":                   "09BUENOSAIRES123",
		"05UNVIE1":                  "05UNVIEVIENNA1",
		"05EMBASSYVIENNA1":          "05VIENNA1",
		"06SECDEF123":               "06SECDEF123",
		" 09state0111693 ":          "09STATE111693",
	}
	for in, want := range tests {
		if got := scan.CanonicalID(in); got != want {
			t.Errorf("CanonicalID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormalizeLevel(t *testing.T) {
	tests := map[string]string{
		"C O N F I D E N T I A L":             "CONFIDENTIAL",
		"S e c r e t":                         "SECRET",
		"UNCLAS":                              "UNCLASSIFIED",
		"U N C L A S S I F I E D":             "UNCLASSIFIED",
		"SECRET//NOFORN":                      "SECRET",
		"UNCLASSIFIED//FOR OFFICIAL USE ONLY": "UNCLASSIFIED",
		"SENSITIVE BUT UNCLASSIFIED":          "UNCLASSIFIED",
		"LIMITED  OFFICIAL USE":               "LIMITED OFFICIAL USE",
	}
	for in, want := range tests {
		if got := scan.NormalizeLevel(in); got != want {
			t.Errorf("NormalizeLevel(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDeclassification(t *testing.T) {
	// Cases 13-14, and a two-digit year read in the cable's century.
	tests := []struct {
		eo, dtg, text, on string
	}{
		{"E.O. 12958: DECL: 10/29/2029", "P 291542Z OCT 09", "DECL: 10/29/2029", "2029-10-29"},
		{"EO 12958 DECL: 2020/02/23", "P 291542Z OCT 09", "DECL: 2020/02/23", "2020-02-23"},
		{"EO 12958: decl: 6/3/08", "P 291542Z OCT 07", "decl: 6/3/08", "2008-06-03"},
		{"E.O. 12958: N/A", "P 291542Z OCT 09", "N/A", ""},
		{"E.O. 12065: GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "R 130458Z AUG 79", "GDS 8/12/85 (TOMSETH, VICTOR L.) OR-P", "1985-08-12"},
		{"E.O. 12958: DECL: 12/20/07", "R 220136Z DEC 97", "DECL: 12/20/07", "2007-12-20"},
		{"E.O. 12356: DECL:  OADR", "R 201307Z MAR 85", "DECL:  OADR", ""},
		{"¶E. O. 11652: GDS", "P 020834Z APR 73", "GDS", ""},
	}
	for _, tt := range tests {
		c := mustParse(t, cable(tt.dtg, "C O N F I D E N T I A L STATE 000123", tt.eo+"\nTAGS: PREL\n"))
		if c.DeclassifyText != tt.text || c.DeclassifyOn != tt.on {
			t.Errorf("%q: declassify %q, %q, want %q, %q", tt.eo, c.DeclassifyText, c.DeclassifyOn, tt.text, tt.on)
		}
	}
}

func TestClassifiedBy(t *testing.T) {
	// Cases 15-16, and forms seen in the corpus.
	tests := []struct {
		lines, by, reason string
	}{
		{"Classified By: ISN/MTR Director Pam Durham.\nReason 1.4 (B) and (D)", "Pam Durham", "1.4 (B) and (D)"},
		{"Classified By: ISN/MTR Direcotr Pam Durham.\nReason 1.4 (B) and (D)", "Pam Durham", "1.4 (B) and (D)"},
		{"Classified By: Ambassador Emil Skodon, reasons 1.4(B) and (D)", "Emil Skodon", "1.4(B) and (D)"},
		{"Classified By: DCM Eric Rubin. Reason: 1.4 (d).", "Eric Rubin", "1.4 (d)"},
		{"Classified By: Political Minister-Counselor Kathy Allegrone, Reasons 1.\n4(b), (d).", "Kathy Allegrone", "1.4(b), (d)"},
		{"(U) Classified by CDA Robert Deutsch; E.O. 12958, reasons 1.4 (b) and (d).", "Robert Deutsch", "1.4 (b) and (d)"},
		{"Classified By: (U)  CLASSIFIED BY EAP DAS DAVID SHEAR,\nREASON: 1.4 (C).", "DAVID SHEAR", "1.4 (C)"},
		{"Classified By: Ambassador James P. Cain, reasons 1.4b,d", "James P. Cain", "1.4b,d"},
		{"Classified By: Political Minister Counselor Aubrey Carlson. Reasons\n\n1.4 (b) and (d).", "Aubrey Carlson", "1.4 (b) and (d)"},
		{"CLASSIFIED BY: Drew G. Blakeney, Political and Economic Counselor, State, P/E; REASON: 1.4B, D", "Drew G. Blakeney", "1.4B, D"},
	}
	for _, tt := range tests {
		c := mustParse(t, cable("P 291542Z OCT 09", "C O N F I D E N T I A L STATE 000123", "E.O. 12958: DECL: 10/29/2029\nTAGS: PREL\nSUBJECT: TEST\n\n"+tt.lines+"\n\n1. (C) Text.\n"))
		if c.ClassifiedBy != tt.by || c.Reason != tt.reason {
			t.Errorf("%q: classified by %q, reason %q, want %q, %q", tt.lines, c.ClassifiedBy, c.Reason, tt.by, tt.reason)
		}
	}
	// Case 16 and older cables: the line sits in paragraph 1.
	c := mustParse(t, cable("R 220136Z DEC 97", "C O N F I D E N T I A L WELLINGTON 001656", "E.O. 12958: DECL: 12/20/07\nTAGS: PGOV\nSUBJECT:  BIO REPORT\n\n1. (U) CLASSIFIED BY: JOSIAH H. BEEMAN, AMBASSADOR.\nREASONS: 1.5(B) AND (D).\n\n2. (C) SUMMARY: NZ.\n"))
	if c.ClassifiedBy != "JOSIAH H. BEEMAN" || c.Reason != "1.5(B) AND (D)" {
		t.Errorf("classified by in paragraph 1: %q, %q", c.ClassifiedBy, c.Reason)
	}
}

func TestTags(t *testing.T) {
	// Cases 19-24.
	tests := []struct {
		caption string
		want    string // name/kind pairs
	}{
		{"TAGS: something,\nhere\nSUBJECT: X", "SOMETHING/organization HERE/organization"},
		{"TAGS: something\nhere\nSUBJECT: X", "SOMETHING/organization"},
		{"TAGS: DOMESTIC POLITICS MASSMNUC KNNPMNUC\nSUBJECT: X", "DOMESTIC/organization POLITICS/organization MASS/subject MNUC/subject KNNP/program"},
		{"TAS: ECON, ETRD, IS, JO\nSUBJECT: X", "ECON/subject ETRD/subject IS/geo JO/geo"},
		{"TABS: EFIS, PREL\nSUBJECT: X", "EFIS/subject PREL/subject"},
		{"TAGS;  PGOV, TU\nSUBJECT: X", "PGOV/subject TU/geo"},
		{"TAGS: PREL, ETRD, ETTC, PARM, IT                          SECRET       PAGE 02        ROME  03067  211833Z\nSUBJECT: X", "PREL/subject ETRD/subject ETTC/subject PARM/subject IT/geo"},
		{"TAGS: PREL, UNGA/C-6\nSUBJECT: UNGA,S SIXTH (LEGAL) COMMITTEE", "PREL/subject UNGA/C-6/organization"},
		{"TAGS: OVIP (CLINTON, HILLARY) PREL SIPDIS IZPREL\nSUBJECT: X", "OVIP/subject CLINTON, HILLARY/person PREL/subject IZ/geo"},
		{"TAGS: ECON EFIN ETRD EIND ECIN EAGR EINV ETTC OECD PREL\nEUN\n\nSUBJECT: X", "ECON/subject EFIN/subject ETRD/subject EIND/subject ECIN/subject EAGR/subject EINV/subject ETTC/subject OECD/organization PREL/subject EUN/organization"},
		{"Tags: mtcre, parm, ir\nSubject: x", "MTCRE/organization PARM/subject IR/geo"},
	}
	for _, tt := range tests {
		c := mustParse(t, cable("P 291542Z OCT 09", "C O N F I D E N T I A L STATE 000123", "E.O. 12958: DECL: 10/29/2029\n"+tt.caption+"\n\n1. (C) Text.\n"))
		var got []string
		for _, tg := range c.Tags {
			got = append(got, tg.Name+"/"+tg.Kind)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: tags %q, want %q", tt.caption, strings.Join(got, " "), tt.want)
		}
	}
}

func TestSubject(t *testing.T) {
	// Cases 25-30.
	tests := []struct {
		caption, want string
	}{
		{"TAGS ENRG\nSUBJECT: SWEDISH DEPUTY PM URGES ACTION DURING\nEU PRESIDENCY; WANTS SUMMIT\nThis is an Action request. Please see para 2.\n", "SWEDISH DEPUTY PM URGES ACTION DURING EU PRESIDENCY; WANTS SUMMIT"},
		{"TAGS: PREL\nSUBJECT: (S) GERMANY TAKING ACTION ON SHIPMENT OF\n", "GERMANY TAKING ACTION ON SHIPMENT OF"},
		{"TAGS: PREL\nSUBJECT: PART 3 OF 3:  THE LIFE AND TIMES OF SOUTH AFRICA'S \nNEW PRESIDENT\nPRETORIA 00000954 001.2 OF 004\n", "PART 3 OF 3: THE LIFE AND TIMES OF SOUTH AFRICA'S NEW PRESIDENT"},
		{"TAGS: PREL\nSUBJECT: FBI DIRECTOR MUELLER’S VISIT TO EGYPTREF: CAIRO 493\n", "FBI DIRECTOR MUELLER’S VISIT TO EGYPT"},
		{"TAGS: PREL\nUBJECT: BAHRAIN WILL FORMALLY REQUEST SUBAIE REF: A. A) MANAMA 20\n", "BAHRAIN WILL FORMALLY REQUEST SUBAIE"},
		{"E.O. 12958: N/A \nTAGS: KIPR ECON ETRD KCRM PGOV BR IPR\n\n", ""},
		{"TAGS: PREL\nSUBJECT: ATTEMPTS BY IRANIAN FIRM TO ACQUIRE MACHINE TOOLS FROM BRAZIL (S)\n", "ATTEMPTS BY IRANIAN FIRM TO ACQUIRE MACHINE TOOLS FROM BRAZIL"},
		{"TAGS: PREL\nSUBJ:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS \n", "ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS"},
		{"TAGS: PREL\nSUBJECT: (S) FURTHER INFORMATION ON POSSIBLE EFFORT BY \\\nXXXXXXXXXXXX\n", "FURTHER INFORMATION ON POSSIBLE EFFORT BY XXXXXXXXXXXX"},
		{"TAGS: PREL\nSUBJECT: MISSILE TECHNOLOGY CONTROL REGIME (MTCR): \"BROKERING CONTROLS\" Classified By: ISN/MTR DIRECTOR PAM DURHAM FOR REASONS 1.4 (B), (D), AND (H).\n", "MISSILE TECHNOLOGY CONTROL REGIME (MTCR): \"BROKERING CONTROLS\""},
		{"TAGS: PREL\nSUBJECT: LATVIA SEEKS MEMBERSHIP IN MTCR \nREF: STATE 1\nClassified By: DCM Bruce Rogers\n", "LATVIA SEEKS MEMBERSHIP IN MTCR"},
	}
	for _, tt := range tests {
		c := mustParse(t, cable("P 291542Z OCT 09", "C O N F I D E N T I A L STATE 000123", "E.O. 12958: DECL: 10/29/2029\n"+tt.caption+"\n1. (C) Text.\n"))
		if c.Subject != tt.want {
			t.Errorf("%q: subject %q, want %q", tt.caption, c.Subject, tt.want)
		}
		if tt.want != "" && c.SubjectSource != "subject" {
			t.Errorf("%q: subject source %q, want subject", tt.caption, c.SubjectSource)
		}
	}
}

func TestRefs(t *testing.T) {
	// Cases 28-29 and 32-38; a reference without a year takes the
	// citing cable's.
	tests := []struct {
		text, yy, want string
	}{
		{"CAIRO 493", "06", "06CAIRO493"},
		{"A. A) MANAMA 20", "08", "08MANAMA20"},
		{"a. 05 state 201650\n\nB. 05 berlin 3726\nl. Mtcr poc 201/2006 - may 16 2006\np. 07 berlin 002163", "08", "05STATE201650 05BERLIN3726 07BERLIN2163"},
		{"(99) ROME 2196", "01", "99ROME2196"},
		{"A. SECSTATE 74879 \n     B. RIYADH 43", "08", "08STATE74879 08RIYADH43"},
		{"A. BRASILIA 2799 AND 2764 ¶B. PORT AU PRINCE 2325", "04", "04BRASILIA2799 04BRASILIA2764 04PORTAUPRINCE2325"},
		{"A. UNVIE 148\n B. UNVIE 102 (NOTAL)\n C. UNVIE 089", "09", "09UNVIEVIENNA148 09UNVIEVIENNA102 09UNVIEVIENNA89"},
		{"A. BERLIN 1045\nB. SECDEF MSG scan.DTG 301601z SEP 08", "08", "08BERLIN1045"},
		{"10-OTTAWA-57", "10", "10OTTAWA57"},
		{"QUITO 4525-91", "92", "91QUITO4525"},
		{"09CAIRO0561", "09", "09CAIRO561"},
		{"'08 BUENOS AIRES 1491", "09", "08BUENOSAIRES1491"},
		{"STATE (01) 201265", "02", "01STATE201265"},
		{"State 188314, 259032", "09", "09STATE188314 09STATE259032"},
		{"Kabul 936/935", "09", "09KABUL936 09KABUL935"},
		{"A. PARIS POINTS APRIL 10 D. PARIS 1025", "09", "09PARIS1025"},
		{"TEHRAN 1091: TEHRAN 263: MOSCOW 1603", "72", "72TEHRAN1091 72TEHRAN263 72MOSCOW1603"},
		{"(A) STATE 253201 (B) WILSON/MACK\nTELECON (C) WILSON/CHARLES TELECON", "90", "90STATE253201"},
		{"EUR/WE E-MAIL OF 09/08/2006", "06", ""},
		{"STATE 123 ¶B. 09STATE123", "09", ""}, // the cable itself
	}
	for _, tt := range tests {
		got := strings.Join(ParseRefs(tt.text, tt.yy, "09STATE123"), " ")
		if got != tt.want {
			t.Errorf("ParseRefs(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSigner(t *testing.T) {
	// Cases 41-42 and forms from the corpus.
	tests := []struct {
		end, want string
	}{
		{"6.Request feedback by January 8. xxxxxxxxxxxx or xxxxxxxxxxxx. CLINTON", "CLINTON"},
		{"3. IMAGE WHILE PROCEEDING WITH BUSINESS AS USUAL.\n\nGILLESPIE##", "GILLESPIE"},
		{"3. H. NO CHANGE.\n \nREGARDS \n \nCARSON", "CARSON"},
		{"3. TEXT.\nLORD\nLIMITED OFFICIAL USE\nNNNN", "LORD"},
		{"3. (U) End comment.\n \nVAN VOORST", "VAN VOORST"},
		{"3. (U) End comment.\nvan Voorst", "VAN VOORST"},
		{"3. (U) We cleared this cable.\nWOOD\n=======================CABLE ENDS============================", "WOOD"},
		{"3. (U) Ambassador Kennard assured him.\nKENNARD .", "KENNARD"},
		{"3. (U) End comment.", ""},
		{"3. (U) Please see paragraph 2.\nEND TEXT.", ""},
	}
	for _, tt := range tests {
		c := mustParse(t, cable("P 291542Z OCT 09", "C O N F I D E N T I A L STATE 000123", "E.O. 12958: DECL: 10/29/2029\nTAGS: PREL\nSUBJECT: X\n\n1. (C) First.\n\n2. (C) Second.\n\n"+tt.end+"\n"))
		if c.Signer != tt.want {
			t.Errorf("%q: signer %q, want %q", tt.end, c.Signer, tt.want)
		}
		for _, p := range c.Paragraphs {
			if tt.want != "" && strings.TrimSpace(p.Raw) == tt.want {
				t.Errorf("%q: the signature is left as a paragraph", tt.end)
			}
		}
	}
}

func TestParagraphs(t *testing.T) {
	// Cases 43-45 and the corpus's paragraph forms.
	type para struct {
		num     int
		marking string
		text    string
	}
	tests := []struct {
		name, body string
		want       []para
	}{
		{"malformed markings (43)", "1. C) Content 1\n2. SBU) Content 2\n3. SBU/N) Content 3\n",
			[]para{{1, "C", "Content 1"}, {2, "SBU", "Content 2"}, {3, "SBU/N", "Content 3"}}},
		{"page marker removed (44)", "3. (SBU/N) Content 3\n\nBLA 0000001 003.2 OF 39\n\n4. (U) Below section 4\n",
			[]para{{3, "SBU/N", "Content 3"}, {4, "U", "Below section 4"}}},
		{"sample (45), pilcrows, no space", "¶1. (U) This is an action request. Please see\nparagraph 2.\n\n¶2.(C) Action request: the\nnon-paper.\n",
			[]para{{1, "U", "This is an action request. Please see paragraph 2."}, {2, "C", "Action request: the non-paper."}}},
		{"inner blank lines and a numbered list stay in the paragraph",
			"1. (C) Begin Non-Paper:\n\nAlbania\n///////\n\n1. First item.\n2. Second item.\n\n2. (U) Please slug.\n",
			[]para{{1, "C", "Begin Non-Paper: Albania /////// 1. First item. 2. Second item."}, {2, "U", "Please slug."}}},
		{"unnumbered text split at blank lines", "SUMMARY: One.\n\nBACKGROUND:\n\nTwo\nlines.\n",
			[]para{{0, "", "SUMMARY: One."}, {0, "", "BACKGROUND:"}, {0, "", "Two lines."}}},
		{"prose marking and entire text", "1.  CONFIDENTIAL - ENTIRE TEXT.\n\n2. WE HAVE TRIED.\n3. (C - ENTIRE TEXT) THEN.\n",
			[]para{{1, "C", "CONFIDENTIAL - ENTIRE TEXT."}, {2, "", "WE HAVE TRIED."}, {3, "C", "THEN."}}},
		{"stray SIPDIS and section marks dropped", "1. (C) One\nSIPDIS\ntwo.\n\nC O N F I D E N T I A L SECTION 02 OF 02 STATE 000123\n\n2. (S/NF) Three.\n",
			[]para{{1, "C", "One two."}, {2, "S/NF", "Three."}}},
		{"number and marking without the dot", "1 (S) Over the years.\n",
			[]para{{1, "S", "Over the years."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := mustParse(t, cable("P 291542Z OCT 09", "C O N F I D E N T I A L STATE 000123", "E.O. 12958: DECL: 10/29/2029\nTAGS: PREL\nSUBJECT: X\n\n"+tt.body))
			var got []para
			for _, p := range c.Paragraphs {
				got = append(got, para{p.Num, p.Marking, p.Text})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs\n got %v\nwant %v", got, tt.want)
			}
			for i, p := range c.Paragraphs {
				if p.Seq != i+1 {
					t.Errorf("paragraph %d has seq %d", i+1, p.Seq)
				}
			}
		})
	}
}

func TestParagraphRawKeepsLines(t *testing.T) {
	c := mustParse(t, cable("P 291542Z OCT 09", "C O N F I D E N T I A L STATE 000123", "E.O. 12958: DECL: 10/29/2029\nTAGS: PREL\nSUBJECT: X\n\n3. (C) Begin Non-Paper:\n\nAlbania\n///////\n\nIn June 2009, Albania attended\nthe conference.\n"))
	want := "Begin Non-Paper:\n\nAlbania\n///////\n\nIn June 2009, Albania attended\nthe conference."
	if len(c.Paragraphs) != 1 || c.Paragraphs[0].Raw != want {
		t.Fatalf("paragraphs = %+v, want one with raw %q", c.Paragraphs, want)
	}
}

func TestNormalizeText(t *testing.T) {
	// Cases 46-47.
	tests := map[string]string{
		"the MTCR,s nonproliferation goals":        "the MTCR's nonproliferation goals",
		"the Department of State,s Export Control": "the Department of State's Export Control",
		"urged Cote d,Ivoire to subscribe":         "urged Cote d'Ivoire to subscribe",
		"HIZBALLAH,SIGNS of a real comma":          "HIZBALLAH,SIGNS of a real comma",
		"we don,t know, and 1,000 people":          "we don't know, and 1,000 people",
		"UNGA,S SIXTH (LEGAL) COMMITTEE":           "UNGA'S SIXTH (LEGAL) COMMITTEE",
		"held in-depth discussions ) in both the Technical Experts Meeting (TEM) and the Plenary ) on a U.S. proposal": "held in-depth discussions — in both the Technical Experts Meeting (TEM) and the Plenary — on a U.S. proposal",
		"see (the list below )":   "see (the list below )",
		"line one\n  line two":    "line one line two",
		"a co-\nordinated effort": "a co-ordinated effort",
		"Iran’s “carrot”":         `Iran's "carrot"`,
		// the SIPDIS caveat opening a wrapped line (the other cases: textmatch's TestDropArtefacts)
		"the Secretary of the Department of\nSIPDIS Women and Child Development": "the Secretary of the Department of Women and Child Development",
	}
	for in, want := range tests {
		if got := NormalizeText(in); got != want {
			t.Errorf("NormalizeText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSubjectFromNewsTitle(t *testing.T) {
	// Case 31: the news site's title stands in for the lost SUBJECT line.
	text := "Site boilerplate\n\nCablegate: Missile Technology Control Regime (Mtcr): U.S.\n\nDE RUEHC #1693 3021607\nP 291542Z OCT 09\n\nC O N F I D E N T I A L STATE 111693\n\nE.O. 12958: DECL: 10/29/2029\n\n1. (U) Text.\n\n© Site\nSubscribe now\n"
	c := mustParse(t, text)
	if c.Subject != "MISSILE TECHNOLOGY CONTROL REGIME (MTCR): U.S." || c.SubjectSource != "title" {
		t.Errorf("subject %q from %q", c.Subject, c.SubjectSource)
	}
	if c.Source.Format != source.FormatNewsSite || c.ID != "09STATE111693" {
		t.Errorf("format %q id %q", c.Source.Format, c.ID)
	}
	if n := len(c.Paragraphs); n != 1 || c.Paragraphs[0].Text != "Text." {
		t.Errorf("paragraphs %v: the site's footer must not be read", c.Paragraphs)
	}
}

// TestClassLineRunIntoHeader checks where the classification line is
// found when a text dump runs the body into the header's last line
// (08HELSINKI374 as a Cable Viewer dump): a level in capitals after a
// header line in capitals, not only after a digit or before a spaced
// level; a doubled first letter is a typo on the line, left as it was.
func TestClassLineRunIntoHeader(t *testing.T) {
	tests := []struct {
		text  string
		start int // -1: none
	}{
		{"INFO RUCNMEM/EU MEMBER STATES COLLECTIVEUNCLAS HELSINKI 000374 \n", len("INFO RUCNMEM/EU MEMBER STATES COLLECTIVE")},
		{"RUEHSW/AMEMBASSY BERN PRIORITYSECRET STATE 000123\n", len("RUEHSW/AMEMBASSY BERN PRIORITY")},
		{"AMEMBASSY BRASILIA PRIORITY 0000C O N F I D E N T I A L STATE 111693 \n", len("AMEMBASSY BRASILIA PRIORITY 0000")},
		{"RHEHNSC/NSC WASHINGTON DC\nUUNCLAS MANAGUA 001002 \n", -1},
		{"RHEHNSC/NSC WASHDC PRIORITY\nCSE C R E T SECTION 01 OF 02 SHENYANG 000004 \n", -1},
	}
	for _, tt := range tests {
		cl, ok := scan.FindClassLine(tt.text, 0)
		got := -1
		if ok {
			got = cl.Start
		}
		if got != tt.start {
			t.Errorf("FindClassLine(%q) starts at %d, want %d", tt.text, got, tt.start)
		}
	}
}
