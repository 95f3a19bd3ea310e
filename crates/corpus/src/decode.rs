//! Bytes to text: gzip, binary sniffing and character-encoding detection.
//!
//! Archives hold files from decades of systems, so nothing is assumed: UTF-8 is taken as is,
//! UTF-16 is recognised by its byte-order mark, anything else goes through `chardetng`, which
//! falls back to Windows-1252 (a superset of Latin-1) for Western news text.

use std::io::Read;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::ReadError;

/// Decompresses a gzip stream, refusing to inflate more than `limit` bytes (a zip bomb or a
/// huge archive must not exhaust memory).
pub fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, ReadError> {
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4).min(limit as usize));
    let read = decoder
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| ReadError::Gzip(e.to_string()))?;
    if read as u64 > limit {
        return Err(ReadError::TooLarge {
            size: read as u64,
            limit,
        });
    }
    Ok(out)
}

/// True for gzip magic bytes, whatever the extension says.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

/// Names well-known binary formats, or any content with NUL bytes (text never has them,
/// except UTF-16, which is handled before this is asked).
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x7fELF", "executable"),
        (b"RIFF", "RIFF media"),
        (b"BZh", "bzip2 archive"),
        (b"\xfd7zXZ", "xz archive"),
        (b"\x28\xb5\x2f\xfd", "zstd archive"),
    ];
    for (magic, name) in MAGIC {
        if bytes.starts_with(magic) {
            return Some(name);
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return Some("binary data (NUL bytes)");
    }
    None
}

/// Decodes text of unknown encoding. Returns the text and, when it was not UTF-8, the name of
/// the encoding used (for the user's information: the file is indexed, not dropped).
pub fn decode_text(bytes: Vec<u8>) -> Result<(String, Option<&'static str>), ReadError> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        let name = (encoding != UTF_8).then(|| encoding.name());
        return Ok((text.into_owned(), name));
    }
    if let Some(encoding) = utf16_without_bom(&bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes);
        return Ok((text.into_owned(), Some(encoding.name())));
    }
    if let Some(kind) = binary_kind(&bytes) {
        return Err(ReadError::Binary(kind));
    }
    // The common case takes the buffer over without a copy.
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok((text, None)),
        Err(e) => e.into_bytes(),
    };
    let encoding = guess_legacy_encoding(&bytes);
    let (text, _) = encoding.decode_without_bom_handling(&bytes);
    Ok((text.into_owned(), Some(encoding.name())))
}

/// Decodes a web page whose encoding was declared (HTTP `charset`, `<meta charset>`). Valid
/// UTF-8 stays UTF-8 whatever the declaration says: pages often declare Latin-1 and send
/// UTF-8. An unknown or missing label falls back to [`decode_text`]'s guess.
pub fn decode_declared(
    bytes: Vec<u8>,
    label: Option<&str>,
) -> Result<(String, Option<&'static str>), ReadError> {
    let declared = label.and_then(|l| Encoding::for_label(l.trim().as_bytes()));
    match declared {
        // Declared UTF-8 with a stray bad byte: one replacement character, as a browser
        // shows, rather than a guessed legacy encoding garbling every curly quote.
        Some(encoding) if encoding == UTF_8 && Encoding::for_bom(&bytes).is_none() => {
            Ok((String::from_utf8_lossy(&bytes).into_owned(), None))
        }
        Some(encoding)
            if encoding != UTF_8
                && Encoding::for_bom(&bytes).is_none()
                && std::str::from_utf8(&bytes).is_err() =>
        {
            let (text, _) = encoding.decode_without_bom_handling(&bytes);
            Ok((text.into_owned(), Some(encoding.name())))
        }
        _ => decode_text(bytes),
    }
}

/// The `charset` a page declares in its first 2 KB (`<meta charset="...">` or the
/// `http-equiv` Content-Type).
pub fn meta_charset(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(2048)];
    let at = head
        .windows(8)
        .position(|w| w.eq_ignore_ascii_case(b"charset="))?
        + 8;
    let rest = &head[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    std::str::from_utf8(&rest[..len])
        .ok()
        .filter(|l| !l.is_empty())
}

/// Guesses a legacy encoding. A few stray high bytes in English text (a £ sign, a curly
/// quote) are far likelier Windows-1252 than the Central European code page a statistical
/// detector may pick on so little evidence, so sparse non-ASCII text goes to Windows-1252.
fn guess_legacy_encoding(bytes: &[u8]) -> &'static Encoding {
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    if high <= 8 || high * 100 < bytes.len() {
        return encoding_rs::WINDOWS_1252;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, true)
}

/// UTF-16 text without a BOM shows NUL in every other byte of its ASCII characters.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 16 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_nuls = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nuls * 10 > pairs * 7 && even_nuls * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nuls * 10 > pairs * 7 && odd_nuls * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// `input`, inflated when it is gzip (several gzip members too, as web archives write one
/// per record): what streamed files are read through.
pub fn inflated<'a>(
    mut input: impl std::io::BufRead + Send + 'a,
) -> std::io::Result<Box<dyn std::io::BufRead + Send + 'a>> {
    if is_gzip(input.fill_buf()?) {
        let inflate = flate2::bufread::MultiGzDecoder::new(input);
        Ok(Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            inflate,
        )))
    } else {
        Ok(Box::new(input))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_pound_sign_decodes() {
        let (text, enc) = decode_text(b"cost \xa31m".to_vec()).unwrap();
        assert_eq!(text, "cost \u{a3}1m");
        assert_eq!(enc, Some("windows-1252"));
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let mut bytes = vec![0xff, 0xfe];
        for unit in "Gaza talks".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let (text, enc) = decode_text(bytes).unwrap();
        assert_eq!(text, "Gaza talks");
        assert_eq!(enc, Some("UTF-16LE"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(
            decode_text(b"abc\0\0\x01\x02\xff\xfe\xfd".to_vec()),
            Err(ReadError::Binary(_))
        ));
    }
}
