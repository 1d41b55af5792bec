package source

import (
	"io"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"plain\r\ntext\r", "plain\ntext\n"},
		{"\xef\xbb\xbfBOM \xe2\x80\x9cquoted\xe2\x80\x9d", "BOM \u201cquoted\u201d"},
		{"Windows-1252 \x93quoted\x94 caf\xe9 \x80", "Windows-1252 \u201cquoted\u201d caf\u00e9 \u20ac"},
		{"undefined \x81\x8d\x8f\x90\x9d bytes \xff", "undefined \ufffd\ufffd\ufffd\ufffd\ufffd bytes \u00ff"},
		{"\xff\xfeL\x00E\x00\r\x00\n\x00", "LE\n"},
		{"\xfe\xff\x00B\x00E", "BE"},
		{"\xff\xfe=\xd8\x00\xde", "\U0001f600"},    // a surrogate pair
		{"\xff\xfea\x00\x00\xd8b\x00", "a\ufffdb"}, // a lone high surrogate
		{"\xff\xfe\x00\xdca\x00", "\ufffda"},       // a lone low surrogate
		{"\xff\xfea\x00b", "a\ufffd"},              // an odd last byte
	}
	for _, tt := range tests {
		if got := DecodeText([]byte(tt.in)); got != tt.want {
			t.Errorf("decodeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestUTF16Stream checks that UTF-16 decoded as it streams, in reads
// that split code units and surrogate pairs, gives what fromUTF16 gives.
func TestUTF16Stream(t *testing.T) {
	in, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(strings.Repeat("UNCLASSIFIED \U0001f600 caf\u00e9\n", 500))
	if err != nil {
		t.Fatal(err)
	}
	r := transform.NewReader(&oneByteReader{strings.NewReader(in)}, newUTF16Decoder())
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if want := fromUTF16([]byte(in)); string(got) != want {
		t.Errorf("streamed UTF-16 = %.40q..., want %.40q...", got, want)
	}
}

// oneByteReader returns one byte per Read.
type oneByteReader struct{ r io.Reader }

func (o *oneByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}
