"""The article node and the provenance of its extraction (one activity, the software agent)."""
from __future__ import annotations

from pyoxigraph import Literal

from .. import __version__
from ..layout import page_key_literal
from ..read import Document
from ..records import ArticleRecord
from ..vocab import A, KG, PROV, RDFS, SCHEMA, XSD
from .graph import ArticleGraph


def write_article(g: ArticleGraph, doc: Document) -> None:
    art = g.article
    g.add(art, A, KG.Article)
    g.add(art, A, SCHEMA.NewsArticle)
    g.add(art, SCHEMA.headline, Literal(doc.headline or doc.identifier))
    g.add(art, SCHEMA.identifier, Literal(doc.identifier))
    g.add(art, KG.contentHash, Literal(doc.content_hash))
    # the text as read, which every #char=START,END of this article counts into (code points)
    g.add(art, SCHEMA.articleBody, Literal(doc.text))
    g.add(art, KG.sourceFormat, Literal(doc.fmt))
    if doc.published:
        g.add(art, SCHEMA.datePublished, Literal(doc.published.isoformat(), datatype=XSD.date))
    # the order of listing pages: date, then a number from the IRI (kg.layout.page_key)
    g.add(art, KG.pageKey, page_key_literal(art.value, doc.published.isoformat() if doc.published else None))
    if doc.url:
        g.add(art, SCHEMA.url, Literal(str(doc.url)))


def write_provenance(g: ArticleGraph, rec: ArticleRecord) -> None:
    """One activity per article, with the tool version and the model it was built with."""
    act, agent = g.activity, g.agent
    g.add(act, A, PROV.Activity)
    g.add(act, A, KG.ExtractionActivity)
    g.add(act, PROV.used, g.article)
    g.add(act, PROV.wasAssociatedWith, agent)
    g.add(act, KG.model, Literal(rec.model))
    if rec.rules:
        g.add(act, KG.rulesVersion, Literal(rec.rules))
    g.add(agent, A, PROV.SoftwareAgent)
    g.add(agent, A, SCHEMA.SoftwareApplication)
    g.add(agent, RDFS.label, Literal("newskg"))
    g.add(agent, SCHEMA.softwareVersion, Literal(__version__))
