"""A fast check of one graph against SHACL Core shapes, for the check every build runs on each
article (:func:`kg.validate.rejected_nodes`). pyshacl stays the reference: this module only says
*whether* the graph conforms, and where it finds violations (focus node, result path, source
shape), so that the conforming graphs — nearly all of them — need no pyshacl run; a graph it
finds a violation in is validated by pyshacl again, whose report and messages are the ones used.

It reads the shapes graph itself and implements the SHACL Core constraints the project's shapes
use (targets by class, subjects-of, objects-of and node; predicate, sequence, alternative and
inverse paths; class, datatype, nodeKind, min/maxCount, value ranges, min/maxLength, pattern, in,
hasValue, equals, disjoint, node, property, not, and, or, xone) with pyshacl's semantics
(``inference="none"``: classes are the data graph's ``rdf:type`` / ``rdfs:subClassOf``). A shapes
graph using anything else makes :class:`Checker` raise :class:`Unsupported` when it is built, and
the caller validates with pyshacl only. ``tests/test_shapecheck.py`` compares the two on valid
graphs and on a violation of each shape.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

import pyoxigraph as ox

SH = "http://www.w3.org/ns/shacl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = ox.NamedNode(RDF + "type")
SUBCLASS = ox.NamedNode(RDFS + "subClassOf")
FIRST, REST, NIL = ox.NamedNode(RDF + "first"), ox.NamedNode(RDF + "rest"), ox.NamedNode(RDF + "nil")
XSD_STRING, LANG_STRING = XSD + "string", RDF + "langString"

TARGETS = {"targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"}
# constraint parameters this module checks (each is one constraint of the shape)
CONSTRAINTS = {"class", "datatype", "nodeKind", "minCount", "maxCount", "minInclusive", "maxInclusive",
               "minExclusive", "maxExclusive", "minLength", "maxLength", "pattern", "in", "hasValue",
               "equals", "disjoint", "node", "property", "not", "and", "or", "xone"}
# sh: terms of a shape that constrain nothing (or are read with another parameter)
NON_VALIDATING = {"message", "name", "description", "order", "group", "defaultValue", "path", "flags",
                  "severity", "deactivated", "NodeShape", "PropertyShape"} | TARGETS
SHAPE_PARAMS = {"node", "property", "not"}
LIST_PARAMS = {"and", "or", "xone"}
MAX_DEPTH = 32
# the rest of SHACL Core: reached from a target, :meth:`Checker._shape` refuses what it does not check.
# Any other sh: term anywhere in the shapes graph (SHACL-SPARQL, custom constraint components with
# sh:parameter / sh:validator, SHACL-AF rules) makes the whole graph unsupported, since pyshacl
# applies such components to every shape, reachable from this module's compiled shapes or not.
CORE = CONSTRAINTS | NON_VALIDATING | {
    "alternativePath", "inversePath", "zeroOrMorePath", "oneOrMorePath", "zeroOrOnePath", "closed",
    "ignoredProperties", "qualifiedValueShape", "qualifiedMinCount", "qualifiedMaxCount",
    "qualifiedValueShapesDisjoint", "languageIn", "uniqueLang", "lessThan", "lessThanOrEquals",
    "Violation", "Warning", "Info", "IRI", "BlankNode", "Literal", "BlankNodeOrIRI", "BlankNodeOrLiteral",
    "IRIOrLiteral", "Shape"}


class Unsupported(Exception):
    """The shapes use a SHACL feature this module does not implement (validate with pyshacl)."""


class _Shape:
    __slots__ = ("node", "path", "checks")

    def __init__(self, node):
        self.node = node
        self.path = None  # None for a node shape
        self.checks: list[tuple[str, object]] = []


class Checker:
    """The shapes of ``shape_triples`` compiled once; :meth:`conforms` and :meth:`results` check
    a data graph given as triples or quads (graph names are ignored: the union is checked)."""

    def __init__(self, shape_triples: Iterable):
        self._out: dict = {}
        for t in shape_triples:
            for term in (t.predicate, t.object):
                if isinstance(term, ox.NamedNode) and term.value.startswith(SH) \
                        and term.value[len(SH):] not in CORE:
                    raise Unsupported(f"{t.subject}: {term} is not SHACL Core")
            self._out.setdefault(t.subject, {}).setdefault(t.predicate, []).append(t.object)
        self._shapes: dict = {}
        self.targets: list[tuple[_Shape, list[tuple[str, object]]]] = []
        for node, props in self._out.items():
            targets = [(p.value[len(SH):], o) for p, objs in props.items() if p.value.startswith(SH)
                       and p.value[len(SH):] in TARGETS for o in objs]
            if ox.NamedNode(SH + "target") in props:
                raise Unsupported(f"{node}: sh:target (SHACL-AF targets)")
            kinds = {o.value for o in props.get(TYPE, [])}
            if kinds & {RDFS + "Class", "http://www.w3.org/2002/07/owl#Class"} and \
                    kinds & {SH + "NodeShape", SH + "PropertyShape"}:
                raise Unsupported(f"{node}: implicit class target")
            if targets:
                self.targets.append((self._shape(node), targets))

    # ------------------------------------------------------------------ compiling the shapes

    def _one(self, node, name):
        vals = self._out.get(node, {}).get(ox.NamedNode(SH + name), [])
        if len(vals) > 1:
            raise Unsupported(f"{node}: more than one sh:{name}")
        return vals[0] if vals else None

    def _list(self, node) -> list:
        items = []
        while node != NIL:
            props = self._out.get(node, {})
            if len(props.get(FIRST, [])) != 1 or len(props.get(REST, [])) != 1:
                raise Unsupported(f"{node}: not a well-formed RDF list")
            items.append(props[FIRST][0])
            node = props[REST][0]
        return items

    def _path(self, node):
        if isinstance(node, ox.NamedNode):
            return node
        props = self._out.get(node, {})
        if FIRST in props:
            return ("seq", tuple(self._path(p) for p in self._list(node)))
        alt, inv = props.get(ox.NamedNode(SH + "alternativePath")), props.get(ox.NamedNode(SH + "inversePath"))
        if alt and len(props) == 1 and len(alt) == 1:
            return ("alt", tuple(self._path(p) for p in self._list(alt[0])))
        if inv and len(props) == 1 and len(inv) == 1:
            return ("inv", self._path(inv[0]))
        raise Unsupported(f"{node}: a property path this module does not implement")

    def _shape(self, node) -> _Shape:
        if node in self._shapes:
            return self._shapes[node]
        shape = self._shapes[node] = _Shape(node)
        props = self._out.get(node, {})
        for pred, objs in props.items():
            if not pred.value.startswith(SH):
                continue
            name = pred.value[len(SH):]
            if name == "severity" and any(o.value != SH + "Violation" for o in objs):
                raise Unsupported(f"{node}: a severity other than sh:Violation")
            if name == "deactivated" and any(o.value != "false" for o in objs):
                raise Unsupported(f"{node}: sh:deactivated")
            if name in NON_VALIDATING:
                continue
            if name not in CONSTRAINTS:
                raise Unsupported(f"{node}: sh:{name}")
            if name in ("minCount", "maxCount") and ox.NamedNode(SH + "path") not in props:
                raise Unsupported(f"{node}: sh:{name} on a node shape")
            if name == "pattern" and self._one(node, "flags") is not None:
                raise Unsupported(f"{node}: sh:flags")
            for o in objs:
                shape.checks.append((name, self._param(name, o)))
        path = self._one(node, "path")
        if path is not None:
            shape.path = self._path(path)
        return shape

    def _param(self, name, o):
        if name in SHAPE_PARAMS:
            return self._shape(o)
        if name in LIST_PARAMS:
            return [self._shape(s) for s in self._list(o)]
        if name == "in":
            return {_key(v) for v in self._list(o)}
        if name == "hasValue":
            return _key(o)
        if name in ("minCount", "maxCount", "minLength", "maxLength"):
            return int(o.value)
        if name == "pattern":
            return re.compile(o.value)
        if name in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
            if not isinstance(o, ox.Literal):
                raise Unsupported(f"sh:{name} {o}")
            return _rdflib(o)
        if name == "datatype" and (not isinstance(o, ox.NamedNode) or o.value in (RDFS + "Literal", RDFS + "Datatype")):
            raise Unsupported(f"sh:datatype {o}")
        if name == "nodeKind" and o.value not in NODE_KINDS:
            raise Unsupported(f"sh:nodeKind {o}")
        if name in ("class", "equals", "disjoint") and not isinstance(o, ox.NamedNode):
            raise Unsupported(f"sh:{name} {o}")
        return o

    # ------------------------------------------------------------------ checking a graph

    def conforms(self, triples: Iterable) -> bool:
        """Whether the graph conforms (no violation of any shape)."""
        return next(self._violations(_Graph(triples)), None) is None

    def results(self, triples: Iterable) -> set[tuple]:
        """Every violation as ``(focus node, result path, source shape)`` — the results pyshacl
        reports, without their values and messages (paths as :meth:`_path` writes them)."""
        return set(self._violations(_Graph(triples)))

    def _violations(self, g: "_Graph") -> Iterator[tuple]:
        for shape, targets in self.targets:
            focus: set = set()
            for kind, x in targets:
                if kind == "targetNode":
                    focus.add(x)
                elif kind == "targetClass":
                    focus.update(g.instances(x))
                elif kind == "targetSubjectsOf":
                    focus.update(s for s, ps in g.out.items() if x in ps)
                else:
                    focus.update(o for o, ps in g.inv.items() if x in ps)
            for f in focus:
                yield from self._check(g, shape, f, 0)

    def _check(self, g: "_Graph", shape: _Shape, f, depth: int) -> Iterator[tuple]:
        if depth > MAX_DEPTH:
            raise Unsupported("shapes nested deeper than this module follows (recursive shapes?)")
        values = [f] if shape.path is None else g.values(f, shape.path)
        for name, p in shape.checks:
            if name == "property":
                for v in values:
                    yield from self._check(g, p, v, depth + 1)
            elif not self._holds(g, name, p, f, values, depth):
                yield (f, shape.path, shape.node)

    def _conforms(self, g, shape, v, depth) -> bool:
        return next(self._check(g, shape, v, depth + 1), None) is None

    def _holds(self, g: "_Graph", name: str, p, f, values: list, depth: int) -> bool:
        if name == "minCount":
            return len(values) >= p
        if name == "maxCount":
            return len(values) <= p
        if name == "equals":
            return set(map(_key, values)) == set(map(_key, g.values(f, p)))
        if name == "disjoint":
            return not set(map(_key, values)) & set(map(_key, g.values(f, p)))
        if name == "hasValue":
            return p in {_key(v) for v in values}
        for v in values:
            if not self._value_ok(g, name, p, v, depth):
                return False
        return True

    def _value_ok(self, g: "_Graph", name: str, p, v, depth: int) -> bool:
        if name == "class":
            return not isinstance(v, ox.Literal) and g.is_instance(v, p)
        if name == "datatype":
            return _datatype_ok(v, p.value)
        if name == "nodeKind":
            return _kind(v) in NODE_KINDS[p.value]
        if name == "node":
            return self._conforms(g, p, v, depth)
        if name == "not":
            return not self._conforms(g, p, v, depth)
        if name == "and":
            return all(self._conforms(g, s, v, depth) for s in p)
        if name == "or":
            return any(self._conforms(g, s, v, depth) for s in p)
        if name == "xone":
            return sum(self._conforms(g, s, v, depth) for s in p) == 1
        if name == "in":
            return _key(v) in p
        if name in ("minLength", "maxLength", "pattern"):
            if isinstance(v, ox.BlankNode):
                return False
            s = _string(v)
            if name == "pattern":
                return p.search(s) is not None
            return len(s) >= p if name == "minLength" else len(s) <= p
        # value ranges: pyshacl's comparison of rdflib literals
        if not isinstance(v, ox.Literal):
            return False
        from pyshacl.rdfutil.compare import compare_literal

        lit = _rdflib(v)
        if isinstance(lit.value, str) != isinstance(p.value, str):
            return False
        try:
            cmp = compare_literal(lit, p)
        except (TypeError, NotImplementedError):
            return False
        return {"minInclusive": cmp >= 0, "maxInclusive": cmp <= 0,
                "minExclusive": cmp > 0, "maxExclusive": cmp < 0}[name]


class _Graph:
    """A data graph indexed both ways: subject → predicate → objects and object → predicate → subjects."""

    def __init__(self, triples: Iterable):
        self.out: dict = {}
        self.inv: dict = {}
        for t in triples:
            s, p, o = t.subject, t.predicate, t.object
            objs = self.out.setdefault(s, {}).setdefault(p, [])
            if o not in objs:
                objs.append(o)
                self.inv.setdefault(o, {}).setdefault(p, []).append(s)
        self._supers: dict = {}
        self._by_type: dict | None = None

    def values(self, node, path) -> list:
        if isinstance(path, ox.NamedNode):
            return self.out.get(node, {}).get(path, [])
        kind, arg = path
        if kind == "inv":
            return self._inverse(node, arg)
        if kind == "alt":
            return _unique(v for sub in arg for v in self.values(node, sub))
        nodes = [node]
        for step in arg:
            nodes = _unique(v for n in nodes for v in self.values(n, step))
        return nodes

    def _inverse(self, node, path) -> list:
        if isinstance(path, ox.NamedNode):
            return self.inv.get(node, {}).get(path, [])
        raise Unsupported("an inverse of a complex path")

    def superclasses(self, cls) -> set:
        """``cls`` and everything it is an rdfs:subClassOf, transitively, in the data graph."""
        if cls not in self._supers:
            seen, todo = {cls}, [cls]
            while todo:
                for sup in self.out.get(todo.pop(), {}).get(SUBCLASS, []):
                    if sup not in seen:
                        seen.add(sup)
                        todo.append(sup)
            self._supers[cls] = seen
        return self._supers[cls]

    def is_instance(self, node, cls) -> bool:
        return any(cls in self.superclasses(t) for t in self.out.get(node, {}).get(TYPE, []))

    def instances(self, cls) -> set:
        if self._by_type is None:
            self._by_type = {}
            for s, ps in self.out.items():
                for t in ps.get(TYPE, ()):
                    self._by_type.setdefault(t, []).append(s)
        return {s for t, subjects in self._by_type.items() if cls in self.superclasses(t) for s in subjects}


def _unique(it) -> list:
    return list(dict.fromkeys(it))


def _kind(v) -> str:
    return "IRI" if isinstance(v, ox.NamedNode) else "BlankNode" if isinstance(v, ox.BlankNode) else "Literal"


NODE_KINDS = {SH + "IRI": {"IRI"}, SH + "BlankNode": {"BlankNode"}, SH + "Literal": {"Literal"},
              SH + "BlankNodeOrIRI": {"BlankNode", "IRI"}, SH + "BlankNodeOrLiteral": {"BlankNode", "Literal"},
              SH + "IRIOrLiteral": {"IRI", "Literal"}}

_RDFLIB: dict = {}


def _rdflib(t):
    """The rdflib term pyshacl sees for ``t`` (as :func:`kg.validate.to_rdflib` makes it)."""
    if t not in _RDFLIB:
        from rdflib import BNode, Literal, URIRef

        if isinstance(t, ox.NamedNode):
            r = URIRef(t.value)
        elif isinstance(t, ox.BlankNode):
            r = BNode(t.value)
        elif t.language:
            r = Literal(t.value, lang=t.language)
        elif t.datatype.value == XSD_STRING:
            r = Literal(t.value)
        else:
            r = Literal(t.value, datatype=URIRef(t.datatype.value))
        if len(_RDFLIB) > 100_000:
            _RDFLIB.clear()
        _RDFLIB[t] = r
    return _RDFLIB[t]


def _plain(t) -> bool:
    return not isinstance(t, ox.Literal) or t.datatype.value in (XSD_STRING, LANG_STRING)


def _key(t):
    """What equality (sh:in, sh:hasValue) compares: the term, or for a typed literal the rdflib
    literal pyshacl compares (rdflib normalises lexical forms: "1"^^xsd:boolean is true)."""
    return t if _plain(t) else _rdflib(t)


def _string(v) -> str:
    """The string pyshacl matches patterns and lengths against."""
    return v.value if _plain(v) else str(_rdflib(v))


def _datatype_ok(v, dt: str) -> bool:
    """pyshacl's sh:datatype: the literal's datatype is ``dt`` and, for the datatypes it knows,
    the literal is well-typed."""
    if not isinstance(v, ox.Literal):
        return False
    if dt == XSD_STRING:
        return not v.language and v.datatype.value == XSD_STRING
    if dt == LANG_STRING:
        return bool(v.language)
    if v.language or v.datatype.value != dt:
        return False
    import datetime
    from decimal import Decimal

    lit = _rdflib(v)
    if getattr(lit, "ill_typed", None) is True:
        return False
    kinds = {XSD + "integer": int, XSD + "float": float, XSD + "decimal": Decimal, XSD + "boolean": bool,
             XSD + "date": datetime.date, XSD + "time": datetime.time, XSD + "dateTime": datetime.datetime}
    return dt not in kinds or isinstance(lit.value, kinds[dt])
