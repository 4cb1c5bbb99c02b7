#!/usr/bin/env python3
"""Generate data/lexicon/<code>.toml for the languages below from CLDR and RBNF-style number
words, plus a few hand-curated supplements (marked as such).

  python3 scripts/gen-lexicon.py SITE_PACKAGES OUT_DIR     # run by scripts/gen-lexicon.sh

Sources (pinned in gen-lexicon.sh): Babel 2.16.0 (BSD-3-Clause), which carries the Unicode CLDR
data (Unicode License v3): month and weekday names in their format and stand-alone forms,
decimal and grouping symbols, compact number words ("млн", "миллиардов", "Mrd."); num2words
0.5.13 (LGPL-2.1, used at generation time only, its output is plain number words): cardinals
and ordinals. English and German keep their hand-curated files (docs/lexicon.md).

Left out on purpose: abbreviated weekday and month names (in Romance languages "mar", "sex",
"set" are ordinary words, and a false date is worse than a missed one).
"""
import sys

sys.path.insert(0, sys.argv[1])
from babel import Locale  # noqa: E402
from num2words import num2words  # noqa: E402

LANGUAGES = ["fr", "es", "it", "pt", "ru"]

# Hand-curated supplements: words CLDR does not list as such (relative day names, the
# indefinite articles that are also the word "one", the percent word, the small words inside names ("Corea del Sur") and between the parts of a date ("7 de
# febrero de 2023"), the nouns of the main
# currencies in their singular and plural forms), and Russian's
# case endings of names and prepositional month forms ("в марте"), which CLDR does not carry.
SUPPLEMENTS = {
    "fr": {
        "connectors": ["de", "du", "des", "la", "le", "les", "et", "d"],
        "days": {"hier": -1, "aujourd'hui": 0, "demain": 1},
        "lone": ["un", "une"],
        "percent": ["pour cent", "pourcent"],
        "currencies": {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
                       "yen": "JPY", "yens": "JPY", "yuan": "CNY", "yuans": "CNY",
                       "roubles": "RUB", "rouble": "RUB"},
    },
    "es": {
        "date_joiners": ["de"],
        "connectors": ["de", "del", "la", "las", "los", "el", "y"],
        "days": {"ayer": -1, "hoy": 0, "mañana": 1},
        "lone": ["un", "uno", "una"],
        "percent": ["por ciento"],
        "currencies": {"dólar": "USD", "dólares": "USD", "euro": "EUR", "euros": "EUR",
                       "libra": "GBP", "libras": "GBP", "yen": "JPY", "yenes": "JPY",
                       "yuan": "CNY", "yuanes": "CNY", "rublo": "RUB", "rublos": "RUB"},
    },
    "it": {
        "connectors": ["di", "del", "della", "dei", "degli", "delle", "e"],
        "days": {"ieri": -1, "oggi": 0, "domani": 1},
        "lone": ["un", "uno", "una"],
        "percent": ["per cento", "percento"],
        "currencies": {"dollaro": "USD", "dollari": "USD", "euro": "EUR", "sterlina": "GBP",
                       "sterline": "GBP", "yen": "JPY", "yuan": "CNY", "rublo": "RUB",
                       "rubli": "RUB"},
    },
    "pt": {
        "date_joiners": ["de"],
        "connectors": ["de", "do", "da", "dos", "das", "e"],
        "days": {"ontem": -1, "hoje": 0, "amanhã": 1},
        "lone": ["um", "uma"],
        "percent": ["por cento"],
        "currencies": {"dólar": "USD", "dólares": "USD", "euro": "EUR", "euros": "EUR",
                       "libra": "GBP", "libras": "GBP", "iene": "JPY", "ienes": "JPY",
                       "yuan": "CNY", "rublo": "RUB", "rublos": "RUB"},
    },
    "ru": {
        "connectors": [],
        "days": {"вчера": -1, "сегодня": 0, "завтра": 1},
        "lone": ["один", "одна", "одно"],
        "percent": ["процент", "процента", "процентов"],
        "currencies": {"доллар": "USD", "доллара": "USD", "долларов": "USD", "долларах": "USD",
                       "евро": "EUR", "фунт": "GBP", "фунта": "GBP", "фунтов": "GBP",
                       "рубль": "RUB", "рубля": "RUB", "рублей": "RUB", "юань": "CNY",
                       "юаня": "CNY", "юаней": "CNY", "иена": "JPY", "иен": "JPY"},
        # Case endings of names, most specific first: "Испании" → "Испания", "Канаде" →
        # "Канада", "Афганистане" → "Афганистан", "Китае" → "Китай".
        "inflections": [
            ["ией", "ия"], ["ии", "ия"], ["ию", "ия"], ["ой", "а"], ["ою", "а"], ["ы", "а"],
            ["е", "а"], ["у", "а"], ["и", "а"], ["ом", ""], ["ем", "й"], ["е", "й"], ["я", "й"],
            ["ю", "й"], ["е", ""], ["а", ""], ["у", ""], ["ей", "ь"], ["и", "ь"], ["ю", "ь"],
        ],
        "months": [
            ["январе"], ["феврале"], ["марте"], ["апреле"], ["мае"], ["июне"], ["июле"],
            ["августе"], ["сентябре"], ["октябре"], ["ноябре"], ["декабре"],
        ],
    },
}


def words(forms):
    """Lower-case, de-duplicated, in first-seen order; empty and multi-word forms dropped."""
    out = []
    for f in forms:
        f = f.strip().rstrip(".").lower()
        if f and " " not in f and f not in out:
            out.append(f)
    return out


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(items):
    return "[" + ", ".join(toml_str(i) for i in items) + "]"


def toml_lists(lists):
    return "[\n" + "".join(f"  {toml_list(x)},\n" for x in lists) + "]"


def toml_map(m, fmt=str):
    return "{ " + ", ".join(f"{toml_str(k)} = {fmt(v)}" for k, v in m.items()) + " }"


def compact(loc, width):
    """Scale words of the compact decimal formats: word -> power of ten."""
    out = {}
    for plural, patterns in loc._data["compact_decimal_formats"].get(width, {}).items():
        for magnitude, pattern in dict(patterns).items():
            text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
            word = "".join(c for c in text if c not in "0#'.¤").strip().lower()
            zeros = sum(1 for c in text if c == "0")
            # "mille" for 1000 in French: a word alone stands for its magnitude.
            power = len(magnitude) - max(zeros, 1)
            if word and not any(c.isspace() for c in word) and power >= 3:
                out.setdefault(word, 10 ** power)
    return dict(sorted(out.items(), key=lambda kv: (kv[1], kv[0])))


def number_words(code):
    cardinals, ordinals = {}, {}
    for n in list(range(0, 21)) + list(range(30, 100, 10)):
        w = num2words(n, lang=code).lower()
        if " " not in w and "-" not in w:
            cardinals.setdefault(w, n)
    for n in range(1, 21):
        w = num2words(n, lang=code, to="ordinal").lower()
        if " " not in w and "-" not in w:
            ordinals.setdefault(w, n)
    return cardinals, ordinals


def lexicon(code):
    loc = Locale.parse(code)
    sup = SUPPLEMENTS[code]
    months = []
    for m in range(1, 13):
        forms = [loc.months[ctx]["wide"][m] for ctx in ("format", "stand-alone")]
        forms += sup.get("months", [[]] * 12)[m - 1]
        months.append(words(forms))
    # CLDR writes the names as the language does inside a sentence.
    lowercase = loc.months["format"]["wide"][3] == loc.months["format"]["wide"][3].lower()
    weekdays = [
        words(loc.days[ctx]["wide"][d] for ctx in ("format", "stand-alone")) for d in range(7)
    ]
    symbols = loc.number_symbols["latn"]
    group = [symbols["group"]]
    # Text written by hand groups thousands with a plain space where CLDR says a no-break one.
    if group[0] in ("\u00a0", "\u202f"):
        group = [" ", "\u00a0", "\u202f"]
    cardinals, ordinals = number_words(code)
    scale_words = compact(loc, "long")
    # One-letter short forms are left out: "3 m" is three metres, "k" a letter.
    scale_suffixes = {
        k: v for k, v in compact(loc, "short").items() if k not in scale_words and len(k) > 1
    }
    lines = [
        f"# {loc.english_name}: generated by scripts/gen-lexicon.py from CLDR (Babel 2.16.0) and",
        "# num2words 0.5.13, with the hand-curated supplements listed in that script. Do not edit:",
        "# change the script and run scripts/gen-lexicon.sh. Schema in docs/lexicon.md.",
        f"code = {toml_str(code)}",
        f"name = {toml_str(loc.english_name)}",
        "",
        "[calendar]",
        f"months = {toml_lists(months)}",
        f"weekdays = {toml_lists(weekdays)}",
        f"lowercase_names = {'true' if lowercase else 'false'}",
        f"date_joiners = {toml_list(sup.get('date_joiners', []))}",
        "",
        "[relative]",
        f"days = {toml_map(sup['days'])}",
        "",
        "[numbers]",
        f"cardinals = {toml_map(cardinals)}",
        f"ordinals = {toml_map(ordinals)}",
        f"scale_words = {toml_map(scale_words, lambda v: f'1e{len(str(v)) - 1}')}",
        f"scale_suffixes = {toml_map(scale_suffixes, lambda v: f'1e{len(str(v)) - 1}')}",
        f"decimal = {toml_str(symbols['decimal'])}",
        f"group = {toml_list(group)}",
        f"lone_pronouns = {toml_list(sup['lone'])}",
        f"percent = {toml_list(sup['percent'])}",
        "",
        "[names]",
        f"connectors = {toml_list(sup['connectors'])}",
        "inflections = [" + ", ".join(toml_list(p) for p in sup.get("inflections", [])) + "]",
        "",
        "[currencies]",
        f"words = {toml_map(sup['currencies'], toml_str)}",
        "",
    ]
    return "\n".join(lines)


def main():
    out = sys.argv[2]
    for code in LANGUAGES:
        with open(f"{out}/{code}.toml", "w", encoding="utf-8") as f:
            f.write(lexicon(code))


if __name__ == "__main__":
    main()
