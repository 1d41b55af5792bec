// Package cablesql is the vocabulary of cablesql, an embedded analytical
// store for US diplomatic cables: the domain types that flow from the
// readers in package ingest to the SQLite store in package store, and the
// embedded schema, saved queries and bundled sample cable.
//
// The root package imports only the standard library. Package ingest turns
// published cables into [Cable] values and [Activity] facts; package store
// writes them into SQLite; package shell runs SQL over the store.
package cablesql

import (
	"errors"
	"slices"
	"strings"
)

// Version is the tool's version, reported by the shell and written into
// provenance sidecars.
const Version = "0.1.0-dev"

// Cable is one diplomatic cable with its header fields, its paragraphs and
// where it came from. Dates are ISO 8601 strings; an empty string means the
// source did not give the field.
type Cable struct {
	ID             string   // canonical reference id, e.g. 09STATE111693
	PublishedID    string   `json:",omitempty"` // the id as published when it was repaired (09EFTOLONDON2187), else ""
	DTG            string   // date-time group as ISO 8601 UTC, e.g. 2009-10-29T15:42Z
	Precedence     string   // FLASH, IMMEDIATE, PRIORITY or ROUTINE
	Classification string   // the level: UNCLASSIFIED, CONFIDENTIAL, SECRET, ...
	Caveats        []string // handling caveats: NOFORN, SIPDIS, EXDIS, ...
	Station        string   // the station from the id, e.g. STATE
	Origin         string   // the publisher's origin name, e.g. "Embassy Ankara"
	Subject        string   // the subject line, joined and without markings
	SubjectSource  string   // where Subject came from: "subject" or "title"
	Tags           []Tag    // TAGS, repaired, in order
	DeclassifyOn   string   // ISO date from the E.O. line
	DeclassifyText string   // the E.O. line's raw declassification text
	ClassifiedBy   string   // the Classified By line
	Reason         string   // the classification reason, e.g. "1.4 (B) and (D)"
	Signer         string   // the signature at the end of the body
	Created        string   // publisher metadata "Created", ISO 8601
	Released       string   // publisher metadata "Released", ISO 8601
	Refs           []string // reference ids of the cables this one cites
	Header         string   // raw transmission header
	Body           string   // raw body text
	Paragraphs     []Paragraph
	Source         Source
}

// Tag is one TAGS entry with its kind: geo, subject, program, organization
// or person.
type Tag struct {
	Name string
	Kind string
}

// Paragraph is one paragraph of a cable body. Num is the paragraph number
// as printed (0 for unnumbered text), Marking its portion marking such as
// "U" or "SBU", Text the normalised text and Raw the text as published.
type Paragraph struct {
	Seq     int
	Num     int
	Marking string
	Text    string
	Raw     string
}

// Source records where a cable was read from.
type Source struct {
	Path   string // file path, or "-" for standard input
	Format string // html, cablescsv, text, newssite, json
	SHA256 string // hex digest of the cable's bytes in the source
	Line   int    // line of the source where the cable starts
}

// Activity is one fact extracted from the prose of a cable: a country
// took an action about an event over a period, traceable to its sentence.
type Activity struct {
	ISO2      string   // ISO 3166-1 alpha-2 code of the country
	Country   string   // the country's short name
	Action    string   // attended, trained, informed, urged, discussed, assisted, hosted
	Event     string   // canonical name of what the action is about
	EventKind string   // conference, training, plenary, regime, programme, ...
	DateFrom  string   // ISO date, or "" when the text gives none
	DateTo    string   // ISO date, or ""
	DateText  string   // the date as written
	Sentence  string   // the sentence the fact comes from
	Paragraph int      // seq of the paragraph holding the sentence
	Topics    []string // training topics, split into items
}

// Country is one entry of the gazetteer.
type Country struct {
	ISO2     string
	Name     string   // short name, e.g. "Albania"
	FIPS     string   // FIPS 10-4 code used in cable TAGS
	Aliases  []string // official and common names
	Demonyms []string // demonyms and adjectival forms
	GovAbbr  []string // government abbreviations seen in cables, e.g. GOAL
}

// Sentinel errors shared by the packages.
var (
	// ErrNotFound is returned when a cable, query or name does not exist.
	ErrNotFound = errors.New("not found")
	// ErrUnknownFormat is returned when a file's format cannot be detected.
	ErrUnknownFormat = errors.New("unknown format")
	// ErrMissingParam is returned when a saved query lacks a required parameter.
	ErrMissingParam = errors.New("missing parameter")
	// ErrUnknownParam is returned when a saved query is given a parameter it does not declare.
	ErrUnknownParam = errors.New("unknown parameter")
)

// eventKeyStop are the words an event's key leaves out.
var eventKeyStop = map[string]bool{"the": true, "of": true, "on": true, "for": true, "and": true, "in": true,
	"a": true, "an": true, "to": true, "at": true}

// EventKey returns what two spellings of one event's name share: their
// significant words in lower case, in order of the alphabet, so that
// "regional conference of anti-TIP national coalitions" and "regional
// conference of national anti-TIP Coalitions" are one event.
func EventKey(name string) string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return r == ' ' || r == '\t' || r == ',' || r == ';' || r == '"' || r == '(' || r == ')' || r == '.'
	})
	kept := words[:0]
	for _, w := range words {
		if !eventKeyStop[w] {
			kept = append(kept, w)
		}
	}
	slices.Sort(kept)
	return strings.Join(slices.Compact(kept), " ")
}
