#!/usr/bin/env python3
"""Builds every sample site of a feedgen checkout with its binary, into temporary folders with a
fixed clock, and runs the W3C Feed Validation Service's code on every Atom and RSS file it
publishes, archive pages included. Strict mode: every error or warning printed is a failure,
and the exit status is 1. Not part of the suite: the validator is not on PyPI or Debian, and its
source is not in this repository (README, "Dependencies, and why", says how to assemble it);
FEEDVALIDATOR names the folder holding its `feedvalidator` package (default /tmp/feedvalidator).

usage: validate_sites.py REPO [FEEDGEN_BINARY] [--all]   (--all: every occurrence of each event)"""
import os, re, shutil, subprocess, sys, tempfile, json
sys.path.insert(0, os.environ.get('FEEDVALIDATOR', '/tmp/feedvalidator'))
import feedvalidator
from feedvalidator import compatibility

args = [a for a in sys.argv[1:] if not a.startswith('--')]
repo = os.path.abspath(args[0])
binary = args[1] if len(args) > 1 else os.path.join(repo, '.build/debug/feedgen')
FIRST = 0 if "--all" in sys.argv else 1
NOW = '2026-01-01T00:00:00Z'

def copy_site(sources, dest):
    for source in sources:
        src = os.path.join(repo, source)
        if source.startswith('sites/'):
            for name in os.listdir(src):
                if name in ('public', '_site'): continue
                s = os.path.join(src, name)
                (shutil.copytree if os.path.isdir(s) else shutil.copy2)(s, os.path.join(dest, name))
        elif os.path.isdir(src):
            shutil.copytree(src, os.path.join(dest, source))
        else:
            shutil.copy2(src, os.path.join(dest, source))

def main_with_archives(dest):
    # The top-level site with RFC 5005 archives and a hub: what the writers add there.
    path = os.path.join(dest, 'config.json')
    config = json.load(open(path))
    config.update({'archives': True, 'limit': 2, 'hubs': ['https://hub.example.org/']})
    json.dump(config, open(path, 'w'), indent=2)

SITES = [
    ('main', ['config.json', 'posts'], None),
    ('main+archives+hub', ['config.json', 'posts'], main_with_archives),
    ('jekyll-blog', ['sites/jekyll-blog'], None),
    ('hugo-sample', ['sites/hugo-sample'], None),
]

def self_url(data):
    m = re.search(rb'<(?:atom:)?link[^>]*rel="self"[^>]*>', data)
    if m:
        h = re.search(rb'href="([^"]*)"', m.group(0))
        if h: return h.group(1).decode()
    return ''

def describe(event):
    p = {k: v for k, v in event.params.items() if k not in ('backupline', 'backupcolumn', 'column', 'msgcount')}
    line = p.pop('line', '?')
    return f"line {line}: {type(event).__name__} {p}"

total = 0
for name, sources, tweak in SITES:
    with tempfile.TemporaryDirectory() as dest:
        copy_site(sources, dest)
        if tweak: tweak(dest)
        run = subprocess.run([binary, 'build', '--quiet', '--now', NOW], cwd=dest, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"{name}: feedgen build failed ({run.returncode}): {run.stderr}"); total += 1; continue
        files = []
        for root, dirs, names in os.walk(dest):
            rel = os.path.relpath(root, dest)
            if rel.split(os.sep)[0] not in ('feeds', '_site', 'public'): continue
            for n in names:
                if n.endswith('.xml'):
                    files.append(os.path.join(root, n))
        for path in sorted(files):
            data = open(path, 'rb').read()
            if not (b'<feed' in data[:600] or b'<rss' in data[:600]): continue
            result = feedvalidator.validateStream(open(path, 'rb'), firstOccurrenceOnly=FIRST, base=self_url(data))
            events = compatibility.AA(result['loggedEvents'])
            total += len(events)
            print(f"{name} {os.path.relpath(path, dest)}: {len(events)} {'event' if len(events) == 1 else 'events'}")
            for e in events: print('   ', describe(e))
print(f"total: {total}")
sys.exit(1 if total else 0)
