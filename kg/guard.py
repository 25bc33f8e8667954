"""Limits applied to untrusted RDF and SPARQL before any parser sees them.

The parsers under this tool have sharp edges on hostile input: pyoxigraph crashes the whole
process on JSON-LD nested a few thousand levels deep and on deeply nested SPARQL, and an RDF/XML
document can declare entities that expand a few hundred bytes into gigabytes. So: XML with a
DOCTYPE is refused (RDF never needs one), and nesting deeper than ``MAX_DEPTH`` (JSON-LD,
RDF/XML elements) or ``TURTLE_DEPTH`` (Turtle, TriG) is refused before parsing, with a one-line
reason. pyoxigraph's Turtle parser copes with any nesting, but a 200,000-level list then costs
SHACL validation minutes and gigabytes; RDF/XML parsing time grows with the square of the depth.
"""
from __future__ import annotations

import re

MAX_DEPTH = 256
TURTLE_DEPTH = 1024
OPENERS = {"[": "]", "{": "}", "(": ")"}


class Refused(Exception):
    """Input refused before parsing; the message is one line."""


IRI = re.compile(r'<[^<>"{}|^`\\\s]*>')
LONG_STRING = r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
SHORT_STRING = r'"(?:[^"\\\r\n]|\\.)*"|' r"'(?:[^'\\\r\n]|\\.)*'"
STRING = re.compile(LONG_STRING + "|" + SHORT_STRING)
# A comment ends at the first CR or LF, as in pyoxigraph's (and the W3C grammars') reading;
# rdflib's SPARQL parser ends it at LF only, so text is made to agree before either sees it.
COMMENT = re.compile(r"#[^\r\n]*")


TOKEN = re.compile(f"{LONG_STRING}|{SHORT_STRING}|{IRI.pattern}|{COMMENT.pattern}|[\\[\\](){{}}]")


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """The deepest bracket nesting outside strings, IRIs and comments (stops past ``limit``)."""
    depth = best = 0
    for m in TOKEN.finditer(text):
        ch = m.group()
        if len(ch) != 1:  # a string, an IRI or a comment
            continue
        if ch in OPENERS:
            depth += 1
            if depth > best:
                best = depth
                if best > limit:
                    return best
        elif ch in "]})":
            depth = max(0, depth - 1)
    return best


QUERY_TOKEN = re.compile(f"(?P<long>{LONG_STRING})|{SHORT_STRING}|{IRI.pattern}|(?P<comment>{COMMENT.pattern})")


def one_reading(text: str) -> str:
    """SPARQL text that every parser reads the same way: comments removed and no carriage
    return left (outside strings it becomes a line feed; inside a long string, the escape
    ``\\r``, which means the same). rdflib ends a comment at LF only, pyoxigraph at CR too, so
    ``# x<CR>SERVICE …`` was a comment to the read-only check and a call to the engine. The check
    and the engine are both given this text."""
    out, pos = [], 0
    for m in QUERY_TOKEN.finditer(text):
        out.append(text[pos:m.start()].replace("\r", "\n"))
        if m.group("comment") is not None:
            out.append(" ")
        elif m.group("long") is not None:
            out.append(m.group().replace("\r", "\\r"))
        else:
            out.append(m.group().replace("\r", "\n"))
        pos = m.end()
    out.append(text[pos:].replace("\r", "\n"))
    return "".join(out)


def check_nesting(text: str, what: str, limit: int = MAX_DEPTH) -> None:
    if nesting_depth(text, limit) > limit:
        raise Refused(f"{what} is nested more than {limit} levels deep; refused before parsing")


def check_json_nesting(data: bytes, what: str, limit: int = MAX_DEPTH) -> None:
    """JSON nesting ({ and [ outside strings): JSON has no IRIs or comments to skip."""
    depth = 0
    in_str = esc = False
    for b in data:
        if in_str:
            if esc:
                esc = False
            elif b == 0x5C:
                esc = True
            elif b == 0x22:
                in_str = False
        elif b == 0x22:
            in_str = True
        elif b in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                raise Refused(f"{what} is nested more than {limit} levels deep; refused before parsing")
        elif b in (0x5D, 0x7D):
            depth -= 1


SCHEMA_CONTEXTS = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/",
                   "https://schema.org/docs/jsonldcontext.json", "http://schema.org/docs/jsonldcontext.json"}


def local_contexts(doc, what: str):
    """A JSON-LD document whose remote contexts are replaced by local ones, or refused.

    Nothing is ever fetched. schema.org's context, which web pages name by URL, becomes its
    local equivalent for names (``{"@vocab": "https://schema.org/"}``); any other remote or
    ``file:`` context is refused with its URL, instead of failing somewhere inside a parser."""
    if isinstance(doc, list):
        return [local_contexts(d, what) for d in doc]
    if not isinstance(doc, dict):
        return doc
    out = {}
    for k, v in doc.items():
        if k in ("@context", "@import"):
            out[k] = _context(v, what)
        else:
            out[k] = local_contexts(v, what)
    return out


def _context(ctx, what: str):
    if isinstance(ctx, list):
        return [_context(c, what) for c in ctx]
    if isinstance(ctx, str):
        if ctx.rstrip("#") in SCHEMA_CONTEXTS:
            return {"@vocab": "https://schema.org/"}
        raise Refused(f"{what} names a remote JSON-LD context ({ctx[:120]}); remote contexts are never fetched")
    if isinstance(ctx, dict):
        return {k: (_context(v, what) if k == "@import" else local_contexts(v, what)) for k, v in ctx.items()}
    return ctx


def check_xml(data: bytes, what: str) -> None:
    head = data.lower()
    if b"<!doctype" in head or b"<!entity" in head:
        raise Refused(f"{what} declares a DOCTYPE or entities; refused (RDF/XML needs neither, and "
                      "entity expansion can exhaust memory)")


def check_xml_nesting(data: bytes, what: str, limit: int = MAX_DEPTH) -> None:
    """XML elements nested deeper than ``limit`` (expat counts them; a document expat cannot
    read is left to the RDF/XML parser to report)."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    depth = 0

    def start(*_args) -> None:
        nonlocal depth
        depth += 1
        if depth > limit:
            raise Refused(f"{what} has XML elements nested more than {limit} levels deep; refused before parsing")

    def end(*_args) -> None:
        nonlocal depth
        depth -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    try:
        parser.Parse(data, True)
    except expat.ExpatError:
        return
