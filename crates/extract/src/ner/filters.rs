//! Which tagged names to keep and as what: the filters that drop impossible people (pronouns,
//! holidays, credit lines, common words opening a sentence) and retype known organisations
//! and places, one mention at a time before the article's names are grouped.

use super::canonical::{
    in_credit, is_all_caps, is_credit_line, is_page_furniture, DocText, MONTH_ABBREVIATIONS,
};
use super::gazetteer::{
    G_COMMON, G_COUNTRY, G_FIRST, G_FIRST_F, G_FIRST_M, G_ORG, G_ORGSUFFIX, G_PLACE, G_PRONOUN,
    G_SURNAME, G_TITLE,
};
use super::groups::Mention;
use super::EntityExtractor;
use crate::fold::{fold_string, folded_hash};
use crate::lexicon::{
    is_award, is_generational, is_holiday, is_party_tag, is_quote_title, ACTING_VERBS,
    COMPOUND_RANKS, CUE_VERBS, CURRENCY_CODES, FIRM_NOUNS, FIRM_POSSESSIONS, INDICATOR_ACRONYMS,
    LEGAL_FORMS, MORE_LEGAL_FORMS, NAME_SUFFIXES, ORG_LAST_WORDS, PARTY_MEMBERS, PLACE_LAST_WORDS,
    ROYAL_TITLES, STAFF_NOUNS, TITLE_ABBREVIATIONS,
};
use rustc_hash::{FxHashMap, FxHashSet};

impl EntityExtractor {
    /// `Liberal Democrat David Laws`, tagged as one organisation: where a person's first
    /// name starts inside an organisation span `words` that opens with a party or body the
    /// gazetteer knows (`Liberal Democrat` as `Liberal Democrats`), the index of that first
    /// name; the span from there on is the person. A whole name the gazetteer knows as an
    /// organisation is left alone.
    pub(super) fn person_after_affiliation(&self, words: &[&str]) -> Option<usize> {
        if words.len() < 3 || self.gaz.orgs.contains_key(&fold_string(&words.join(" "))) {
            return None;
        }
        (1..words.len() - 1).find(|&k| {
            let fl = self.gaz.token_flags(folded_hash(words[k]));
            let head = fold_string(&words[..k].join(" "));
            fl & (G_FIRST_M | G_FIRST_F) != 0
                && fl & G_COMMON == 0
                && words[k..].iter().all(|w| {
                    // `JP Morgan Chase Bank` ends as a firm's name
                    w.starts_with(char::is_uppercase)
                        && self.gaz.token_flags(folded_hash(w)) & (G_ORG | G_ORGSUFFIX) == 0
                })
                && (self.gaz.orgs.contains_key(&head)
                    || self.gaz.orgs.contains_key(&format!("{head}s"))
                    || PARTY_MEMBERS.contains(&head.as_str()))
        })
    }

    /// `Cardinal Cormac Murphy-O'Connor`: a title that goes before names, then two or more
    /// capitalised words that no organisation or place name or common word uses, opening
    /// with a first name or ending with a surname; and no known organisation as a whole
    /// (`General Motors Europe`, `General Motors Corp` stay firms).
    pub(super) fn titled_name(&self, words: &[&str]) -> bool {
        let Some((first, rest)) = words.split_first() else {
            return false;
        };
        let flags = |w: &str| self.gaz.token_flags(folded_hash(w));
        let named = rest.first().is_some_and(|w| flags(w) & G_FIRST != 0)
            || rest
                .last()
                .is_some_and(|w| w.split('-').any(|p| flags(p) & G_SURNAME != 0));
        rest.len() >= 2
            && named
            && (self.gaz.titles.contains_key(&fold_string(first))
                || COMPOUND_RANKS.contains(&fold_string(first).as_str())
                // (or a title only speakers' names drop: `Taoiseach Declan Moran`; not a
                // place's, `U.S. Wheat Stocks`)
                || is_quote_title(&fold_string(first))
                    && flags(first) & (G_PLACE | G_COUNTRY) == 0
                    && !self.gaz.has_place(&fold_string(first.trim_end_matches('.'))))
            && !self.gaz.orgs.contains_key(&fold_string(&words.join(" ")))
            && rest.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    && flags(w) & (G_ORG | G_ORGSUFFIX | G_COMMON | G_PLACE | G_COUNTRY) == 0
            })
    }

    /// `Declan Rice`, `Palaniappan Chidambaram`: a span of two or three capitalised words
    /// the tagger made a place or organisation, opened by a first name or closed by a
    /// surname that only the world lists know, is a person. The tagger never saw those
    /// names as names, so its type for them is a guess from shape ("Declan Kidney" a
    /// place, BBC sport/364). Anything a list knows as a body, place, title or common word
    /// (`Aditya Birla Group`) keeps the tagger's type.
    pub(super) fn named_by_world_lists(&self, words: &[&str]) -> bool {
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        if !(2..=3).contains(&words.len())
            || !words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !is_all_caps(w)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            })
        {
            return false;
        }
        let tagger = |w: &str| self.gaz.tagger_flags(folded_hash(w));
        let rule = |w: &str| self.gaz.rule_only_flags(folded_hash(w));
        let body = G_ORG | G_ORGSUFFIX | G_COUNTRY | G_TITLE | G_PLACE;
        let opens = rule(first) & G_FIRST != 0 && tagger(first) & (body | G_COMMON) == 0;
        let closes = rule(last) & G_SURNAME != 0
            && tagger(first) & !(G_FIRST | G_FIRST_M | G_FIRST_F | G_SURNAME) == 0;
        let folded = fold_string(&words.join(" "));
        // a surname the list holds may be a town's name too (`Chidambaram`)
        let last_body = if closes { body & !G_PLACE } else { body };
        (opens || closes)
            && words[1..words.len() - 1]
                .iter()
                .all(|w| tagger(w) & body == 0)
            && tagger(last) & last_body == 0
            && !self.gaz.orgs.contains_key(&folded)
            && !self.gaz.has_place(&folded)
    }

    /// Whether any of `words` is a gendered first name: the cheap test before
    /// [`Self::person_after_affiliation`], which few organisation spans pass.
    pub(super) fn has_first_name_inside<'w>(
        &self,
        words: impl IntoIterator<Item = &'w str>,
    ) -> bool {
        words
            .into_iter()
            .any(|w| self.gaz.token_flags(folded_hash(w)) & (G_FIRST_M | G_FIRST_F) != 0)
    }

    /// A word that is a surname but no first name, tagged a person only where it opens a
    /// sentence or follows a heading's colon, and written in lower case elsewhere in the
    /// article, is that word ("Nvidia's new vertical: Nation building" made "Nation" the
    /// antecedent of every later "he" in a Globe and Mail story). It stays a person when the
    /// article names someone in full with it ("Gordon Brown" … "Brown said").
    pub(super) fn drop_initial_common_surnames(&self, doc: &DocText, ms: &mut Vec<Mention>) {
        let mut lone: FxHashMap<&str, bool> = FxHashMap::default();
        let mut full_surnames: FxHashSet<&str> = FxHashSet::default();
        for m in ms.iter().filter(|m| m.ty == 0) {
            if m.tok_end - m.tok_start > 1 {
                full_surnames.insert(super::groups::surname_word(&m.key));
            } else {
                *lone.entry(m.key.as_str()).or_insert(true) &= opens_sentence(doc, m.span.start);
            }
        }
        let drop: FxHashSet<String> = lone
            .into_iter()
            .filter(|&(key, all_initial)| {
                let fl = self.gaz.token_flags(folded_hash(key));
                all_initial
                    && fl & G_SURNAME != 0
                    && fl & G_FIRST == 0
                    && !full_surnames.contains(key)
                    && doc.spaced.contains(key)
            })
            .map(|(key, _)| key.to_string())
            .collect();
        if !drop.is_empty() {
            ms.retain(|m| {
                m.ty != 0
                    || m.tok_end - m.tok_start > 1
                    || !drop.contains(&m.key)
                    || is_all_caps(&doc.text[m.span.start..m.span.end])
            });
        }
    }

    /// A person's name ending in `Jr.` or `Sr.`: every word before it capitalised, the
    /// first a known first name or the last a known surname (`Trump Jr.`). Not a Roman
    /// numeral: `Mark IV`, `Hartz IV`, `Macintosh II` are a firm, a law and a computer.
    fn suffixed_name(&self, span: &str) -> bool {
        let words: Vec<&str> = span.split_whitespace().collect();
        let Some((&last, name)) = words.split_last() else {
            return false;
        };
        let flags = |w: &str| self.gaz.token_flags(folded_hash(w));
        !name.is_empty()
            && NAME_SUFFIXES.iter().any(|s| s.eq_ignore_ascii_case(last))
            && name.iter().all(|w| w.starts_with(char::is_uppercase))
            && (flags(name[0]) & G_FIRST != 0
                || name.last().is_some_and(|w| flags(w) & G_SURNAME != 0))
    }

    /// `President Obama said` ⏎ `the Obama administration`, `Obama has also approved`: a
    /// one-word name that a title before it (or, for a known surname, a reporting verb after
    /// it) makes a person once in the article is one wherever the tagger took it for a
    /// place, unless a place of that name is known (PolNeAR: Obama was a place eight times in
    /// one Washington Post story).
    pub(super) fn people_once_people_throughout(&self, doc: &DocText, ms: &mut [Mention]) {
        let one_word = |m: &Mention| m.tok_end - m.tok_start == 1;
        let marked: FxHashSet<String> = ms
            .iter()
            .filter(|m| m.ty == 0 && one_word(m))
            .filter(|m| {
                let before = doc.text[..m.span.start].split_whitespace().next_back();
                let titled = before.is_some_and(|w| {
                    w.starts_with(char::is_uppercase)
                        && self.gaz.token_flags(folded_hash(w)) & G_TITLE != 0
                });
                let next = word_after(doc.text, m.span.end);
                // a reporting verb alone only after a known surname (`Korea said` is Seoul)
                let surname = self.gaz.token_flags(folded_hash(&m.key)) & G_SURNAME != 0;
                titled || (surname && CUE_VERBS.contains(&next))
            })
            .map(|m| m.key.clone())
            .collect();
        if marked.is_empty() {
            return;
        }
        for m in ms.iter_mut() {
            if m.ty == 1 && one_word(m) && marked.contains(&m.key) && !self.gaz.has_place(&m.key) {
                m.ty = 0;
            }
        }
    }

    /// A one-word name no list knows, tagged a person, that says `it` of itself once
    /// (`Ryanair, one of Boeing's biggest customers, said it was disappointed`), is called a
    /// business once ([`described_as_firm`]), employs
    /// analysts (`analysts at Jefferies`) or opens a longer organisation name the article
    /// gives (`Hanbit Electronics`) is a business wherever the article names it (one
    /// entity, not a person and a firm of one name).
    pub(super) fn firms_once_firms_throughout(&self, doc: &DocText, ms: &mut [Mention]) {
        let one_word = |m: &Mention| m.tok_end - m.tok_start == 1;
        // (not a surname of a full name the article gives, nor one written after a title:
        // `President Kumaratunga said it was now important …`, BBC business/471)
        let people: FxHashSet<&str> = ms
            .iter()
            .filter(|m| m.ty == 0)
            .filter_map(|m| {
                let titled = doc.text[..m.span.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| self.gaz.token_flags(folded_hash(w)) & G_TITLE != 0);
                if one_word(m) {
                    titled.then_some(m.key.as_str())
                } else {
                    m.key.rsplit(' ').next()
                }
            })
            .collect();
        // the first words of the article's longer organisation names: `Hanbit` of `Hanbit
        // Electronics` is the firm's short name, though the tagger made it a person
        let firm_heads: FxHashSet<&str> = ms
            .iter()
            .filter(|m| m.ty == 2 && !one_word(m))
            .filter_map(|m| m.key.split(' ').next())
            .collect();
        // (called a business outright: no `she` after a mention, which is often the chief
        // executive's, makes it a person)
        let described: FxHashSet<&str> = ms
            .iter()
            .filter(|m| m.ty == 0 && one_word(m) && described_as_firm(doc.text, m.span.end))
            .map(|m| m.key.as_str())
            .collect();
        let marked: FxHashSet<String> = ms
            .iter()
            .filter(|m| m.ty == 0 && one_word(m) && !people.contains(m.key.as_str()))
            .filter(|m| {
                let fl = self.gaz.token_flags(folded_hash(&m.key));
                fl & (G_FIRST | G_SURNAME | G_PLACE | G_COUNTRY) == 0
                    && !self.gaz.has_place(&m.key)
                    && (speaks_as_it(doc.text, m.span.end)
                        || described.contains(m.key.as_str())
                        || staff_at(doc.text, m.span.start)
                        || firm_heads.contains(m.key.as_str()))
            })
            .map(|m| m.key.clone())
            .collect();
        if marked.is_empty() {
            return;
        }
        // a `he` or `she` right after any of its mentions is a person's (`… ,” Liedtke said.
        // “I assure you …” ⏎ He said that Pennzoil …`, Reuters: `Liedtke said it has
        // become more difficult` spoke of the case)
        let personal: FxHashSet<&str> = ms
            .iter()
            .filter(|m| marked.contains(&m.key))
            .filter(|m| {
                let end = doc.text.floor_char_boundary(m.span.end + PRONOUN_WINDOW);
                doc.text[m.span.end..end]
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| ["he", "He", "she", "She", "his", "His"].contains(&w))
            })
            .map(|m| m.key.as_str())
            .collect();
        let marked: FxHashSet<String> = marked
            .iter()
            .filter(|k| !personal.contains(k.as_str()) || described.contains(k.as_str()))
            .cloned()
            .collect();
        for m in ms.iter_mut() {
            if m.ty == 0 && one_word(m) && marked.contains(&m.key) {
                m.ty = 2;
            }
        }
    }

    /// A `person` the article speaks of in the plural is a band or a team: `Franz Ferdinand
    /// were the only UK band to win` (BBC: the band topped the people facet as a man), said
    /// of the name that opens its sentence (not `lyricist Charles Hart were nominated`, the
    /// end of a list, nor `If the teenage Michael Howard were applying`), or named after a
    /// band's noun (`Glasgow group Franz Ferdinand`).
    pub(super) fn bands_once_bands_throughout(&self, doc: &DocText, ms: &mut [Mention]) {
        let text = doc.text;
        let plural: FxHashSet<String> = ms
            .iter()
            .filter(|m| m.ty == 0 && m.tok_end - m.tok_start >= 2)
            .filter(|m| {
                let verb = text[m.span.end..]
                    .strip_prefix(' ')
                    .and_then(|r| r.split_once(|c: char| !c.is_alphabetic()).map(|(w, _)| w));
                // the sentence's subject: nothing before it in its sentence but an adverb
                // (`the cuts proposed by Oliver Letwin were`, `lyricist Charles Hart were`)
                let before = text[..m.span.start].trim_end();
                let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
                let opens = before.is_empty()
                    || before.ends_with(['.', '!', '?', '"', '”', '\n'])
                    || SENTENCE_ADVERBS.contains(&last.trim_end_matches(','))
                        && before[..before.len() - last.len()]
                            .trim_end()
                            .ends_with(['.', '!', '?', '"', '”', '\n']);
                // (`Glasgow group Franz Ferdinand`, `rock band Keane`)
                // (not `Ice skating duo Jayne Torvill and Christopher Dean`: two people)
                // (nor a headline's last word: `Finnan says Irish can win group` ⏎ `Steve
                // Finnan believes`)
                let named_band = BAND_NOUNS.contains(&last)
                    && !text[before.len()..m.span.start].contains('\n')
                    && !text[m.span.end..].starts_with(" and ");
                verb.is_some_and(|v| v == "were") && opens || named_band
            })
            .map(|m| m.key.clone())
            .collect();
        if plural.is_empty() {
            return;
        }
        for m in ms.iter_mut() {
            if m.ty == 0 && plural.contains(&m.key) {
                m.ty = 2;
            }
        }
    }

    /// A one-word mention that is a known surname (and no known place or organisation)
    /// followed by a reporting verb or a verb of meeting (`Trump said`, `Modi met`).
    fn surname_acting(&self, doc: &DocText, m: &Mention) -> bool {
        let s = &doc.text[m.span.start..m.span.end];
        let fl = self.gaz.token_flags(folded_hash(s));
        let next = word_after(doc.text, m.span.end);
        fl & G_SURNAME != 0
            && fl & (G_ORG | G_PLACE | G_COUNTRY) == 0
            && !self.gaz.has_place(&m.key)
            && !self.gaz.orgs.contains_key(&m.key)
            && !LEGAL_FORMS.contains(&m.key.as_str())
            && !is_all_caps(s)
            && (CUE_VERBS.contains(&next) || ACTING_VERBS.contains(&next))
    }

    /// Whether the folded span `key` is a royal title and a name: `prince abdulaziz bin
    /// salman`, `sheikh mohammed`; not a body named after one (`king's college`, `queen
    /// elizabeth hospital`), whose last word is a body's or a place's.
    fn royal_name(&self, key: &str) -> bool {
        let mut words = key.split(' ');
        let (Some(title), Some(last)) = (words.next(), key.rsplit(' ').next()) else {
            return false;
        };
        let lf = self.gaz.token_flags(folded_hash(last));
        let particle = key
            .split(' ')
            .any(|w| ["bin", "bint", "ibn", "al"].contains(&w));
        ROYAL_TITLES.contains(&title)
            && !key.contains('\'')
            && (particle || lf & (G_FIRST | G_SURNAME) != 0)
            && lf & G_ORGSUFFIX == 0
            && !ORG_LAST_WORDS.contains(&last)
            && !PLACE_LAST_WORDS.contains(&last)
            && !self.gaz.orgs.contains_key(key)
    }

    /// Corrected type of a mention, or None to drop it.
    pub(super) fn person_filter(&self, doc: &DocText, m: &Mention) -> Option<u8> {
        let text = doc.text;
        // `Donald Trump Jr.`, `Robert F. Kennedy Jr.`: a name with a generational suffix is
        // a person (the dot had made the tagger take both for companies, like `Co.`)
        if m.ty == 2
            && m.tok_end - m.tok_start >= 2
            && self.suffixed_name(&text[m.span.start..m.span.end])
        {
            return Some(0);
        }
        // `Linda, 45, said`: a first name or surname with an age between commas after it,
        // then the sentence going on, is a person (the tagger took a first name that is also
        // a town for a body). Not a country of a table (`China, 12, Soviet Union, 8`).
        if m.ty != 0 && m.tok_end - m.tok_start <= 3 && aged(&text[m.span.end..]) {
            let first = m.key.split(' ').next().unwrap_or("");
            let fl = self.gaz.token_flags(folded_hash(first));
            if fl & (G_FIRST | G_SURNAME) != 0 && fl & G_COUNTRY == 0 {
                return Some(0);
            }
        }
        // `Trump said`, `Trump met`: a known surname the gazetteer has as no place, speaking
        // or acting, is a person (a model trained on 1996 news took `Trump` for a place). Not
        // an organisation's word: `Salomon said`, `Sears said` are the firms.
        if m.ty == 1 && m.tok_end - m.tok_start == 1 && self.surname_acting(doc, m) {
            return Some(0);
        }
        // `Saudi Arabia's energy minister, Prince Abdulaziz bin Salman,`: a royal title
        // before a name is a person, though the tagger took the span for a body
        if m.ty == 2 && m.tok_end - m.tok_start >= 2 && self.royal_name(&m.key) {
            return Some(0);
        }
        // `Sen. Maria Lopez, D-Calif., said`: a party-and-state tag (US wire style) names
        // no one, though the tagger took it for a person
        if is_party_tag(&text[m.span.start..m.span.end]) {
            return None;
        }
        // `in Ballycotton, Co Cork,`: Irish copy's county after a town is a place (the
        // tagger took `Co Cork` for a person and `she` then went to it)
        if m.ty != 1 && m.tok_end - m.tok_start >= 2 {
            let span = &text[m.span.start..m.span.end];
            let county = span
                .strip_prefix("Co ")
                .or_else(|| span.strip_prefix("Co. "));
            if county.is_some_and(|c| c.starts_with(char::is_uppercase))
                && text[..m.span.start].trim_end().ends_with(',')
            {
                return Some(1);
            }
        }
        // ... and a suffix alone names no one
        if m.tok_end - m.tok_start == 1 && is_generational(&text[m.span.start..m.span.end]) {
            return None;
        }
        // a holiday ("over Easter", "Christmas sales") or a lone letter ("S and P") names no
        // one
        if m.tok_end - m.tok_start == 1 {
            let s = &text[m.span.start..m.span.end];
            if is_holiday(s) || s.len() == 1 || (m.ty == 0 && is_award(s)) {
                return None;
            }
            // a pronoun opening a sentence ("Us magazine was unrepentant", BBC
            // entertainment/345) is no country: only "US" in capitals is
            if !is_all_caps(s) && self.gaz.token_flags(folded_hash(s)) & G_PRONOUN != 0 {
                return None;
            }
            // a currency code of a rate table (`DMK 1.8270/80`)
            if is_all_caps(s) && CURRENCY_CODES.contains(&m.key.as_str()) {
                return None;
            }
            // a futures contract month in a price table ("MAR8", "JUN7"): 52 Reuters
            // tables made "MAR8" an organisation
            let (letters, digits) = match (m.key.get(..3), m.key.get(3..)) {
                (Some(l), Some(d)) => (l, d),
                _ => ("", ""),
            };
            if !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && MONTH_ABBREVIATIONS.contains(&letters)
            {
                return None;
            }
        }
        // "White House", "Hamas", "Senate": known organisation names that are not places
        if m.ty == 1 && self.gaz.org_over_place.contains(&m.key) && !self.gaz.has_place(&m.key) {
            return Some(2);
        }
        if m.ty == 2 && m.tok_end - m.tok_start == 1 && INDICATOR_ACRONYMS.contains(&m.key.as_str())
        {
            return None;
        }
        if m.ty >= 1
            && m.tok_end - m.tok_start == 1
            && !self.gaz.orgs.contains_key(&m.key)
            && !self.gaz.has_place(&m.key)
        {
            // a lone generic institution word ("Office", "Union") is not a name
            let s = &text[m.span.start..m.span.end];
            if self.gaz.token_flags(folded_hash(s)) & G_ORGSUFFIX != 0 && !is_all_caps(s) {
                return None;
            }
        }
        if m.ty == 0 && (is_credit_line(doc.line_of(m.span)) || in_credit(doc, m.span)) {
            return None;
        }
        if is_page_furniture(doc.line_of(m.span)) {
            return None;
        }
        // No one's name is written `PDAs` or `OptInRealBig` (BBC + Reuters had 14 plural
        // acronyms and 20 brands so among their people): a plural acronym is nobody, a word
        // of three capitals and small letters is a firm's or product's (`GlaxoSmithKline`,
        // `BSkyB`, `WebSideStory`). A name's parts have two at most (`McEwen-King`, `DiMaggio`).
        if m.ty == 0 {
            let span = &text[m.span.start..m.span.end];
            let parts = || span.split([' ', '-']).filter(|p| !p.is_empty());
            if parts().any(plural_acronym) {
                return None;
            }
            if parts().any(|p| {
                p.chars().filter(|c| c.is_uppercase()).count() >= 3
                    && p.chars().any(char::is_lowercase)
            }) {
                return Some(2);
            }
        }
        // a known organisation tagged as a person ("Al Jazeera", "Getty Images"), unless it
        // starts with a first name (a company named after its founder is the founder too)
        if m.ty == 0 && m.tok_end - m.tok_start > 1 && self.gaz.orgs.contains_key(&m.key) {
            let first = m.key.split(' ').next().unwrap_or("");
            if self.gaz.token_flags(folded_hash(first)) & G_FIRST == 0 {
                return Some(2);
            }
        }
        // a title, not a person: `Finding Nemo`, `Being Julia`, `Led Zeppelin`, `The
        // Passion` (BBC entertainment). No one's name opens with `The` or with a common word
        // made of a verb (`-ing`, `-ed`) that is no first name or title.
        if m.ty == 0 && m.tok_end - m.tok_start > 1 {
            let first = text[m.span.start..m.span.end]
                .split_whitespace()
                .next()
                .unwrap_or("");
            let fl = self.gaz.token_flags(folded_hash(first));
            let verbal = first.len() >= 3
                && (first.ends_with("ing") || first.ends_with("ed"))
                && fl & G_COMMON != 0
                && fl & (G_FIRST | G_TITLE | G_SURNAME) == 0;
            if first == "The" || verbal {
                return None;
            }
            // `the Rodong Sinmun said` (Yonhap): a name after `the` whose first word is no
            // first name, title or initial is a paper or a body, unless it qualifies the noun
            // after it (`the Bill Clinton era`, `the Chaka Khan hit` are still them)
            let after_the = after_word(text, m.span.start, &["the"]);
            let initial = first.ends_with('.') && first.len() <= 4;
            let next = word_after(text, m.span.end);
            let heads = !next.starts_with(char::is_lowercase) || CUE_VERBS.contains(&next);
            if after_the && heads && !initial && fl & (G_FIRST | G_TITLE) == 0 {
                return Some(2);
            }
            // `Olympic Stadium`, `Man Utd`: a venue's or a body's last word
            let last = m.key.rsplit(' ').next().unwrap_or("");
            if PLACE_LAST_WORDS.contains(&last) {
                return Some(1);
            }
            if ORG_LAST_WORDS.contains(&last) {
                return Some(2);
            }
        }
        if m.ty != 0 || m.tok_end - m.tok_start != 1 {
            return Some(m.ty);
        }
        let s = &text[m.span.start..m.span.end];
        let fl = self.gaz.token_flags(folded_hash(s));
        if fl & G_PRONOUN != 0 {
            return None;
        }
        // a person takes no article: "an Oscar", "the Oscars" are awards, "the Derby" a race
        if after_word(text, m.span.start, &["a", "an", "the"]) {
            return None;
        }
        // a legal form alone ("Co", "Inc") is the tail of a company name cut off
        if LEGAL_FORMS.contains(&m.key.as_str()) || MORE_LEGAL_FORMS.contains(&m.key.as_str()) {
            return None;
        }
        // a known organisation that is no first name ("Reuter" of "told Reuter", a
        // surname too) is the organisation
        if fl & G_FIRST == 0 && self.gaz.orgs.contains_key(&m.key) {
            return Some(2);
        }
        let namey = fl & (G_FIRST | G_SURNAME) != 0;
        if !namey {
            if fl & G_PLACE != 0 || self.gaz.has_place(&m.key) {
                return Some(1);
            }
            if fl & G_ORG != 0 || self.gaz.orgs.contains_key(&m.key) {
                return Some(2);
            }
            if fl & (G_COMMON | G_ORGSUFFIX) != 0 && !is_all_caps(s) {
                return None;
            }
            // a sentence-initial word that is not a known name and is written in lower case
            // elsewhere in the article ("Sadly, ...", "World ...") is an ordinary word
            if opens_sentence(doc, m.span.start) && !is_all_caps(s) {
                if m.key.ends_with("ly") {
                    return None;
                }
                if doc.spaced.contains(&m.key) {
                    return None;
                }
            }
        }
        Some(0)
    }
}

/// `PDAs`, `ISPs`, `SMSes`: capitals, then a plural's `s` or `es`.
fn plural_acronym(word: &str) -> bool {
    let stem = word
        .strip_suffix("es")
        .filter(|s| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase()))
        .or_else(|| word.strip_suffix('s'));
    stem.is_some_and(|s| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Does the word at `start` open a sentence, a line or a heading's second part (after `.`,
/// `!`, `?` or `:`, past any opening quote or bracket)?
fn opens_sentence(doc: &DocText, start: usize) -> bool {
    let before = doc.text[doc.line_start(start)..start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '('));
    // `Mrs. Schlafly`: a title's period ends no sentence (the New York Times' obituary of
    // Phyllis Schlafly lost all twelve as ordinary words, and her quotes to her son)
    if let Some(word) = before.strip_suffix('.') {
        let title = word.rsplit(char::is_whitespace).next().unwrap_or("");
        if title.len() <= 6 && TITLE_ABBREVIATIONS.contains(&title.to_ascii_lowercase().as_str()) {
            return false;
        }
    }
    before.is_empty() || before.ends_with(['.', '!', '?', ':'])
}

/// Whether a name ending at byte `end` is the subject of `said it` / `says its`, over an
/// apposition between commas (`Ryanair, one of Boeing's biggest customers, said it was`).
fn speaks_as_it(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    if let Some(appos) = rest.strip_prefix(", ") {
        let window = &appos[..appos.floor_char_boundary(APPOSITION_BYTES)];
        match window.find(", ") {
            Some(i) if !window[..i].contains(['.', '\n', '"', '“']) => rest = &appos[i + 1..],
            _ => return false,
        }
    }
    let mut words = rest.split_whitespace();
    let (Some(verb), Some(pronoun)) = (words.next(), words.next()) else {
        return false;
    };
    ["said", "says", "added", "announced", "reported"].contains(&verb)
        && ["it", "its"].contains(&pronoun)
}

/// Whether the name ending at byte `end` is called a business once: an apposition headed by
/// one of [`FIRM_NOUNS`] (`Ledgerly, the San Francisco-based payroll software start-up that
/// raised …`), or a possession only a business has (`Ledgerly's co-founder`).
fn described_as_firm(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    if let Some(owned) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("’s "))
    {
        return owned
            .split_whitespace()
            .next()
            .is_some_and(|w| FIRM_POSSESSIONS.contains(&w.trim_end_matches([',', '.'])));
    }
    let Some(appos) = rest.strip_prefix(", ") else {
        return false;
    };
    let window = &appos[..appos.floor_char_boundary(APPOSITION_BYTES)];
    let mut words = window.split_whitespace();
    if !words
        .next()
        .is_some_and(|d| ["the", "a", "an"].contains(&d))
    {
        return false;
    }
    // the noun phrase's last word, before a clause, a preposition or a mark ends it
    let mut head = "";
    for w in words {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if [
            "that", "which", "whose", "with", "of", "in", "at", "from", "for", "and",
        ]
        .contains(&bare)
            || bare.starts_with(|c: char| !c.is_alphanumeric())
        {
            break;
        }
        head = bare;
        if bare.len() != w.len() {
            break;
        }
    }
    FIRM_NOUNS.contains(&head)
}

/// Nouns right before a name that make it a band's (`Glasgow group Franz Ferdinand`).
/// (`group` names companies so too: `consumer goods group Reckitt Benckiser`.)
const BAND_NOUNS: &[&str] = &["band", "group"];

/// Adverbs that may open a sentence before its subject (`Nevertheless Franz Ferdinand were`).
const SENTENCE_ADVERBS: &[&str] = &[
    "And",
    "But",
    "However",
    "Nevertheless",
    "Now",
    "Still",
    "Yet",
    "Instead",
    "Meanwhile",
];

/// Whether the name at byte `start` follows `analysts at` (any [`STAFF_NOUNS`] word).
fn staff_at(text: &str, start: usize) -> bool {
    let mut before = text[..start].split_whitespace().rev();
    let (Some(prep), Some(noun)) = (before.next(), before.next()) else {
        return false;
    };
    prep == "at" && STAFF_NOUNS.contains(&noun.to_ascii_lowercase().as_str())
}

/// Oldest age [`aged`] believes.
const MAX_AGE: u32 = 110;

/// Does `rest`, the text after a name, open with an age between commas and a word in small
/// letters (`, 45, said`, `, aged 45, from`)?
fn aged(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    let rest = rest.strip_prefix("aged ").unwrap_or(rest);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && rest[..digits].parse::<u32>().is_ok_and(|n| n <= MAX_AGE)
        && rest[digits..]
            .strip_prefix(", ")
            .is_some_and(|next| next.starts_with(char::is_lowercase))
}

/// Bytes after a firm's mention looked through for a `he` or `she` that makes it a person.
const PRONOUN_WINDOW: usize = 120;

/// Bytes of an apposition [`speaks_as_it`] looks over.
const APPOSITION_BYTES: usize = 120;

/// The word after byte `end`, without the punctuation that closes it (`said,` is `said`).
fn word_after(text: &str, end: usize) -> &str {
    text[end..]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.', ':', ';'])
}

/// Is the word right before byte `at` of `text` one of `words` (lower case, a whole word
/// after a space or a line break: `the` in `told the Financieele`, not in `bathe`)?
fn after_word(text: &str, at: usize, words: &[&str]) -> bool {
    let before = text[..at].trim_end();
    words.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|b| b.ends_with([' ', '\n']))
    })
}
