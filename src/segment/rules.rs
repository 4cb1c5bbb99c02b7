//! Rule-based sentence splitting (`Segmenter::Auto`): a text in, sentence spans out.
//!
//! The text is cut into white-space separated tokens (CJK text is also cut right after
//! 。！？ and the closing quotes/brackets that follow them). Between two tokens we decide,
//! from the left token, the right token and a few neighbours, whether a sentence ends there:
//! a terminator (. ! ? …) followed by something that starts a sentence, unless the left token
//! is an abbreviation, an initial, a list marker or part of an ellipsis; a blank line always
//! ends a sentence; a single line break ends it after a terminator or after a heading-like
//! line. Quotes are never balanced across tokens, so an unbalanced quote cannot swallow text.
//!
//! Tokens are processed in bounded windows (a paragraph, or a few thousand tokens of a huge
//! paragraph), and every decision looks at most a fixed number of tokens away, so the whole
//! pass is linear in the size of the text.

use super::abbrev::{tables, Tables};
use crate::lexicon::Lexicon;
use crate::model::Span;

/// One white-space separated token and what follows it.
#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// The white space after the token holds a single line break.
    nl_after: bool,
    /// The token was cut after a CJK full stop: the next one follows without white space.
    glued: bool,
    /// First token on its line.
    line_start: bool,
    /// An item of a numbered/lettered list whose neighbour item was seen (`1.` … `2.`).
    list_item: bool,
}

/// Most tokens an ellipsis rule looks ahead or back (`. . . .` is four tokens).
const LOOK: usize = 8;
/// Window size before a huge paragraph is processed in parts.
const WINDOW: usize = 4096;

/// Split `text` into sentence spans, reading its words with `lexicon`.
pub(crate) fn segment(text: &str, lexicon: &'static Lexicon) -> Vec<Span> {
    let mut seg = Segmenting {
        text,
        lexicon,
        tables: tables(),
        toks: Vec::new(),
        out: Vec::new(),
        chain: Chain::default(),
        flush_at: WINDOW,
    };
    seg.tokenize();
    seg.out
}

struct Segmenting<'a> {
    text: &'a str,
    lexicon: &'static Lexicon,
    tables: &'static Tables,
    /// Tokens of the current paragraph not yet part of an emitted sentence.
    toks: Vec<Tok>,
    out: Vec<Span>,
    chain: Chain,
    /// Process the window early once it holds this many tokens.
    flush_at: usize,
}

/// The last list marker seen of each style, to find `1.` … `2.` sequences.
#[derive(Default)]
struct Chain {
    last: Vec<(MarkerStyle, u32, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    /// Digits followed by `.`, `)` or `.)`.
    Number(u8),
    /// A single letter followed by `.` or `)`; the bool is "uppercase".
    Letter(u8, bool),
}

impl Segmenting<'_> {
    /// One pass over the text: build tokens, hand each finished paragraph to `process`.
    fn tokenize(&mut self) {
        let text = self.text;
        let mut tok_start: Option<usize> = None;
        let mut breaks = 0usize; // line breaks in the current run of white space
        let mut line_start = true;
        let mut after_cjk_stop = false; // inside a token, after 。！？ (and closers)
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if is_space(c) {
                if let Some(s) = tok_start.take() {
                    self.push(s, i, line_start);
                    line_start = false;
                }
                after_cjk_stop = false;
                match c {
                    '\n' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' => breaks += 1,
                    // CRLF is one line break.
                    '\r' if chars.peek().map(|&(_, n)| n) != Some('\n') => breaks += 1,
                    '\u{2029}' => breaks += 2,
                    _ => {}
                }
                continue;
            }
            // A non-space character: first settle the white space before it.
            if breaks > 0 {
                if let Some(last) = self.toks.last_mut() {
                    last.nl_after = true;
                }
                if breaks >= 2 {
                    self.finish_paragraph();
                }
                breaks = 0;
                line_start = true;
            }
            if after_cjk_stop && !is_closer(c) && !is_cjk_stop(c) {
                // 。 followed by anything but closers: the token (and the sentence) ends here.
                if let Some(s) = tok_start.take() {
                    self.push(s, i, line_start);
                    line_start = false;
                    if let Some(last) = self.toks.last_mut() {
                        last.glued = true;
                    }
                }
                after_cjk_stop = false;
            }
            if tok_start.is_none() {
                tok_start = Some(i);
            }
            if is_cjk_stop(c) {
                after_cjk_stop = true;
            }
        }
        if let Some(s) = tok_start {
            self.push(s, text.len(), line_start);
        }
        self.finish_paragraph();
    }

    fn push(&mut self, start: usize, end: usize, line_start: bool) {
        let mut tok = Tok {
            start,
            end,
            nl_after: false,
            glued: false,
            line_start,
            list_item: false,
        };
        if let Some((style, value)) = list_marker(&self.text[start..end]) {
            let idx = self.toks.len();
            if let Some(slot) = self.chain.last.iter_mut().find(|(s, _, _)| *s == style) {
                if value == slot.1 + 1 {
                    tok.list_item = true;
                    // The previous item, if it is still in the window.
                    if let Some(prev) = self.toks.get_mut(slot.2) {
                        if prev.start < start
                            && list_marker(&self.text[prev.start..prev.end])
                                == Some((style, slot.1))
                        {
                            prev.list_item = true;
                        }
                    }
                }
                *slot = (style, value, idx);
            } else {
                self.chain.last.push((style, value, idx));
            }
        }
        self.toks.push(tok);
        if self.toks.len() >= self.flush_at {
            self.process(false);
        }
    }

    fn finish_paragraph(&mut self) {
        self.process(true);
        self.toks.clear();
        self.chain.last.clear();
        self.flush_at = WINDOW;
    }

    /// Decide the boundaries in the window. At the end of a paragraph everything is emitted;
    /// otherwise only sentences that end well before the window's end (so that look-ahead
    /// stays within the window), and the rest is kept for the next round.
    fn process(&mut self, last: bool) {
        let n = self.toks.len();
        if n == 0 {
            return;
        }
        let limit = if last { n } else { n.saturating_sub(LOOK + 2) };
        let mut first = 0;
        for i in 0..n.saturating_sub(1) {
            if i >= limit {
                break;
            }
            if self.boundary(i, first) {
                self.emit(first, i);
                first = i + 1;
            }
        }
        if last {
            self.emit(first, n - 1);
            return;
        }
        // Keep the unfinished sentence; list-chain indices shift with it.
        self.toks.drain(..first);
        for slot in &mut self.chain.last {
            slot.2 = slot.2.wrapping_sub(first);
        }
        // Without a boundary the window grows; doubling keeps the rescans linear overall.
        self.flush_at = (self.toks.len() * 2).max(WINDOW);
    }

    fn emit(&mut self, first: usize, last: usize) {
        let span = Span::new(self.toks[first].start, self.toks[last].end);
        if let Some(s) = super::trim(self.text, span.start, span.end) {
            self.out.push(s);
        }
    }

    fn tok(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }

    /// Whether a sentence ends between token `i` and token `i + 1`; `first` is the first
    /// token of the current sentence.
    fn boundary(&self, i: usize, first: usize) -> bool {
        let t = self.toks[i];
        let next = self.toks[i + 1];
        if t.glued {
            return true;
        }
        if is_bullet_token(self.tok(i)) {
            // `• 9. The first item`: the bullet belongs to the item after it.
            return false;
        }
        // A new list item or bullet starts a sentence.
        if next.list_item || self.tok(i + 1).starts_with(is_bullet) {
            return true;
        }
        let a = self.tok(i);
        let mut b = self.tok(i + 1);
        if !b.is_empty() && b.chars().all(is_opener) && i + 2 < self.toks.len() {
            // A detached opening quote (`« Pourquoi ? »`): judge by the word after it.
            b = self.tok(i + 2);
        }
        let mut core = strip_closers(a);
        if core.is_empty() && i > first {
            // A closing quote standing alone (`« Oui. »`): the token before it decides.
            core = strip_closers(self.tok(i - 1));
        }
        if core.ends_with(is_cjk_stop) {
            return true;
        }
        let word = core.trim_end_matches(is_terminator);
        let term = &core[word.len()..];
        if term.is_empty() {
            return t.nl_after && self.heading_break(i, first);
        }
        if word.ends_with(['[', '(']) {
            // `[...]`, `(...)`: an editorial omission, not the end of a sentence.
            return false;
        }
        if word.is_empty() {
            if !is_dot_token(core) {
                // A detached `?` or `!` (French spacing: `Vraiment ? Oui.`).
                return t.nl_after || starts_sentence(b);
            }
            return self.ellipsis_tokens(i, first);
        }
        if is_dot_token(b) {
            return self.before_spaced_ellipsis(i, term);
        }
        if term.contains(['!', '?', '‼', '⁇', '⁈', '⁉']) {
            return t.nl_after || starts_sentence(b);
        }
        let dots = term.chars().filter(|&c| c == '.').count() + 3 * term.matches('…').count();
        if dots >= 2 {
            if t.nl_after || dots >= 4 {
                return t.nl_after || starts_sentence(b);
            }
            return starts_upper(b) && !is_pronoun_i(b);
        }
        // A single full stop.
        if (i == first || (i == first + 1 && is_bullet_token(self.tok(first))))
            && list_marker(a).is_some()
        {
            return false;
        }
        self.after_full_stop(i, first, word, b, t.nl_after)
    }

    /// `word.` followed by `b`: abbreviations, initials, numbers.
    fn after_full_stop(&self, i: usize, first: usize, word: &str, b: &str, nl: bool) -> bool {
        let w = word.trim_start_matches(is_opener);
        let starts = starts_sentence(b);
        let abbr = self.abbreviation(i, first, w, b, nl);
        if !starts {
            // Lowercase (or punctuation) next: the sentence goes on, unless a line break
            // after a plain word ends it.
            return nl && abbr.is_none();
        }
        abbr.unwrap_or(true)
    }

    /// If `w` (a word before a full stop) is an abbreviation or initial, whether the sentence
    /// still ends before `b` (which starts like a sentence); None if `w` is a plain word.
    /// Before a line break only the abbreviations that clearly go on (`Mr.`, `No. 5`, initials)
    /// keep the sentence open.
    fn abbreviation(&self, i: usize, first: usize, w: &str, b: &str, nl: bool) -> Option<bool> {
        let mut chars = w.chars();
        let c0 = chars.next()?;
        let b_digit = b
            .trim_start_matches(is_opener)
            .starts_with(|c: char| c.is_ascii_digit());
        // `N°. 5`, `№. 5`
        if w.ends_with(['°', 'º', '№']) {
            return Some(!b_digit);
        }
        if w.ends_with(|c: char| c.is_numeric()) {
            // "am 7. Februar": an ordinal dot before a month name.
            let seg = &self.lexicon.segment;
            if seg.ordinal_dots
                && w.len() <= 3
                && w.bytes().all(|b| b.is_ascii_digit())
                && self.lexicon.month(&first_word(b).to_lowercase()).is_some()
            {
                return Some(false);
            }
            return None;
        }
        // The language's own abbreviations inside a sentence ("Mrd.", "z."); a capital letter
        // alone is an initial (below).
        if (c0.is_lowercase() || chars.clone().next().is_some())
            && self
                .lexicon
                .segment
                .abbreviations
                .contains(&w.to_lowercase())
        {
            return Some(nl || self.starter(first_word(b)));
        }
        // Initials: `Jonas E. Smith`; but `you and I. Did` is the pronoun.
        if chars.next().is_none() && c0.is_alphabetic() {
            if c0.is_uppercase() {
                let prev_cap = i > first
                    && self
                        .tok(i - 1)
                        .trim_start_matches(is_opener)
                        .starts_with(char::is_uppercase);
                if c0 == 'I' && !prev_cap {
                    return None;
                }
                return Some(false);
            }
            if let Some(k) = self.tables.kind(w) {
                if k.number && b_digit {
                    return Some(false);
                }
                return Some(true);
            }
            return None;
        }
        // `U.S.`, `a.m.`, `e.g.`, `Ph.D.`
        if is_multi_period(w) {
            let bw = first_word(b);
            let title = self
                .tables
                .kind(&bw.to_lowercase())
                .is_some_and(|k| k.prepositive);
            return Some(nl || self.starter(bw) || (c0.is_uppercase() && title && b.contains('.')));
        }
        let k = self.tables.kind(&w.to_lowercase())?;
        if k.number && b_digit {
            return Some(false);
        }
        if k.prepositive {
            return Some(false);
        }
        // A capitalised abbreviation (`Co.`, `Calif.`) mostly sits inside a sentence; a
        // lowercase one (`co.`, `ill.`) is as likely a plain word that ends one.
        if c0.is_uppercase() {
            Some(nl || self.starter(first_word(b)))
        } else {
            Some(true)
        }
    }

    /// Does `word` (as written) typically start a sentence, in English or the language read?
    fn starter(&self, word: &str) -> bool {
        self.tables.is_starter(word) || self.lexicon.segment.starters.contains(word)
    }

    /// Token `i` is (the end of) a run of dot-only tokens such as `. . .`.
    fn ellipsis_tokens(&self, i: usize, first: usize) -> bool {
        let b = self.tok(i + 1);
        if is_dot_token(b) {
            return false;
        }
        let mut j = i;
        let mut dots = 0;
        while j >= first && i - j < LOOK && is_dot_token(self.tok(j)) {
            dots += self.tok(j).matches('.').count() + 3 * self.tok(j).matches('…').count();
            if j == 0 {
                break;
            }
            j -= 1;
        }
        let run_start = (if is_dot_token(self.tok(j)) { j } else { j + 1 }).max(first);
        if run_start == first {
            // `. . . The practice …`: an ellipsis opening the sentence does not close it.
            return false;
        }
        if self.toks[i].nl_after {
            return true;
        }
        if dots >= 4 {
            // The ellipsis plus the sentence's own full stop.
            return starts_sentence(b);
        }
        starts_upper(b) && !is_pronoun_i(b)
    }

    /// `compounds. . . . The`: the word's own full stop ends the sentence and the spaced
    /// ellipsis opens the next one (when a capital follows the ellipsis).
    fn before_spaced_ellipsis(&self, i: usize, term: &str) -> bool {
        if term != "." {
            return false;
        }
        let mut j = i + 1;
        let mut dots = 0;
        while j < self.toks.len() && j - i <= LOOK && is_dot_token(self.tok(j)) {
            dots += self.tok(j).chars().filter(|&c| c == '.').count();
            j += 1;
        }
        dots == 3 && j < self.toks.len() && starts_upper(self.tok(j))
    }

    /// Token `i` has no terminator and a line break follows: does its line stand alone
    /// (a title, heading or dateline) or does a wrapped sentence go on?
    fn heading_break(&self, i: usize, first: usize) -> bool {
        let a = self.tok(i);
        let b = self.tok(i + 1);
        if a.ends_with([',', ';', ':', '-', '–', '—', '&', '/', '(']) {
            return false;
        }
        let lower = a.to_lowercase();
        if self.lexicon.segment.continuing.contains(&lower) {
            return false;
        }
        // A heading fills its line: the sentence must have started at this line's start.
        // Otherwise the line is the tail of wrapped prose, even before a capital
        // (`… by the United Nations` / `Security Council.`).
        let mut line_first = i;
        while line_first > first && !self.toks[line_first].line_start {
            line_first -= 1;
        }
        if line_first != first || !self.toks[first].line_start {
            return false;
        }
        if starts_sentence(b) || b.starts_with(['-', '*', '–', '—']) {
            return true;
        }
        // Lowercase next line: only a short line is a heading.
        self.text[self.toks[first].start..self.toks[i].end]
            .chars()
            .count()
            < 30
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn is_cjk_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '］'
            | '〉'
            | '》'
            | '】'
            | '〕'
            | '“'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '《'
            | '〈'
            | '【'
    )
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '‣' | '●' | '■' | '□' | '◆')
}

fn is_bullet_token(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_bullet)
}

/// The token without trailing closing quotes and brackets.
fn strip_closers(s: &str) -> &str {
    s.trim_end_matches(is_closer)
}

/// A token made only of full stops / ellipsis characters (and closers), e.g. `.` or `.”`.
fn is_dot_token(s: &str) -> bool {
    let core = strip_closers(s);
    !core.is_empty() && core.chars().all(|c| c == '.' || c == '…')
}

/// Whether `b` starts like a sentence: after opening quotes/brackets, an uppercase letter, a
/// digit or a letter of a script without case. Lowercase and bare punctuation do not.
fn starts_sentence(b: &str) -> bool {
    match b.chars().find(|c| c.is_alphanumeric()) {
        Some(c) => !c.is_lowercase(),
        None => false,
    }
}

/// Whether `b` starts (after openers) with an uppercase letter.
fn starts_upper(b: &str) -> bool {
    b.trim_start_matches(is_opener)
        .starts_with(char::is_uppercase)
}

/// The pronoun `I` (`I`, `I'm`, `I’ve`), capitalised anywhere in a sentence.
fn is_pronoun_i(b: &str) -> bool {
    first_word(b) == "I"
}

/// The leading letters of `b` after opening punctuation.
fn first_word(b: &str) -> &str {
    let b = b.trim_start_matches(is_opener);
    let end = b
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(b.len(), |(i, _)| i);
    &b[..end]
}

/// `U.S`, `a.m`, `e.g`, `Ph.D`, `т.е`: letter groups of one to three joined by full stops.
fn is_multi_period(w: &str) -> bool {
    w.contains('.')
        && w.split('.')
            .all(|g| (1..=3).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

/// A list marker token (`1.`, `2)`, `3.)`, `a.`, `•9.`), its style and value.
fn list_marker(tok: &str) -> Option<(MarkerStyle, u32)> {
    let s = tok.trim_start_matches(is_bullet);
    let body = s.trim_end_matches(['.', ')']);
    let suffix = match &s[body.len()..] {
        "." => 0,
        ")" => 1,
        ".)" => 2,
        _ => return None,
    };
    if !body.is_empty() && body.len() <= 3 && body.bytes().all(|b| b.is_ascii_digit()) {
        return Some((MarkerStyle::Number(suffix), body.parse().ok()?));
    }
    let mut cs = body.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some((
            MarkerStyle::Letter(suffix, c.is_ascii_uppercase()),
            c.to_ascii_lowercase() as u32,
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment(text: &str) -> Vec<Span> {
        super::segment(text, crate::lexicon::english())
    }

    fn sents(text: &str) -> Vec<&str> {
        segment(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            sents("Hello World. My name is Jonas. What? Yes!"),
            ["Hello World.", "My name is Jonas.", "What?", "Yes!"]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sents("Mr. Smith met Dr. Jones on Jan. 5 at 5 p.m. in the U.S. Capitol."),
            ["Mr. Smith met Dr. Jones on Jan. 5 at 5 p.m. in the U.S. Capitol."]
        );
        assert_eq!(
            sents("See No. 5 on p. 12, e.g. the table. Jonas E. Smith agreed."),
            [
                "See No. 5 on p. 12, e.g. the table.",
                "Jonas E. Smith agreed."
            ]
        );
        assert_eq!(sents("I live in the U.S. How about you?").len(), 2);
        assert_eq!(sents("That is how it is. Next one.").len(), 2);
    }

    #[test]
    fn numbers_urls_and_email() {
        assert_eq!(
            sents("It made US$2.5 billion. Write to jane.doe@example.com. See https://a.example.org/x.html now."),
            [
                "It made US$2.5 billion.",
                "Write to jane.doe@example.com.",
                "See https://a.example.org/x.html now."
            ]
        );
    }

    #[test]
    fn ellipses() {
        assert_eq!(
            sents("I never meant that.... She left. Well... maybe . . . not."),
            [
                "I never meant that....",
                "She left.",
                "Well... maybe . . . not."
            ]
        );
    }

    #[test]
    fn quotations_stay_with_their_sentence() {
        assert_eq!(
            sents("“It ended.” Then more. “We won!” she said. “Why?” he asked. “Fine,” the report said."),
            [
                "“It ended.”",
                "Then more.",
                "“We won!” she said.",
                "“Why?” he asked.",
                "“Fine,” the report said."
            ]
        );
    }

    #[test]
    fn headings_and_line_breaks() {
        assert_eq!(
            sents("date 2022-02-07 Big news\nThe story starts here.\nIt goes on."),
            [
                "date 2022-02-07 Big news",
                "The story starts here.",
                "It goes on."
            ]
        );
        // Wrapped prose is not split, not even before a capital.
        assert_eq!(
            sents("The monitors reported on Friday missiles\nwere tested, said the United Nations\nSecurity Council."),
            ["The monitors reported on Friday missiles\nwere tested, said the United Nations\nSecurity Council."]
        );
        assert_eq!(
            sents("The council said on Friday that the\nmissiles were tested, and\nofficials agreed.\n"),
            ["The council said on Friday that the\nmissiles were tested, and\nofficials agreed."]
        );
        // A blank line always ends a sentence; CR and CRLF are line breaks too.
        assert_eq!(
            sents("one two\r\n\r\nthree four"),
            ["one two", "three four"]
        );
        assert_eq!(
            sents("Title\rBody text here."),
            ["Title", "Body text here."]
        );
        assert_eq!(
            sents("Short title\nlowercase start."),
            ["Short title", "lowercase start."]
        );
        // After a terminator a line break ends the sentence, unless the abbreviation goes on.
        assert_eq!(
            sents("Acme Co.\nShares rose."),
            ["Acme Co.", "Shares rose."]
        );
        assert_eq!(
            sents("He met Mr.\nSmith and Jonas E.\nJones."),
            ["He met Mr.\nSmith and Jonas E.\nJones."]
        );
        assert_eq!(
            sents("Wrapped at 5 p.m.\non Friday."),
            ["Wrapped at 5 p.m.\non Friday."]
        );
    }

    #[test]
    fn unbalanced_quote_does_not_swallow_lines() {
        let text = "He said, \"The forces grew.\nCyber attacks on platforms\nObservers say more.";
        assert_eq!(
            sents(text),
            [
                "He said, \"The forces grew.",
                "Cyber attacks on platforms",
                "Observers say more."
            ]
        );
    }

    #[test]
    fn cjk_full_stops() {
        assert_eq!(
            sents("今日は晴れです。明日は雨？「そうです。」彼は言った！"),
            [
                "今日は晴れです。",
                "明日は雨？",
                "「そうです。」",
                "彼は言った！"
            ]
        );
        assert_eq!(sents("你好。 世界。"), ["你好。", "世界。"]);
    }

    #[test]
    fn other_languages() {
        assert_eq!(
            sents("Он пришёл домой. Потом ушёл, т.е. навсегда."),
            ["Он пришёл домой.", "Потом ушёл, т.е. навсегда."]
        );
        assert_eq!(
            sents("¿Qué pasa? ¡Nada! Bien."),
            ["¿Qué pasa?", "¡Nada!", "Bien."]
        );
        assert_eq!(
            sents("Il est parti. « Pourquoi ? » demanda-t-elle."),
            ["Il est parti.", "« Pourquoi ? » demanda-t-elle."]
        );
        assert_eq!(
            sents("Il a dit « Non. » Puis rien."),
            ["Il a dit « Non. »", "Puis rien."]
        );
    }

    #[test]
    fn german_abbreviations_and_ordinal_dots() {
        let de = crate::lexicon::get("de").unwrap();
        let sents = |t: &'static str| -> Vec<&'static str> {
            super::segment(t, de).iter().map(|s| s.slice(t)).collect()
        };
        assert_eq!(
            sents("Es kostet 3,2 Mrd. Euro. Das ist viel."),
            ["Es kostet 3,2 Mrd. Euro.", "Das ist viel."]
        );
        assert_eq!(
            sents("Am 7. Februar kamen 5 Mio. Gäste."),
            ["Am 7. Februar kamen 5 Mio. Gäste."]
        );
        assert_eq!(
            sents("Es waren 7. Danach kam keiner."),
            ["Es waren 7.", "Danach kam keiner."]
        );
        assert_eq!(sents("Er kam z. B. spät."), ["Er kam z. B. spät."]);
        // Initials stay initials.
        assert_eq!(
            sents("Sie traf A. Weber in Bonn."),
            ["Sie traf A. Weber in Bonn."]
        );
        // English reads neither the German abbreviations nor ordinal dots.
        let en = crate::lexicon::english();
        let t = "Es waren 3 Mrd. Euro am 7. Februar.";
        assert_eq!(super::segment(t, en).len(), 3);
    }

    #[test]
    fn lists_and_bullets() {
        assert_eq!(
            sents("1. The first item 2. The second item"),
            ["1. The first item", "2. The second item"]
        );
        assert_eq!(sents("• one • two"), ["• one", "• two"]);
    }

    #[test]
    fn bom_and_spaces_are_trimmed() {
        let text = "\u{feff}  Hello there.  Bye. ";
        let spans = segment(text);
        assert_eq!(sents(text), ["Hello there.", "Bye."]);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
    }

    fn sample(name: &str) -> String {
        let path = format!("{}/samples/dprk-report/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).expect("sample present")
    }

    #[test]
    fn sample_original() {
        let text = sample("original.txt");
        let s = sents(&text);
        assert_eq!(
            s[0],
            "date 2022-02-07 North Korea profits from cyberattacks, UN report says"
        );
        assert!(s[2].starts_with("“Although no nuclear tests"));
        assert!(s[2].ends_with("fissile materials,” the report said."));
        assert!(s.contains(
            &"The latest report said that North Korea’s strict blockade in response to the \
             COVID-19 pandemic meant that “illicit trade, including in luxury goods, has largely ceased.”"
        ));
        // One sentence per paragraph in this sample.
        let paragraphs = text.split("\n\n").filter(|p| !p.trim().is_empty()).count();
        assert_eq!(s.len(), paragraphs);
    }

    #[test]
    fn sample_translation() {
        let text = sample("translation.txt");
        let s = sents(&text);
        assert_eq!(s[0], "North Korea continues to steal cryptocurrency |");
        assert!(s.contains(&"Cyber attacks on cryptocurrency platforms"));
        assert!(s.contains(
            &"The sanctions observer said, \"South Korea has demonstrated improved rapid deployment \
              capabilities, greater mobility and enhanced flexibility for its missile forces."
        ));
        assert!(s.contains(
            &"The observers also cited a report last month by cybersecurity firm Chainalysis."
        ));
        assert!(s.iter().all(|x| !x.contains('\n')));
    }

    #[test]
    fn long_single_line_is_linear() {
        // A 5 MB line is fine in release builds; a smaller one keeps the debug test quick.
        let unit = "Mr. Smith paid US$2.5 million on Jan. 5. . . . He left... “Why?” she asked. ";
        let text = unit.repeat(20_000);
        let spans = segment(&text);
        // "… Jan. 5." | ". . . He left..." | "“Why?” she asked."
        assert_eq!(spans.len(), 3 * 20_000);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start));
        // One huge sentence without any boundary must not be quadratic either.
        let text = "word ".repeat(200_000);
        assert_eq!(segment(&text).len(), 1);
    }

    #[test]
    fn weird_inputs_never_panic() {
        let cases = [
            "",
            " ",
            "\u{feff}",
            ".",
            "...",
            ". . .",
            "!?",
            "\"",
            "“",
            "”",
            "'",
            "«»",
            "(",
            ")",
            "。",
            "。。。",
            "「」",
            "」。",
            "\r",
            "\n\r\n\r",
            "a\rb\nc\r\nd",
            "😀. 😀! 😀",
            "😀😀😀",
            "1.",
            "1.)",
            "a.",
            "•",
            "• •",
            "⁃",
            "U.S.",
            "Mr.",
            "N°.",
            "№",
            "é.É.",
            ". . . . . . . . . . . .",
            "“…!” ”",
            "\u{2029}x\u{2028}y",
            "日本語。English. 中文！",
            "\"Hello.\"\"World.\"",
            "x\u{85}y",
            ".\n.\n.",
            "?\n!",
            "e.g.\ne.g.",
        ];
        for case in cases {
            check_invariants(case);
        }
        // Every prefix of a mixed string, so that cuts land everywhere.
        let mixed = "“Ünïcödé… ” — 日本。「終」！ Mr. X. 1.) a. . . . ok?!\r\n\r\n😀 U.S.A. end";
        for (i, _) in mixed.char_indices() {
            check_invariants(&mixed[..i]);
            check_invariants(&mixed[i..]);
        }
    }

    fn check_invariants(text: &str) {
        let spans = segment(text);
        let mut prev = 0;
        for s in &spans {
            assert!(
                s.start >= prev && s.start < s.end && s.end <= text.len(),
                "{text:?}"
            );
            let t = &text[s.start..s.end];
            assert_eq!(
                super::super::trim(text, s.start, s.end),
                Some(*s),
                "{text:?}"
            );
            assert!(!t.is_empty());
            prev = s.end;
        }
    }
}
