package scan

import (
	"strings"

	"github.com/cablesql/cablesql/internal/lazyre"
	"github.com/cablesql/cablesql/internal/textmatch"
)

// stations returns the station codes of reference ids (the origin part of
// 09STATE111693) that a REF line may name. The list holds the posts of the
// State Department's RUEH routing table and the other origins seen in
// Cablegate ids; any other single word of four or more letters is accepted
// too, so a post missing here still parses.
var stations = LazySet(`ABIDJAN ABUDHABI ABUJA ACCRA ADANA ADDISABABA AITTAIPEI AITKAOHSIUNG ALGIERS
	ALMATY AMMAN AMSTERDAM ANKARA ANTANANARIVO APIA ASHGABAT ASMARA ASTANA ASUNCION ATHENS AUCKLAND
	BAGHDAD BAKU BAMAKO BANDARSERIBEGAWAN BANGKOK BANGUI BANJUL BARCELONA BASRAH BEIJING BEIRUT
	BELFAST BELGRADE BELMOPAN BERLIN BERN BISHKEK BOGOTA BONN BRASILIA BRATISLAVA BRAZZAVILLE
	BRIDGETOWN BRUSSELS BUCHAREST BUDAPEST BUENOSAIRES BUJUMBURA CAIRO CALCUTTA CALGARY CANBERRA
	CAPETOWN CARACAS CASABLANCA CDGENEVA CHENGDU CHENNAI CHIANGMAI CHISINAU CIUDADJUAREZ COLOMBO
	CONAKRY COPENHAGEN COTONOU CURACAO DAKAR DAMASCUS DARESSALAAM DHAHRAN DHAKA DILI DJIBOUTI DOHA
	DUBAI DUBLIN DURBAN DUSHANBE DUSSELDORF EDINBURGH ERBIL FLORENCE FRANKFURT FREETOWN FUKUOKA
	GABORONE GENEVA GEORGETOWN GRENADA GUADALAJARA GUANGZHOU GUATEMALA GUAYAQUIL HALIFAX HAMBURG
	HAMILTON HANOI HARARE HAVANA HELSINKI HERAT HERMOSILLO HILLAH HOCHIMINHCITY HONGKONG HYDERABAD
	ISLAMABAD ISTANBUL IZMIR JAKARTA JEDDAH JERUSALEM JUBA KABUL KADUNA KAMPALA KARACHI KATHMANDU
	KHARTOUM KIEV KIGALI KINGSTON KINSHASA KIRKUK KOLKATA KOLONIA KOROR KRAKOW KUALALUMPUR KUWAIT
	KYIV LAGOS LAHORE LAPAZ LEIPZIG LIBREVILLE LILONGWE LIMA LISBON LJUBLJANA LOME LONDON LUANDA
	LUSAKA LUXEMBOURG MADRAS MADRID MAJURO MALABO MANAGUA MANAMA MANILA MAPUTO MARSEILLE MASERU
	MATAMOROS MAZARESHARIF MBABANE MEDAN MELBOURNE MERIDA MEXICO MILAN MINSK MONROVIA MONTERREY
	MONTEVIDEO MONTREAL MOSCOW MOSUL MUMBAI MUNICH MUSCAT NAGOYA NAHA NAIROBI NAPLES NASSAU NDJAMENA
	NEWDELHI NIAMEY NICOSIA NOGALES NOUAKCHOTT NUEVOLAREDO OSAKAKOBE OSLO OTTAWA OUAGADOUGOU PANAMA
	PARAMARIBO PARIS PARTO PERTH PESHAWAR PHNOMPENH PODGORICA PONTADELGADA PORTAUPRINCE PORTLOUIS
	PORTMORESBY PORTOFSPAIN PRAGUE PRAIA PRETORIA PRISTINA QUEBEC QUITO RABAT RANGOON RECIFE
	REYKJAVIK RIGA RIODEJANEIRO RIYADH ROME RPODUBAI SANAA SANJOSE SANSALVADOR SANTIAGO SANTODOMINGO
	SAOPAULO SAPPORO SARAJEVO SECDEF SEOUL SHANGHAI SHENYANG SINGAPORE SKOPJE SOFIA STATE STOCKHOLM
	STPETERSBURG STRASBOURG SURABAYA SUVA SYDNEY TAIPEI TALLINN TASHKENT TBILISI TEGUCIGALPA TEHRAN
	TELAVIV THEHAGUE THESSALONIKI TIJUANA TIRANA TOKYO TORONTO TRIPOLI TUNIS ULAANBAATAR UNESCOPARISFR
	UNROME UNVIEVIENNA USAUADDISABABA USCBP USDAFAS USDOC USEUBRUSSELS USNATO USOSCE USTRGENEVA
	USUNNEWYORK VALLETTA VANCOUVER VATICAN VIENNA VIENTIANE VILNIUS VLADIVOSTOK WARSAW WELLINGTON
	WINDHOEK WINNIPEG YAOUNDE YEKATERINBURG YEREVAN ZAGREB`)

// stationAliases maps how REF lines write an origin (spaces removed) to
// the station code of the id.
var stationAliases = map[string]string{
	"SECSTATE": "STATE", "SECTSTATE": "STATE", "SECTATE": "STATE", "WASHDC": "STATE",
	"SECSTATEWASHDC": "STATE", "DEPT": "STATE", "DEPARTMENT": "STATE", "STATEDEPT": "STATE",
	"USUN": "USUNNEWYORK", "USUNNY": "USUNNEWYORK", "USUNNEWYORKNY": "USUNNEWYORK",
	"UNVIE": "UNVIEVIENNA", "USUNVIE": "UNVIEVIENNA", "USEU": "USEUBRUSSELS",
	"HK": "HONGKONG", "HCMC": "HOCHIMINHCITY", "HOCHIMINH": "HOCHIMINHCITY", "HAGUE": "THEHAGUE",
	"BA": "BUENOSAIRES", "MEXICOCITY": "MEXICO", "RIO": "RIODEJANEIRO", "RIODEJAN": "RIODEJANEIRO",
	"POS": "PORTOFSPAIN", "PAP": "PORTAUPRINCE", "PORTAUPRINCEHAITI": "PORTAUPRINCE",
	"EMBASSYVIENNA": "VIENNA", "USUNESCOPARISFR": "UNESCOPARISFR", "PARISFR": "UNESCOPARISFR",
	"USUNESCO": "UNESCOPARISFR", "GUATEMALACITY": "GUATEMALA", "PANAMACITY": "PANAMA",
	"KUWAITCITY": "KUWAIT", "VATICANCITY": "VATICAN", "USNATOBRUSSELS": "USNATO", "NATO": "USNATO",
	"USMISSIONGENEVA": "GENEVA", "USMISSIONUSUNNEWYORK": "USUNNEWYORK", "DARESSALAM": "DARESSALAAM",
	"0TTAWA": "OTTAWA", "SANTIAG0": "SANTIAGO", "COTON0U": "COTONOU",
}

// refStopWords returns the capitalised words that stand before a number
// in REF lines without naming a station: "PARA 5", "TELCON 12",
// "MSG 301601Z".
var refStopWords = LazySet(`PARA PARAS PARAGRAPH PAGE MSG DTG TELCON EMAIL E-MAIL MEMO MEMCON REPORT
	NOTE LETTER IIR OSC FAM UNSCR UNSC RES RESOLUTION SECTION SECTIONS OF AND THE NO NUMBER FAX
	TEL PHONE ROOM DATED DATE JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC JANUARY
	FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER CIRCULAR TO FROM
	FOR ON IN AT BY CA NOTAL REFTEL REFTELS REF REFS ABOVE BELOW ITEM ANNEX TAB CHAPTER ARTICLE
	APPENDIX PART PUBLIC LAW SEPTEL EXDIS NODIS LIMDIS NOFORN SIPDIS YEAR FY CY`)

// CanonicalStation turns an origin as written (e.g. "SAO PAULO",
// "AMEMBASSY HANOI", "SECSTATE") into a station code, or "" when it does
// not look like one.
func CanonicalStation(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, p := range []string{"AMEMBASSY ", "AMCONSUL ", "EMBASSY ", "CONSULATE "} {
		s = strings.TrimPrefix(s, p)
	}
	code := strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '.' || r == '\'' {
			return -1
		}
		return r
	}, s)
	if a, ok := stationAliases[code]; ok {
		return a
	}
	if stations()[code] {
		return code
	}
	if strings.Contains(s, " ") || len(code) < 4 || len(code) > 20 || refStopWords()[code] {
		return ""
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return ""
		}
	}
	return code
}

var (
	// PublishedIDRE splits a published reference id into year and the
	// rest; a doubled year (7575LIBREVILLE1895) is dropped.
	PublishedIDRE = lazyre.New(`^(\d{2})(?:\d{2})?([A-Z].*)$`)
	// idJunkRE matches damage seen at the start of the origin of
	// published ids: section text merged in, an EFTO or AMEMBASSY prefix.
	idJunkRE = lazyre.New(`^(?:S?E?C?T?I?ON\d{1,2}OF\d{1,2}|EFTO|AMEMBASSY|AMCONSUL)`)
	// idOriginSerialRE splits the rest into origin and serial, leaving
	// out junk after the serial (06MADRID002583ZFR2585).
	idOriginSerialRE = lazyre.New(`^([A-Z]+?)0*(\d{1,7})(?:[A-Z]+\d*)?$`)
)

// CanonicalID returns the canonical form of a published reference id:
// upper case, leading zeros of the serial stripped, and known damage
// repaired (08ECTION01OF02MANAMA492 -> 08MANAMA492, 06EFTOBAKU1165 ->
// 06BAKU1165, 7575LIBREVILLE1895 -> 75LIBREVILLE1895). An id it cannot
// read is returned without spaces, upper-cased.
func CanonicalID(id string) string {
	if !textmatch.IsASCII(id) || strings.ContainsAny(id, " \t\n\v\f\r") {
		id = strings.Join(strings.Fields(id), "")
	}
	id = strings.ToUpper(id)
	if year, origin, serial, ok := splitSimpleID(id); ok && !hasIDJunk(origin) {
		if a, ok := stationAliases[origin]; ok {
			origin = a
		}
		return year + origin + serial
	}
	return canonicalByExpressions(id)
}

// canonicalByExpressions is CanonicalID of an upper-case id without
// spaces, read by the expressions alone.
func canonicalByExpressions(id string) string {
	m := PublishedIDRE.FindStringSubmatch(id)
	if m == nil {
		return id
	}
	rest := m[2]
	for {
		j := idJunkRE.FindString(rest)
		if j == "" || j == rest {
			break
		}
		rest = rest[len(j):]
	}
	os := idOriginSerialRE.FindStringSubmatch(rest)
	if os == nil {
		return id
	}
	origin := os[1]
	if a, ok := stationAliases[origin]; ok {
		origin = a
	}
	return m[1] + origin + os[2]
}

// StationOf returns the station part of a canonical id.
func StationOf(id string) string {
	if _, origin, _, ok := splitSimpleID(id); ok {
		return origin
	}
	return stationByExpressions(id)
}

// stationByExpressions is StationOf read by the expressions alone.
func stationByExpressions(id string) string {
	m := PublishedIDRE.FindStringSubmatch(id)
	if m == nil {
		return ""
	}
	os := idOriginSerialRE.FindStringSubmatch(m[2])
	if os == nil {
		return ""
	}
	return os[1]
}

// splitSimpleID splits an id of the common form, two digits, capital
// letters, then digits ("09STATE000123"), into year, origin and serial
// without leading zeros, as publishedIDRE and idOriginSerialRE do,
// without running them (every cable's id and references go through
// CanonicalID). ok is false for any other form, and for a serial of
// more than seven digits, which the expressions reject.
func splitSimpleID(id string) (year, origin, serial string, ok bool) {
	if len(id) < 4 || !textmatch.IsDigit(id[0]) || !textmatch.IsDigit(id[1]) {
		return "", "", "", false
	}
	i := 2
	for i < len(id) && id[i] >= 'A' && id[i] <= 'Z' {
		i++
	}
	j := i
	for j < len(id) && textmatch.IsDigit(id[j]) {
		j++
	}
	if i == 2 || j == i || j != len(id) {
		return "", "", "", false
	}
	serial = strings.TrimLeft(id[i:], "0")
	if serial == "" {
		serial = "0"
	}
	if len(serial) > 7 {
		return "", "", "", false
	}
	return id[:2], id[2:i], serial, true
}

// hasIDJunk reports whether the origin of a simple id starts with damage
// idJunkRE strips (the section form needs digits, which such an origin
// has none of).
func hasIDJunk(origin string) bool {
	return strings.HasPrefix(origin, "EFTO") || strings.HasPrefix(origin, "AMEMBASSY") || strings.HasPrefix(origin, "AMCONSUL")
}

// SplitRefsColumn reads the references column of cables.csv: ids
// separated by "|" (or spaces or commas).
func SplitRefsColumn(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == ',' || r == ' ' || r == ';' }) {
		if id := CanonicalID(f); PublishedIDRE.MatchString(id) {
			out = append(out, id)
		}
	}
	return out
}
