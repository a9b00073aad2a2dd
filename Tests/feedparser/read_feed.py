#!/usr/bin/env python3
"""Reads one feed file the way a feed reader would and prints what it saw as JSON.

Atom and RSS go through Python's feedparser, the library behind many readers and
tools. Released feedparser (6.0.x) does not read JSON Feed, so a JSON file is read
with Python's json module and mapped to the same keys by the JSON Feed 1.1 spec
(date_published -> published, date_modified -> updated, content_html -> content,
authors[].name, tags, attachments -> enclosures, image -> media thumbnail).

Usage: read_feed.py FILE
Output: {"parser", "bozo", "bozo_exception", "version", "feed": {"title"}, "entries": [...]}
Dates are ISO 8601 in UTC (YYYY-MM-DDTHH:MM:SSZ) or null.
"""
import calendar
import datetime
import json
import sys


def iso_utc(parsed):
    """A time.struct_time in UTC (what feedparser gives) as ISO 8601."""
    if parsed is None:
        return None
    return datetime.datetime.fromtimestamp(calendar.timegm(parsed), tz=datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_utc_from_rfc3339(text):
    if text is None:
        return None
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"date without an offset: {text}")
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_xml(path):
    import feedparser

    parsed = feedparser.parse(path)
    entries = []
    for entry in parsed.entries:
        # dict.get, not entry.get: feedparser 6 would answer `updated` with
        # `published` when a feed has no updated date (RSS items have none).
        entries.append({
            "title": entry.get("title"),
            "link": entry.get("link"),
            "id": entry.get("id"),
            "published": iso_utc(dict.get(entry, "published_parsed")),
            "updated": iso_utc(dict.get(entry, "updated_parsed")),
            "summary": entry.get("summary"),
            "content": [item.get("value") for item in entry.get("content", [])],
            "authors": [author.get("name") for author in entry.get("authors", [])],
            "tags": [tag.get("term") for tag in entry.get("tags", [])],
            "enclosures": [
                {"href": item.get("href"), "type": item.get("type"), "length": item.get("length")}
                for item in entry.get("enclosures", [])
            ],
            "media_thumbnail": [item.get("url") for item in entry.get("media_thumbnail", [])],
        })
    exception = parsed.get("bozo_exception")
    return {
        "parser": "feedparser " + feedparser.__version__,
        "bozo": bool(parsed.bozo),
        "bozo_exception": None if exception is None else str(exception),
        "version": parsed.get("version"),
        "feed": {"title": parsed.feed.get("title")},
        "entries": entries,
    }


def read_json_feed(path):
    result = {"parser": "json (JSON Feed 1.1)", "bozo": False, "bozo_exception": None, "version": None,
              "feed": {"title": None}, "entries": []}
    try:
        with open(path, "rb") as handle:
            document = json.loads(handle.read().decode("utf-8"))
        version = document.get("version", "")
        if not version.startswith("https://jsonfeed.org/version/"):
            raise ValueError(f"not a JSON Feed version: {version!r}")
        if not isinstance(document.get("title"), str) or not isinstance(document.get("items"), list):
            raise ValueError("a JSON Feed needs a title and an items list")
        result["version"] = "json" + version.rsplit("/", 1)[-1].replace(".", "")
        result["feed"]["title"] = document["title"]
        for item in document["items"]:
            if not isinstance(item.get("id"), str):
                raise ValueError("every item needs a string id")
            if "content_html" not in item and "content_text" not in item:
                raise ValueError(f"item {item['id']} has neither content_html nor content_text")
            image = item.get("image")
            result["entries"].append({
                "title": item.get("title"),
                "link": item.get("url"),
                "id": item["id"],
                "published": iso_utc_from_rfc3339(item.get("date_published")),
                "updated": iso_utc_from_rfc3339(item.get("date_modified")),
                "summary": item.get("summary"),
                "content": [item[key] for key in ("content_html", "content_text") if key in item],
                "authors": [author.get("name") for author in item.get("authors", [])],
                "tags": list(item.get("tags", [])),
                "enclosures": [
                    {"href": attachment.get("url"), "type": attachment.get("mime_type"),
                     "length": None if attachment.get("size_in_bytes") is None else str(attachment["size_in_bytes"])}
                    for attachment in item.get("attachments", [])
                ],
                "media_thumbnail": [] if image is None else [image],
            })
    except (ValueError, KeyError, AttributeError, TypeError, UnicodeDecodeError) as error:
        result["bozo"] = True
        result["bozo_exception"] = str(error)
    return result


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: read_feed.py FILE")
    path = sys.argv[1]
    with open(path, "rb") as handle:
        start = handle.read(64).lstrip()
    result = read_json_feed(path) if start.startswith(b"{") else read_xml(path)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
