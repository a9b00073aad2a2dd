#!/usr/bin/env python3
"""Compares what a subscriber reads in two Atom feeds of the same site, entry by
entry: the reference (jekyll-feed's feed.xml, or Hugo's RSS) and feedgen's.

    compare_feeds.py REFERENCE FEEDGEN [--text]

Prints one JSON object: {"reference": n, "feedgen": n, "problems": [...]}, each
problem one line of text naming the entry. Checked for every reference entry:
the same id, link, published date and title; the same categories (terms, in
order, each once); the same author names when the reference names one (an entry of
feedgen's without one inherits the feed's, as RFC 4287 has it); at least as many images, each of
feedgen's absolute and the same resolved URLs; no `{%`, `{{` or `{:` left
outside code and math; as many math delimiters; and with --text the same visible text
and, against an Atom reference, summary (white space folded, line-number gutters and the TOC ignored; an
entry without a summary is read as feedparser reads it, its content).
Feed readers resolve jekyll-feed's relative URLs against xml:base, so the
reference's images are resolved the same way before comparing.
"""
import json
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin

import feedparser


class Reading(HTMLParser):
    """The images, visible text and template leftovers of an HTML fragment."""
    SKIP_CLASSES = {"lineno", "gutter", "rouge-gutter"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.images = []
        self.text = []
        self.code_depth = 0
        self.skip_depth = 0
        self.stack = []
        self.outside_code = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        skipping = bool(classes & self.SKIP_CLASSES)
        if tag not in ("img", "br", "hr", "source", "input", "meta", "link"):
            self.stack.append((tag, skipping))
            if skipping:
                self.skip_depth += 1
            if tag in ("code", "pre"):
                self.code_depth += 1
        if tag == "img" and attrs.get("src"):
            self.images.append(attrs["src"])

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, skipping = self.stack.pop()
            if skipping:
                self.skip_depth -= 1
            if open_tag in ("code", "pre"):
                self.code_depth -= 1
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.skip_depth:
            return
        self.text.append(data)
        if not self.code_depth:
            self.outside_code.append(data)


def read(html):
    reading = Reading()
    reading.feed(html or "")
    reading.close()
    return reading


def fold(text):
    return " ".join(text.split())


def content(entry):
    for part in entry.get("content", []):
        return part.get("value", ""), part.get("base") or entry.get("link", "")
    return entry.get("summary", ""), entry.get("link", "")


def terms(entry):
    seen = []
    for tag in entry.get("tags", []):
        if tag.get("term") not in seen:
            seen.append(tag.get("term"))
    return seen


def names(item):
    return [author.get("name", "") for author in item.get("authors", []) if author]


MATH = re.compile(r"\\\(|\\\[|\$\$")
# TeX, where `{:` is text (`\text{: x}`), as MathJax reads it.
MATH_SPAN = re.compile(r"\\\[.*?\\\]|\\\(.*?\\\)|\$\$.*?\$\$", re.S)
LEFTOVER = re.compile(r"\{%|\{\{|\{:")


def compare(reference_path, feedgen_path, with_text):
    reference = feedparser.parse(reference_path)
    ours = feedparser.parse(feedgen_path)
    problems = []
    by_id = {e.get("id"): e for e in ours.entries}
    for ref in reference.entries:
        ident = ref.get("id")
        name = ident or ref.get("link")
        mine = by_id.get(ident)
        if mine is None:
            problems.append(f"{name}: missing from feedgen's feed")
            continue
        for key in ("link", "title"):
            if ref.get(key) != mine.get(key):
                problems.append(f"{name}: {key} {mine.get(key)!r}, reference {ref.get(key)!r}")
        ref_terms, my_terms = terms(ref), terms(mine)
        if ref_terms != my_terms:
            problems.append(f"{name}: categories {my_terms}, reference {ref_terms}")
        ref_names = names(ref)
        my_names = names(mine) or names(ours.feed)
        if any(ref_names) and ref_names != my_names:
            problems.append(f"{name}: authors {my_names}, reference {ref_names}")
        if ref.get("published_parsed") != mine.get("published_parsed"):
            problems.append(f"{name}: published {mine.get('published')}, reference {ref.get('published')}")
        ref_html, ref_base = content(ref)
        my_html, _ = content(mine)
        ref_read, my_read = read(ref_html), read(my_html)
        ref_images = [urljoin(ref_base, src) for src in ref_read.images]
        if len(my_read.images) < len(ref_read.images):
            problems.append(f"{name}: {len(my_read.images)} images, reference {len(ref_read.images)}")
        for src in my_read.images:
            if not re.match(r"^https?://", src) and not src.startswith("data:"):
                problems.append(f"{name}: image {src!r} is not absolute")
        missing = [src for src in ref_images if src not in my_read.images]
        if missing:
            problems.append(f"{name}: images missing: {missing}")
        leftovers = LEFTOVER.findall(MATH_SPAN.sub("", "".join(my_read.outside_code)))
        if leftovers:
            problems.append(f"{name}: template code outside code: {sorted(set(leftovers))}")
        ref_math, my_math = len(MATH.findall(ref_html)), len(MATH.findall(my_html))
        if ref_math != my_math:
            problems.append(f"{name}: {my_math} math delimiters, reference {ref_math}")
        # An RSS template's description is often the whole post: summaries are compared in Atom.
        if with_text and reference.get("version", "").startswith("atom"):
            ref_summary, my_summary = fold("".join(read(ref.get("summary", "")).text)), fold("".join(read(mine.get("summary", "")).text))
            # An empty summary is no summary: readers show the content either way.
            if ref_summary and ref_summary != my_summary:
                problems.append(f"{name}: summary {my_summary[:70]!r}, reference {ref_summary[:70]!r}")
        if with_text:
            ref_text, my_text = fold("".join(ref_read.text)), fold("".join(my_read.text))
            if ref_text != my_text:
                at = next((i for i, (a, b) in enumerate(zip(ref_text, my_text)) if a != b), min(len(ref_text), len(my_text)))
                problems.append(f"{name}: text differs at {at}: feedgen {my_text[max(0, at - 30):at + 40]!r}, reference {ref_text[max(0, at - 30):at + 40]!r}")
    return {"reference": len(reference.entries), "feedgen": len(ours.entries), "problems": problems}


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    print(json.dumps(compare(args[0], args[1], "--text" in sys.argv), indent=1))
