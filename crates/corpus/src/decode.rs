//! Bytes to text: decompression (gzip, zstd, bzip2, xz), binary sniffing and
//! character-encoding detection.
//!
//! Archives hold files from decades of systems, so nothing is assumed: UTF-8 is taken as is,
//! UTF-16 is recognised by its byte-order mark, anything else goes through `chardetng`, which
//! falls back to Windows-1252 (a superset of Latin-1) for Western news text.

use std::io::Read;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::ReadError;

/// The compressed formats newsdex reads, told by their magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// gzip (`.gz`), several members too.
    Gzip,
    /// Zstandard (`.zst`), several frames too.
    Zstd,
    /// bzip2 (`.bz2`), several streams too.
    Bzip2,
    /// xz (`.xz`), several streams too.
    Xz,
}

impl Compression {
    /// The compression `bytes` start with, whatever the extension says.
    pub fn of(bytes: &[u8]) -> Option<Compression> {
        if bytes.starts_with(&[0x1f, 0x8b]) {
            Some(Compression::Gzip)
        } else if bytes.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Some(Compression::Zstd)
        } else if bytes.starts_with(b"BZh")
            && bytes.get(3).is_some_and(|b| (b'1'..=b'9').contains(b))
        {
            Some(Compression::Bzip2)
        } else if bytes.starts_with(b"\xfd7zXZ\0") {
            Some(Compression::Xz)
        } else {
            None
        }
    }

    /// Its name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
            Compression::Bzip2 => "bzip2",
            Compression::Xz => "xz",
        }
    }

    /// A reader of `input` decompressed.
    fn decoder<'a>(
        self,
        input: impl std::io::BufRead + Send + 'a,
    ) -> std::io::Result<Box<dyn Read + Send + 'a>> {
        Ok(match self {
            Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(input)),
            Compression::Zstd => Box::new(zstd::stream::read::Decoder::with_buffer(input)?),
            Compression::Bzip2 => Box::new(bzip2::bufread::MultiBzDecoder::new(input)),
            Compression::Xz => Box::new(liblzma::bufread::XzDecoder::new_multi_decoder(input)),
        })
    }
}

/// File name endings of compressed files; the name without one names the format.
pub const COMPRESSED_SUFFIXES: &[&str] = &[".gz", ".zst", ".bz2", ".xz"];

/// Decompresses a gzip stream, refusing to inflate more than `limit` bytes (a zip bomb or a
/// huge archive must not exhaust memory).
pub fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, ReadError> {
    decompress(Compression::Gzip, bytes, limit)
}

/// Decompresses `bytes`, refusing to inflate more than `limit` bytes.
pub fn decompress(kind: Compression, bytes: &[u8], limit: u64) -> Result<Vec<u8>, ReadError> {
    let corrupt = |e: std::io::Error| match kind {
        Compression::Gzip => ReadError::Gzip(e.to_string()),
        other => ReadError::Decompress(other.name(), e.to_string()),
    };
    let decoder = kind.decoder(bytes).map_err(corrupt)?;
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4).min(limit as usize));
    let read = decoder
        .take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(corrupt)?;
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
    Compression::of(bytes) == Some(Compression::Gzip)
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
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
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

/// `input`, decompressed when it is gzip, zstd, bzip2 or xz (several members or frames
/// too, as web archives write one per record): what streamed files are read through.
pub fn inflated<'a>(
    mut input: impl std::io::BufRead + Send + 'a,
) -> std::io::Result<Box<dyn std::io::BufRead + Send + 'a>> {
    match Compression::of(input.fill_buf()?) {
        Some(kind) => Ok(Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            kind.decoder(input)?,
        ))),
        None => Ok(Box::new(input)),
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

    /// Each compression newsdex reads, made by its own encoder, decompresses to the text.
    #[test]
    fn every_compression_decompresses() {
        use std::io::Write;
        let text = b"Gaza aid talks\n\nEgypt hosted talks on aid to Gaza.\n".repeat(50);
        let gz = {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(&text).unwrap();
            e.finish().unwrap()
        };
        let zst = zstd::stream::encode_all(&text[..], 1).unwrap();
        let bz2 = {
            let mut e = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
            e.write_all(&text).unwrap();
            e.finish().unwrap()
        };
        let xz = {
            let mut e = liblzma::write::XzEncoder::new(Vec::new(), 1);
            e.write_all(&text).unwrap();
            e.finish().unwrap()
        };
        for (bytes, kind) in [
            (gz, Compression::Gzip),
            (zst, Compression::Zstd),
            (bz2, Compression::Bzip2),
            (xz, Compression::Xz),
        ] {
            assert_eq!(Compression::of(&bytes), Some(kind));
            assert_eq!(decompress(kind, &bytes, 1 << 20).unwrap(), text);
            // A bomb is stopped at the limit, and a cut stream is an error.
            assert!(matches!(
                decompress(kind, &bytes, 100),
                Err(ReadError::TooLarge { .. })
            ));
            assert!(decompress(kind, &bytes[..bytes.len() / 2], 1 << 20).is_err());
            let mut streamed = Vec::new();
            inflated(&bytes[..])
                .unwrap()
                .read_to_end(&mut streamed)
                .unwrap();
            assert_eq!(streamed, text, "{kind:?}");
        }
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(matches!(
            decode_text(b"abc\0\0\x01\x02\xff\xfe\xfd".to_vec()),
            Err(ReadError::Binary(_))
        ));
    }
}
