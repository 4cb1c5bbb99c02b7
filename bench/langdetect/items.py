"""Language-detection items for bench/langdetect: the dev data in, JSON Lines
{"lang", "kind": "doc"|"sentence", "text"} out (standard output), duplicates dropped.

Documents: each side of every translations-dev pair (segments joined by a blank line) and the
four Text+Berg files; sentences: their segments / lines. Usage: python3 items.py DATA_DIR
where DATA_DIR holds translations-dev/ and textberg-dev/ (../shared/data from the repo root).
"""
import json
import sys

data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
seen = set()


def emit(lang, kind, text):
    if not text.strip() or (lang, kind, text) in seen:
        return
    seen.add((lang, kind, text))
    print(json.dumps({"lang": lang, "kind": kind, "text": text}, ensure_ascii=False))


with open(f"{data}/translations-dev/pairs.jsonl", encoding="utf-8") as f:
    for line in f:
        pair = json.loads(line)
        src_lang, tgt_lang = pair["pair"].split("-")
        for lang, segments in ((src_lang, pair["src"]), (tgt_lang, pair["tgt"])):
            emit(lang, "doc", "\n\n".join(segments))
            for s in segments:
                emit(lang, "sentence", s)
for name, lang in (("de.txt", "de"), ("fr.txt", "fr"), ("de.mt-google.txt", "de"), ("fr.mt-google.txt", "fr")):
    with open(f"{data}/textberg-dev/{name}", encoding="utf-8") as f:
        lines = f.read().split("\n")
    emit(lang, "doc", "\n".join(lines))
    for s in lines:
        emit(lang, "sentence", s)
