#!/usr/bin/env python3
"""Generates news-like stories and edited versions of them for bench/peers.sh, deterministically
(fixed seeds): English sentences from templates with people, countries, cities, organisations,
numbers, dates and quotations, in paragraphs; each other version drops, inserts, splits and
merges sentences, rewords a verb here and there, changes a number or swaps a country.

  gen_news.py scale DIR   # DIR/n{5000,10000,20000,50000}/v1.txt..: v1 the base, v2.. edited
                          # (10 versions for n=5000, 2 otherwise); DIR/n*/sentences: sentences
                          # per version, one a line (as generated: splits add, merges remove)
  gen_news.py batch DIR   # DIR/manifest.jsonl and DIR/stories/*/{a,b}.txt: 2,000 stories of
                          # 15-30 sentences, two versions each with 1-4 edits
  gen_news.py aliases DIR # the alias path: DIR/manifest.jsonl and DIR/stories/*/{a,b}.txt, 400
                          # stories as `batch` whose first sentence defines an acronym
                          # ("... the International Atomic Energy Agency (IAEA) ..."), and
                          # DIR/aliases.toml, 100 `same` groups of names ([aliases] file)
"""
import json
import os
import random
import sys

FIRST = ["Anna", "Pierre", "Maria", "John", "Fatima", "Kenji", "Olga", "Ahmed", "Lucia", "David",
         "Ingrid", "Samuel", "Mei", "Carlos", "Amara", "Tomasz", "Elena", "Hassan", "Sofia", "Raj"]
LAST = ["Keller", "Dubois", "Rossi", "Smith", "Haddad", "Tanaka", "Petrova", "Mansour", "Garcia",
        "Levin", "Larsen", "Okafor", "Chen", "Silva", "Nkosi", "Nowak", "Ivanova", "Karimi",
        "Moreau", "Patel", "Schmidt", "Novak", "Costa", "Berg"]
ROLES = ["the foreign minister", "the prime minister", "a government spokesman",
         "the head of the central bank", "the defence minister", "an opposition leader",
         "the health minister", "a senior diplomat", "the finance minister", "the mayor"]
COUNTRIES = ["France", "Germany", "Italy", "Spain", "Poland", "Japan", "China", "India", "Brazil",
             "Mexico", "Canada", "Egypt", "Kenya", "Nigeria", "Turkey", "Iran", "Ukraine",
             "Sweden", "Norway", "Greece", "Chile", "Peru", "Vietnam", "Indonesia", "Australia",
             "Argentina", "Morocco", "Pakistan", "Thailand", "Portugal"]
CITIES = ["Paris", "Berlin", "Rome", "Madrid", "Warsaw", "Tokyo", "Beijing", "Delhi", "Cairo",
          "Nairobi", "Lagos", "Ankara", "Kyiv", "Stockholm", "Athens", "Lima", "Hanoi", "Jakarta",
          "Sydney", "Lisbon", "Geneva", "Brussels", "Vienna", "Oslo"]
ORGS = ["the United Nations", "the World Bank", "the European Union", "the Red Cross",
        "the African Union", "the World Health Organization", "the International Monetary Fund",
        "Amnesty International", "the Security Council", "NATO"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Verb and its rewording in another version.
VERBS = [("said", "stated"), ("announced", "declared"), ("warned", "cautioned"),
         ("confirmed", "acknowledged"), ("reported", "noted"), ("insisted", "stressed")]
THINGS = ["the ceasefire", "the trade agreement", "the new budget", "the election results",
          "the flood relief plan", "the vaccination campaign", "the border talks",
          "the energy deal", "the reform package", "the peace negotiations", "the sanctions",
          "the rescue operation", "the climate targets", "the debt relief programme"]
QUOTES = ["We will not accept this", "The situation is under control",
          "Our priority is the safety of civilians", "This is a historic day for our people",
          "The talks will continue next week", "Nobody is above the law",
          "We need more help from our neighbours", "The figures speak for themselves"]
# Agencies a story may define by acronym: expansion (ACRONYM), then the acronym alone later.
AGENCIES = [("International Atomic Energy Agency", "IAEA"),
            ("World Food Programme", "WFP"),
            ("Organisation for Economic Co-operation and Development", "OECD"),
            ("International Committee of the Red Cross", "ICRC"),
            ("United Nations High Commissioner for Refugees", "UNHCR"),
            ("Food and Agriculture Organization", "FAO"),
            ("International Labour Organization", "ILO"),
            ("Comprehensive Nuclear-Test-Ban Treaty Organization", "CTBTO"),
            ("Zorvian Maritime Safety Authority", "ZMSA"),
            ("Borduria Election Monitoring Commission", "BEMC")]
# Two-clause sentences are joined with one of these, which a split turns into two sentences.
JOINS = [", and ", ", while ", ", but "]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, xs):
        return self.r.choice(xs)

    def person(self):
        return f"{self.pick(FIRST)} {self.pick(LAST)}"

    def num(self):
        r = self.r.random()
        if r < 0.4:
            return str(self.r.randint(2, 99))
        if r < 0.7:
            return f"{self.r.randint(100, 9999):,}"
        return f"{self.r.randint(2, 90)} million"

    def date(self):
        if self.r.random() < 0.5:
            return f"on {self.pick(DAYS)}"
        return f"on {self.r.randint(1, 28)} {self.pick(MONTHS)} {self.r.randint(1990, 2025)}"

    def clause(self):
        p, c, v = self.person(), self.pick(COUNTRIES), self.pick(VERBS)[0]
        t = self.r.randrange(10)
        if t == 0:
            return f"{p}, {self.pick(ROLES)} of {c}, {v} {self.date()} that {self.pick(THINGS)} would be signed in {self.pick(CITIES)}"
        if t == 1:
            return f"at least {self.num()} people were killed in {self.pick(CITIES)} {self.date()}, officials in {c} {v}"
        if t == 2:
            return f"{self.pick(ORGS)} {v} that {self.num()} families in {c} had lost their homes"
        if t == 3:
            return f"the government of {c} {v} {self.date()} that it would spend {self.num()} dollars on {self.pick(THINGS)}"
        if t == 4:
            return f"{p} {v} that {self.pick(THINGS)} had been delayed until {self.pick(MONTHS)}"
        if t == 5:
            return f"unemployment in {c} rose to {self.r.randint(3, 25)} per cent in {self.pick(MONTHS)}, {self.pick(ORGS)} {v}"
        if t == 6:
            return f"talks between {c} and {self.pick(COUNTRIES)} resumed in {self.pick(CITIES)} {self.date()}"
        if t == 7:
            return f"{self.num()} soldiers from {c} crossed the border near {self.pick(CITIES)} overnight"
        if t == 8:
            return f"{p} of {self.pick(ORGS)} met leaders from {c} to discuss {self.pick(THINGS)}"
        return f"prices of food in {self.pick(CITIES)} have doubled since {self.pick(MONTHS)} {self.r.randint(2000, 2025)}"

    def sentence(self):
        r = self.r.random()
        if r < 0.12:
            return f'"{self.pick(QUOTES)}," {self.person()} {self.pick(VERBS)[0]} {self.date()}.'
        if r < 0.35:
            return cap(self.clause()) + self.pick(JOINS) + self.clause() + "."
        return cap(self.clause()) + "."

    def edit(self, base, p_drop=0.02, p_ins=0.02, p_split=0.02, p_merge=0.02, p_num=0.01,
             p_country=0.01, p_verb=0.05):
        """An edited copy of a list of sentences."""
        out = []
        i = 0
        while i < len(base):
            s = base[i]
            if self.r.random() < p_ins:
                out.append(self.sentence())
            r = self.r.random()
            if r < p_drop:
                i += 1
                continue
            s = self.reword(s, p_num, p_country, p_verb)
            join = next((j for j in JOINS if j in s), None)
            if r < p_drop + p_split and join:
                a, b = s.split(join, 1)
                out += [a + ".", cap(b)]
            elif r < p_drop + p_split + p_merge and i + 1 < len(base) and not s.startswith('"'):
                nxt = self.reword(base[i + 1], p_num, p_country, p_verb)
                out.append(s[:-1] + "; " + nxt[0].lower() + nxt[1:])
                i += 1
            else:
                out.append(s)
            i += 1
        return out

    def reword(self, s, p_num, p_country, p_verb):
        if self.r.random() < p_verb:
            for a, b in VERBS:
                if f" {a} " in s:
                    s = s.replace(f" {a} ", f" {b} ", 1)
                    break
        if self.r.random() < p_num:
            words = s.split(" ")
            idx = [k for k, w in enumerate(words) if w[:1].isdigit()]
            if idx:
                k = self.pick(idx)
                tail = "".join(ch for ch in words[k] if not (ch.isdigit() or ch == ","))
                words[k] = str(self.r.randint(2, 999)) + tail
                s = " ".join(words)
        if self.r.random() < p_country:
            for c in COUNTRIES:
                if c in s:
                    s = s.replace(c, self.pick([x for x in COUNTRIES if x != c]), 1)
                    break
        return s


def cap(s):
    return s[0].upper() + s[1:]


def write(path, sentences, r):
    """Writes sentences as paragraphs of 2-6 sentences separated by blank lines."""
    paras, k = [], 0
    while k < len(sentences):
        n = r.randint(2, 6)
        paras.append(" ".join(sentences[k:k + n]))
        k += n
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paras) + "\n")


def scale(root):
    for n, versions in [(5000, 10), (10000, 2), (20000, 2), (50000, 2)]:
        d = os.path.join(root, f"n{n}")
        os.makedirs(d, exist_ok=True)
        g = Gen(n)
        base = [g.sentence() for _ in range(n)]
        counts = []
        for v in range(1, versions + 1):
            s = base if v == 1 else Gen(n * 100 + v).edit(base)
            write(os.path.join(d, f"v{v}.txt"), s, g.r)
            counts.append(len(s))
        with open(os.path.join(d, "sentences"), "w") as f:
            f.write("\n".join(map(str, counts)) + "\n")


def batch(root, stories=2000):
    os.makedirs(os.path.join(root, "stories"), exist_ok=True)
    g = Gen(7)
    with open(os.path.join(root, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for k in range(stories):
            base = [g.sentence() for _ in range(g.r.randint(15, 30))]
            # About 1-4 edits a story: the rates are per sentence.
            other = g.edit(base, 0.03, 0.03, 0.02, 0.02, 0.03, 0.03, 0.05)
            sid = f"s{k:04d}"
            os.makedirs(os.path.join(root, "stories", sid), exist_ok=True)
            paths = [f"stories/{sid}/a.txt", f"stories/{sid}/b.txt"]
            write(os.path.join(root, paths[0]), base, g.r)
            write(os.path.join(root, paths[1]), other, g.r)
            m.write(json.dumps({"id": sid, "versions": paths}) + "\n")


def aliases(root, stories=400, groups=100):
    """Stories that define an acronym (each run learns an alias), and a user alias file."""
    os.makedirs(os.path.join(root, "stories"), exist_ok=True)
    g = Gen(11)
    with open(os.path.join(root, "manifest.jsonl"), "w", encoding="utf-8") as m:
        for k in range(stories):
            name, acr = g.pick(AGENCIES)
            c = g.pick(COUNTRIES)
            base = [f"Inspectors of the {name} ({acr}) arrived in {c} {g.date()}."]
            base += [g.sentence() for _ in range(g.r.randint(15, 30))]
            base.append(f"The {acr} {g.pick(VERBS)[0]} that {g.num()} sites in {c} had been visited.")
            other = g.edit(base, 0.03, 0.03, 0.02, 0.02, 0.03, 0.03, 0.05)
            sid = f"d{k:04d}"
            os.makedirs(os.path.join(root, "stories", sid), exist_ok=True)
            paths = [f"stories/{sid}/a.txt", f"stories/{sid}/b.txt"]
            write(os.path.join(root, paths[0]), base, g.r)
            write(os.path.join(root, paths[1]), other, g.r)
            m.write(json.dumps({"id": sid, "versions": paths}) + "\n")
    # 100 groups: people with their initials and surname, and made-up bodies with acronyms.
    with open(os.path.join(root, "aliases.toml"), "w", encoding="utf-8") as f:
        f.write("# generated by bench/gen_news.py aliases: 100 groups\nsame = [\n")
        for k in range(groups):
            if k % 2 == 0:
                first, last = FIRST[k // 2 % len(FIRST)], LAST[k // 2 % len(LAST)]
                names = [f"{first} {last}", f"{first[0]}. {last}", f"Dr {last} {k}"]
            else:
                names = [f"Agency {k} for {g.pick(THINGS)[4:].title()}", f"AG{k:03d}"]
            f.write("  [" + ", ".join(json.dumps(n) for n in names) + "],\n")
        f.write("]\n")


if __name__ == "__main__":
    commands = {"scale": scale, "batch": batch, "aliases": aliases}
    if len(sys.argv) != 3 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2])
