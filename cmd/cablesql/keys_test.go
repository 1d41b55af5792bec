package main

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// A Home or End sequence becomes Ctrl-A or Ctrl-E even when the reads
// cut it; other escapes (arrows, a lone ESC) pass as they are.
func TestKeyReaderTranslatesAcrossReads(t *testing.T) {
	in := "ab\x1b[1~c\x1b[4~\x1b[A\x1bOH\x1bOF\x1b[7~\x1b[8~\x1bx"
	want := "ab\x01c\x05\x1b[A\x01\x05\x01\x05\x1bx"
	for _, name := range []string{"whole", "byte by byte"} {
		var r io.Reader = strings.NewReader(in)
		if name != "whole" {
			r = iotest.OneByteReader(r)
		}
		got, err := io.ReadAll(&keyReader{r: io.NopCloser(r)})
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v; want %q", name, got, err, want)
		}
	}
}
