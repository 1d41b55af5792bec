package source

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// DecodeText returns b as UTF-8 text with LF line ends. UTF-8 (with or
// without a byte-order mark) is kept; UTF-16 with a byte-order mark is
// converted; anything else is read as Windows-1252, byte for byte.
// CRLF and lone CR become LF.
func DecodeText(b []byte) string {
	var s string
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		s = toUTF8(b[3:])
	case isUTF16(b):
		s = fromUTF16(b)
	default:
		s = toUTF8(b)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// toUTF8 returns b as a string, reading it as Windows-1252 when it is not
// valid UTF-8. Windows-1252 is what "Latin-1" text saved on Windows
// really is (curly quotes at 0x91-0x94); the five bytes it leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become U+FFFD.
func toUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	// A charmap decoder maps every byte to a rune, so it cannot fail.
	s, _ := charmap.Windows1252.NewDecoder().Bytes(b)
	return string(s)
}

// newUTF16Decoder returns a decoder of UTF-16 whose byte-order mark
// (which it drops) says which end comes first; an unpaired surrogate or
// an odd last byte becomes U+FFFD.
func newUTF16Decoder() *encoding.Decoder {
	return unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
}

// fromUTF16 decodes UTF-16 text that starts with a byte-order mark.
func fromUTF16(b []byte) string {
	// Bad input becomes U+FFFD, so the decoder cannot fail.
	s, _ := newUTF16Decoder().Bytes(b)
	return string(s)
}

// isUTF16 reports whether b starts with a UTF-16 byte-order mark.
func isUTF16(b []byte) bool {
	return bytes.HasPrefix(b, []byte("\xff\xfe")) || bytes.HasPrefix(b, []byte("\xfe\xff"))
}

func digest(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// errTooLong is returned by readBounded when a line or the whole input is
// over its limit.
var errTooLong = errors.New("too long")

// tooLongError says which limit readBounded hit and where.
type tooLongError struct {
	line  int    // line where the limit was hit
	what  string // "line" or "file"
	limit int
}

func (e *tooLongError) Error() string {
	return fmt.Sprintf("%s longer than %s", e.what, byteSize(e.limit))
}

func (e *tooLongError) Unwrap() error { return errTooLong }

// readBounded reads r whole, but never holds more than maxFile bytes, and
// stops with a *tooLongError as soon as a line is longer than maxLine
// bytes (maxLine 0: no line limit). Memory stays bounded whatever the
// input: a 50 MB line costs maxLine bytes, not 50 MB.
func readBounded(r io.Reader, maxFile, maxLine int) ([]byte, error) {
	var buf []byte
	chunk := make([]byte, 64*1024)
	line, lineLen := 1, 0
	for {
		n, err := r.Read(chunk)
		if n > 0 {
			if len(buf)+n > maxFile {
				return nil, &tooLongError{line: line, what: "file", limit: maxFile}
			}
			if maxLine > 0 {
				for _, c := range chunk[:n] {
					if c == '\n' {
						line++
						lineLen = 0
						continue
					}
					lineLen++
					if lineLen > maxLine {
						return nil, &tooLongError{line: line, what: "line", limit: maxLine}
					}
				}
			}
			buf = append(buf, chunk[:n]...)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// byteSize prints a limit such as 4 MB.
func byteSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
