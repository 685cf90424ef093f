#!/usr/bin/env python3
"""List the gazetteer's platforms, organizations and outlets that have few or no Arabic forms.

Arabic reporting names the same companies and apps as the English press, but in Arabic letters
(تيليجرام، ستاتس، ميغا); an entity listed only in Latin letters is missed there. This lists the
entities whose Arabic forms are fewer than --max (default 1: none at all), so a round can add
the forms the press uses.

usage: tools/gazetteer-arabic-gaps.py [--max N] [--types Platform,Organization,Outlet] [--count]
"""
import argparse
import json
import pathlib
import re
import sys

ARABIC = re.compile("[\u0600-\u06ff]")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=1, help="list entities with fewer Arabic forms than this")
    parser.add_argument("--types", default="Platform,Organization,Outlet")
    parser.add_argument("--count", action="store_true", help="print only the counts per type")
    parser.add_argument("--gazetteer", default=pathlib.Path(__file__).resolve().parent.parent / "import/gazetteer.json")
    args = parser.parse_args()
    types = set(args.types.split(","))
    entities = json.load(open(args.gazetteer, encoding="utf-8"))["entities"]
    counts = {}
    for entity in entities:
        if entity["type"] not in types:
            continue
        arabic = [name for name in entity["names"] if ARABIC.search(name)]
        if len(arabic) >= args.max:
            continue
        key = f"{entity['type']}/{entity.get('kind', '-')}"
        counts[key] = counts.get(key, 0) + 1
        if not args.count:
            print(f"{entity['id']}\t{key}\t{len(arabic)}\t{entity['name']}")
    total = sum(counts.values())
    summary = ", ".join(f"{key} {n}" for key, n in sorted(counts.items()))
    print(f"{total} entities with fewer than {args.max} Arabic forms: {summary}", file=sys.stderr)


if __name__ == "__main__":
    main()
