#!/usr/bin/env python3
"""Reads one feed file with `reader` (PyPI: reader, lemon24's feed reader library) and
prints what it saw as JSON.

reader is a second independent reader beside feedparser (read_feed.py): it stores feeds
the way a reader application does (a database, entries keyed by id) and reads JSON Feed
with a parser of its own, while Atom and RSS go through feedparser with reader's own rules
on top (an entry needs an id or a link, a bozo feed is an error). The file is subscribed
to as a local feed (make_reader's feed_root="" allows paths on the file system); reader
chooses its parser from the file name's type (.xml: feedparser, .json: JSON Feed).

Usage: read_with_reader.py FILE...   (one process for several files: importing reader takes half a second)
Output: a JSON list, per FILE {"parser", "error", "warnings", "version", "feed": {...}, "entries": [...]},
entries newest first as reader sorts them ("recent"); dates ISO 8601 in UTC or null.
"""
import datetime
import json
import logging
import os
import sys
import warnings

import reader


def iso_utc(moment):
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError(f"reader gave a date without a time zone: {moment}")
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def authors(items):
    return [{"name": author.name, "href": author.href, "email": author.email} for author in items or ()]


def read(path):
    url = os.path.abspath(path)
    library = reader.make_reader(":memory:", feed_root="")
    library.add_feed(url)
    error = None
    try:
        library.update_feed(url)
    except reader.ReaderError as problem:
        error = f"{type(problem).__name__}: {problem}"
    feed = library.get_feed(url)
    if feed.last_exception is not None and error is None:
        error = f"{feed.last_exception.type_name}: {feed.last_exception.value_str}"
    entries = []
    for entry in library.get_entries(feed=url, sort="recent"):
        entries.append({
            "id": entry.id,
            "title": entry.title,
            "link": entry.link,
            "published": iso_utc(entry.published),
            "updated": iso_utc(entry.updated),
            "summary": entry.summary,
            "content": [{"type": item.type, "value": item.value} for item in entry.content],
            "authors": [author["name"] for author in authors(entry.authors)],
            "enclosures": [{"href": item.href, "type": item.type, "length": item.length} for item in entry.enclosures],
        })
    return {
        "parser": "reader " + reader.__version__,
        "error": error,
        "version": feed.version,
        "feed": {"title": feed.title, "link": feed.link, "subtitle": feed.subtitle, "authors": authors(feed.authors)},
        "entries": entries,
    }


class Recorder(logging.Handler):
    """What reader logs at warning level and above (a bozo feed, a skipped entry)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: read_with_reader.py FILE...")
    results = []
    for path in sys.argv[1:]:
        recorder = Recorder()
        logging.getLogger("reader").addHandler(recorder)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = read(path)
        logging.getLogger("reader").removeHandler(recorder)
        result["warnings"] = recorder.messages + [str(warning.message) for warning in caught]
        results.append(result)
    json.dump(results, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
