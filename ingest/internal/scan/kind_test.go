package scan

import "fmt"

// The names of the kinds, for the tests' messages: only tests print a
// Kind.

var kindNames = [...]string{Other: "Other", Caveat: "Caveat", EO: "EO", Tags: "Tags", Subject: "Subject",
	Ref: "Ref", ClassifiedBy: "ClassifiedBy"}

// String returns the constant's name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}
