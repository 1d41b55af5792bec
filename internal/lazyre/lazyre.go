// Package lazyre holds regular expressions that are compiled when first
// used rather than when their package is initialised, so that a process
// that never uses them (cablesql query, cablesql --help) does not pay
// for compiling them at start-up.
package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regexp.Regexp compiled on first use. Its methods are those
// of regexp.Regexp. A bad expression panics at first use, as
// regexp.MustCompile would have at start-up; the tests that use each
// expression find it.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// New returns expr, to be compiled when first used.
func New(expr string) *Regexp { return &Regexp{expr: expr} }

// Compiled returns the compiled expression, compiling it once.
func (l *Regexp) Compiled() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// MatchString is regexp.Regexp.MatchString.
func (l *Regexp) MatchString(s string) bool { return l.Compiled().MatchString(s) }

// FindString is regexp.Regexp.FindString.
func (l *Regexp) FindString(s string) string { return l.Compiled().FindString(s) }

// FindStringIndex is regexp.Regexp.FindStringIndex.
func (l *Regexp) FindStringIndex(s string) []int { return l.Compiled().FindStringIndex(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (l *Regexp) FindStringSubmatch(s string) []string { return l.Compiled().FindStringSubmatch(s) }

// FindStringSubmatchIndex is regexp.Regexp.FindStringSubmatchIndex.
func (l *Regexp) FindStringSubmatchIndex(s string) []int {
	return l.Compiled().FindStringSubmatchIndex(s)
}

// FindAllString is regexp.Regexp.FindAllString.
func (l *Regexp) FindAllString(s string, n int) []string { return l.Compiled().FindAllString(s, n) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (l *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return l.Compiled().FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (l *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.Compiled().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.Regexp.FindAllStringSubmatchIndex.
func (l *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.Compiled().FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.Regexp.ReplaceAllString.
func (l *Regexp) ReplaceAllString(src, repl string) string {
	return l.Compiled().ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.Regexp.ReplaceAllStringFunc.
func (l *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.Compiled().ReplaceAllStringFunc(src, repl)
}

// Split is regexp.Regexp.Split.
func (l *Regexp) Split(s string, n int) []string { return l.Compiled().Split(s, n) }

// Match is regexp.Regexp.Match.
func (l *Regexp) Match(b []byte) bool { return l.Compiled().Match(b) }

// FindIndex is regexp.Regexp.FindIndex.
func (l *Regexp) FindIndex(b []byte) []int { return l.Compiled().FindIndex(b) }
