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
# Languages written without spaces between words (zh, ja) or with particles written onto them
# (ko): their files say `unspaced = true` and carry the numeral characters of their numbers.
CJK = ["zh", "ja", "ko"]

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


# Hand-curated supplements of Chinese, Japanese and Korean: the currency nouns, the percent
# words and prefixes ("百分之五十" = 50 %), the ordinal prefix ("第三" is "third", no count), the
# words that join the ends of a range, and the Chinese numeral characters (num2words has no
# Chinese; CLDR's numbering systems give digits only, not the positional multipliers). Japanese
# numerals come from num2words; Korean writes numbers in digits (its Sino-Korean numerals in
# Hangul, 일 이 삼, are ordinary syllables too: "일" is also "day" and "work"), so none.
CJK_SUPPLEMENTS = {
    "zh": {
        # Traditional script too: scale characters of zh_Hant's CLDR compact formats.
        "also": ["zh_Hant"],
        "numerals": {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
                     "五": 5, "六": 6, "七": 7, "八": 8, "九": 9},
        "multipliers": {"十": 10, "百": 100, "千": 1000},
        "lone": ["一"],
        "percent": ["%", "％"],
        "percent_prefixes": ["百分之"],
        "ordinal_prefixes": ["第"],
        "range_to": ["至", "到", "~", "～", "-", "–"],
        "currencies": {"美元": "USD", "美金": "USD", "欧元": "EUR", "歐元": "EUR", "日元": "JPY",
                       "日圆": "JPY", "人民币": "CNY", "人民幣": "CNY", "元": "CNY",
                       "英镑": "GBP", "英鎊": "GBP", "韩元": "KRW", "韓元": "KRW",
                       "卢布": "RUB", "盧布": "RUB", "港元": "HKD", "港币": "HKD",
                       "澳元": "AUD", "加元": "CAD", "卢比": "INR"},
    },
    "ja": {
        "also": [],
        "numerals": {"〇": 0},
        "lone": ["一"],
        "percent": ["%", "％", "パーセント"],
        "percent_prefixes": [],
        "ordinal_prefixes": ["第"],
        "range_to": ["~", "～", "〜", "-", "–"],
        "currencies": {"円": "JPY", "ドル": "USD", "米ドル": "USD", "ユーロ": "EUR",
                       "ポンド": "GBP", "人民元": "CNY", "元": "CNY", "ウォン": "KRW",
                       "ルーブル": "RUB"},
    },
    "ko": {
        "also": [],
        "lone": [],
        "percent": ["%", "％", "퍼센트"],
        "percent_prefixes": [],
        "ordinal_prefixes": [],
        "range_to": ["~", "～", "-", "–"],
        "currencies": {"달러": "USD", "원": "KRW", "유로": "EUR", "엔": "JPY", "위안": "CNY",
                       "파운드": "GBP", "루블": "RUB"},
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


def power(v):
    return f"1e{len(str(v)) - 1}"


def cjk_lexicon(code):
    """Chinese, Japanese, Korean: names and symbols from CLDR, scale characters from its
    compact formats ("0万", "0억"), numeral characters from num2words or the supplement."""
    loc = Locale.parse(code)
    sup = CJK_SUPPLEMENTS[code]
    # Month names: the wide forms ("三月") and the abbreviated ones ("3月", "3월"), in every
    # context. Korean's stand-alone forms fall back to Han characters in CLDR: only Hangul kept.
    months = []
    for m in range(1, 13):
        forms = [loc.months[ctx][w][m] for w in ("wide", "abbreviated")
                 for ctx in ("format", "stand-alone")]
        if code == "ko":
            forms = [f for f in forms if not any("\u4e00" <= c <= "\u9fff" for c in f)]
        months.append(words(forms))
    # Weekdays: the wide forms ("星期一", "月曜日", "월요일") and abbreviations of two characters
    # or more ("周一"); one-character ones ("月", "월") are ordinary words.
    weekdays = []
    for d in range(7):
        forms = [loc.days[ctx]["wide"][d] for ctx in ("format", "stand-alone")]
        forms += [f for ctx in ("format", "stand-alone")
                  for f in [loc.days[ctx]["abbreviated"][d]] if len(f) >= 2]
        weekdays.append(words(forms))
    symbols = loc.number_symbols["latn"]
    scales = {}
    for c in [code] + sup["also"]:
        for k, v in compact(Locale.parse(c), "short").items():
            scales.setdefault(k, v)
    numerals, multipliers = dict(sup.get("numerals", {})), dict(sup.get("multipliers", {}))
    if code == "ja":
        for n in range(10):
            numerals.setdefault(num2words(n, lang="ja"), n)
        for n in (10, 100, 1000):
            multipliers.setdefault(num2words(n, lang="ja"), n)
    numerals = dict(sorted(numerals.items(), key=lambda kv: (kv[1], kv[0])))
    lines = [
        f"# {loc.english_name}: generated by scripts/gen-lexicon.py from CLDR (Babel 2.16.0) and",
        "# num2words 0.5.13, with the hand-curated supplements listed in that script. Do not edit:",
        "# change the script and run scripts/gen-lexicon.sh. Schema in docs/lexicon.md.",
        f"code = {toml_str(code)}",
        f"name = {toml_str(loc.english_name)}",
        "unspaced = true",
        "",
        "[calendar]",
        f"months = {toml_lists(months)}",
        f"weekdays = {toml_lists(weekdays)}",
        "",
        "[numbers]",
        f"scale_suffixes = {toml_map(scales, power)}",
        f"numerals = {toml_map(numerals)}",
        f"numeral_multipliers = {toml_map(multipliers, power)}",
        f"decimal = {toml_str(symbols['decimal'])}",
        f"group = {toml_list([symbols['group']])}",
        f"lone_pronouns = {toml_list(sup['lone'])}",
        f"percent = {toml_list(sup['percent'])}",
        f"percent_prefixes = {toml_list(sup['percent_prefixes'])}",
        f"ordinal_prefixes = {toml_list(sup['ordinal_prefixes'])}",
        f"range_to = {toml_list(sup['range_to'])}",
        "",
        "[currencies]",
        f"words = {toml_map(sup['currencies'], toml_str)}",
        "",
    ]
    # A section's empty tables and lists are left out (Korean has no numeral characters).
    return "\n".join(x for x in lines if not x.endswith(("= {  }", "= []")))


def main():
    out = sys.argv[2]
    for code in LANGUAGES:
        with open(f"{out}/{code}.toml", "w", encoding="utf-8") as f:
            f.write(lexicon(code))
    for code in CJK:
        with open(f"{out}/{code}.toml", "w", encoding="utf-8") as f:
            f.write(cjk_lexicon(code))


if __name__ == "__main__":
    main()
