#!/usr/bin/env python3
"""Walks an archived feed (RFC 5005 section 4) the way a reader reconstructs it, and prints
what it saw as JSON: from the subscription feed along prev-archive links to the oldest archive
document.

Atom and RSS documents are read with feedparser (their entries and links; in RSS the atom:link
elements, RFC 5005 appendix B) and, for the fh: markers, which feedparser does not report,
with Python's ElementTree. JSON Feed is read with the json module: `next_url` (JSON Feed 1.1
pagination) and feedgen's `_rfc5005` extension object.

Usage: walk_archives.py SUBSCRIPTION_FILE BASE_URL BASE_FOLDER
  URLs below BASE_URL are read from the files below BASE_FOLDER.
Output: {"documents": [{"file", "bozo", "archive", "complete", "current", "prev_archive",
         "next_archive", "ids"}, ...]} in walk order, the subscription feed first.
"""
import json
import os
import sys
import xml.etree.ElementTree as ElementTree

HISTORY = "{http://purl.org/syndication/history/1.0}"
ATOM = "{http://www.w3.org/2005/Atom}"


def read_xml(path):
    import feedparser

    parsed = feedparser.parse(path)
    links = {}
    for link in parsed.feed.get("links", []):
        rel = link.get("rel")
        if rel in ("current", "prev-archive", "next-archive"):
            if rel in links:
                raise ValueError(f"{path}: two links rel={rel}")
            links[rel] = link.get("href")
    root = ElementTree.parse(path).getroot()
    container = root.find("channel") if root.tag == "rss" else root
    return {
        "bozo": bool(parsed.bozo),
        "archive": container.find(HISTORY + "archive") is not None,
        "complete": container.find(HISTORY + "complete") is not None,
        "current": links.get("current"),
        "prev_archive": links.get("prev-archive"),
        "next_archive": links.get("next-archive"),
        "ids": [entry.get("id") for entry in parsed.entries],
    }


def read_json(path):
    with open(path, "rb") as handle:
        document = json.loads(handle.read().decode("utf-8"))
    history = document.get("_rfc5005", {})
    if "next_url" in document and document["next_url"] != history.get("prev_archive"):
        raise ValueError(f"{path}: next_url and _rfc5005.prev_archive differ")
    return {
        "bozo": False,
        "archive": history.get("archive") is True,
        "complete": history.get("complete") is True,
        "current": history.get("current"),
        "prev_archive": history.get("prev_archive"),
        "next_archive": history.get("next_archive"),
        "ids": [item["id"] for item in document["items"]],
    }


def read(path):
    with open(path, "rb") as handle:
        start = handle.read(64).lstrip()
    return read_json(path) if start.startswith(b"{") else read_xml(path)


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: walk_archives.py SUBSCRIPTION_FILE BASE_URL BASE_FOLDER")
    path, base_url, base_folder = sys.argv[1:]
    documents = []
    seen = set()
    while path is not None:
        if path in seen:
            raise SystemExit(f"prev-archive links loop back to {path}")
        seen.add(path)
        document = read(path)
        document["file"] = os.path.relpath(path, base_folder)
        documents.append(document)
        link = document["prev_archive"]
        if link is None:
            path = None
        elif not link.startswith(base_url):
            raise SystemExit(f"prev-archive {link} is not below {base_url}")
        else:
            path = os.path.join(base_folder, link[len(base_url):])
    json.dump({"documents": documents}, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
