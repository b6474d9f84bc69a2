#!/usr/bin/env python3
"""Checks that a file is an Atom 1.0 feed with the elements RFC 4287 requires, then prints each
entry's id and title, tab-separated, one a line. Exits 1 naming what is missing."""
import sys
import xml.etree.ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"


def fail(message):
    print("not Atom: " + message)
    sys.exit(1)


def main(path):
    root = ET.parse(path).getroot()
    if root.tag != ATOM + "feed":
        fail("the root element is %s, not atom:feed" % root.tag)
    # RFC 4287 4.1.1: a feed has exactly one id, title and updated; an author unless every entry has one.
    for name in ("id", "title", "updated"):
        if len(root.findall(ATOM + name)) != 1:
            fail("the feed needs exactly one atom:%s" % name)
    entries = root.findall(ATOM + "entry")
    if not root.findall(ATOM + "author") and not all(e.findall(ATOM + "author") for e in entries):
        fail("the feed has no atom:author and an entry has none either")
    for entry in entries:
        for name in ("id", "title", "updated"):
            if len(entry.findall(ATOM + name)) != 1:
                fail("an entry needs exactly one atom:%s" % name)
        # 4.1.1.1: an entry without atom:content has a link rel="alternate".
        if not entry.findall(ATOM + "content"):
            links = [l for l in entry.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
            if not links or not all(l.get("href") for l in links):
                fail("an entry without content needs a link rel=alternate with an href")
        # 3.3: dates are RFC 3339 date-times.
        updated = entry.find(ATOM + "updated").text or ""
        if len(updated) < 20 or updated[10] != "T":
            fail("an entry's updated is not an RFC 3339 date-time: %r" % updated)
        print("%s\t%s" % (entry.find(ATOM + "id").text, entry.find(ATOM + "title").text))


if __name__ == "__main__":
    main(sys.argv[1])
