//! BILOU tag arithmetic: the tagger's 17 classes (O, and B/I/L/U for each of PER, LOC, ORG,
//! MISC), which transitions are legal, and decoding tags into spans.

/// Number of tagger classes: O plus B/I/L/U for PER, LOC, ORG, MISC.
pub const NC: usize = 17;
#[cfg_attr(not(feature = "training"), allow(dead_code))] // training only
/// Entity types known to the tagger, in class order.
pub const TYPES: [&str; 4] = ["PER", "LOC", "ORG", "MISC"];

#[cfg_attr(not(feature = "training"), allow(dead_code))] // training only
/// Class id of a BILOU tag: `pos` 0=B 1=I 2=L 3=U, `ty` index into [`TYPES`].
#[inline]
pub const fn tag_id(pos: u8, ty: u8) -> u8 {
    1 + ty * 4 + pos
}
/// Entity type index of a non-O class.
#[inline]
pub const fn tag_type(t: u8) -> u8 {
    (t - 1) / 4
}
/// BILOU position of a non-O class (0=B 1=I 2=L 3=U).
#[inline]
pub const fn tag_pos(t: u8) -> u8 {
    (t - 1) % 4
}
/// True when, after `prev`, a new entity may start (O, L-x, U-x or sentence start).
#[inline]
pub const fn is_outside_state(prev: u8) -> bool {
    prev == 0 || tag_pos(prev) >= 2
}
/// BILOU transition constraint used in greedy decoding.
#[inline]
pub fn allowed(prev: u8, next: u8) -> bool {
    if is_outside_state(prev) {
        next == 0 || tag_pos(next) == 0 || tag_pos(next) == 3
    } else {
        next != 0 && tag_type(next) == tag_type(prev) && (tag_pos(next) == 1 || tag_pos(next) == 2)
    }
}

#[cfg_attr(not(feature = "training"), allow(dead_code))] // training only
/// Human-readable tag name (for debugging output).
pub fn tag_name(t: u8) -> String {
    if t == 0 {
        "O".to_string()
    } else {
        format!(
            "{}-{}",
            ["B", "I", "L", "U"][tag_pos(t) as usize],
            TYPES[tag_type(t) as usize]
        )
    }
}

/// An entity span in token indices `[start, end)` with type index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Index into [`TYPES`].
    pub ty: u8,
}

/// Decode BILOU tags into spans, tolerating ill-formed sequences (a B without L is closed
/// where its run of same-type I/L ends).
pub fn tags_to_spans(tags: &[u8], out: &mut Vec<TokSpan>) {
    out.clear();
    let mut i = 0;
    while i < tags.len() {
        let t = tags[i];
        if t == 0 {
            i += 1;
            continue;
        }
        let ty = tag_type(t);
        let pos = tag_pos(t);
        if pos == 3 || pos == 2 {
            out.push(TokSpan {
                start: i,
                end: i + 1,
                ty,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tags.len()
            && tags[j] != 0
            && tag_type(tags[j]) == ty
            && (tag_pos(tags[j]) == 1 || tag_pos(tags[j]) == 2)
        {
            j += 1;
            if tag_pos(tags[j - 1]) == 2 {
                break;
            }
        }
        out.push(TokSpan {
            start: i,
            end: j,
            ty,
        });
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans() {
        let b = tag_id(0, 0);
        let l = tag_id(2, 0);
        let u = tag_id(3, 1);
        let mut out = Vec::new();
        tags_to_spans(&[0, b, l, u, 0, b], &mut out);
        assert_eq!(
            out,
            vec![
                TokSpan {
                    start: 1,
                    end: 3,
                    ty: 0
                },
                TokSpan {
                    start: 3,
                    end: 4,
                    ty: 1
                },
                TokSpan {
                    start: 5,
                    end: 6,
                    ty: 0
                }
            ]
        );
    }
}
