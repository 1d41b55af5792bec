package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// cp1252 maps the bytes 0x80-0x9F of Windows-1252 to runes; the other
// bytes of a non-UTF-8 file are read as Latin-1. Windows-1252 is what
// "Latin-1" text saved on Windows really is (curly quotes at 0x91-0x94).
var cp1252 = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8D, 'Ž', 0x8F,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9D, 'ž', 'Ÿ',
}

// decodeText returns b as UTF-8 text with LF line ends. UTF-8 (with or
// without a byte-order mark) is kept; UTF-16 with a byte-order mark is
// converted; anything else is read as Windows-1252/Latin-1, byte for byte.
// CRLF and lone CR become LF.
func decodeText(b []byte) string {
	var s string
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		s = toUTF8(b[3:])
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
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
// valid UTF-8.
func toUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// fromUTF16 decodes UTF-16 text that starts with a byte-order mark.
func fromUTF16(b []byte) string {
	big := b[0] == 0xfe
	b = b[2:]
	u := make([]uint16, len(b)/2)
	for i := range u {
		if big {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
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

// utf16Reader turns a UTF-16 stream (after its byte-order mark) into
// UTF-8.
type utf16Reader struct {
	r       io.Reader
	big     bool
	started bool // the byte-order mark was skipped
	in      [4096]byte
	odd     []byte // a byte left over from the last read
	high    uint16 // a high surrogate waiting for its pair
	out     []byte // UTF-8 not yet returned
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	for len(u.out) == 0 {
		n, err := u.r.Read(u.in[:])
		b := append(u.odd, u.in[:n]...)
		u.odd = nil
		if !u.started && len(b) >= 2 {
			b = b[2:]
			u.started = true
		}
		for len(b) >= 2 {
			var c uint16
			if u.big {
				c = uint16(b[0])<<8 | uint16(b[1])
			} else {
				c = uint16(b[1])<<8 | uint16(b[0])
			}
			b = b[2:]
			switch {
			case u.high != 0 && c >= 0xDC00 && c < 0xE000:
				u.out = utf8.AppendRune(u.out, utf16.DecodeRune(rune(u.high), rune(c)))
				u.high = 0
			case c >= 0xD800 && c < 0xDC00:
				u.high = c
			default:
				u.high = 0
				u.out = utf8.AppendRune(u.out, rune(c))
			}
		}
		if len(b) > 0 {
			u.odd = append([]byte(nil), b...)
		}
		if err != nil {
			if len(u.out) == 0 {
				return 0, err
			}
			break
		}
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	return n, nil
}
