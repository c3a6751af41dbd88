"""Write a network as one self-contained HTML file: vis-network (as bundled with pyvis) and the page's
own script and styles inline, the data as escaped JSON, a Content-Security-Policy that allows no
request to any network. pyvis's own template is not used: it loads bootstrap from a CDN and writes
node titles as HTML."""
from __future__ import annotations

import json
from datetime import date
from importlib import resources
from pathlib import Path

import networkx as nx

from .layout import positions

TYPES = {  # colour-blind-safe palette (Okabe-Ito and Tol), a distinct shape per type
    "Ministry": ("Ministerie", "#0072B2", "box"),
    "Government": ("Kabinet", "#D55E00", "star"),
    "Organisation": ("Organisatie", "#009E73", "ellipse"),
    "Person": ("Persoon", "#CC79A7", "dot"),
    "Law": ("Wet of regeling", "#E69F00", "diamond"),
    "Motion": ("Motie", "#882255", "triangle"),
    "Programme": ("Programma", "#56B4E9", "hexagon"),
    "ParliamentaryPaper": ("Kamerstuk", "#999933", "square"),
    "Commitment": ("Toezegging", "#F0E442", "dot"),
    "Request": ("Verzoek", "#44AA99", "triangleDown"),
    "Document": ("Document", "#BBBBBB", "square"),
}
STATUS_LABELS = {"Planned": "Gepland", "InProgress": "Loopt", "Done": "Afgerond", "Unknown": "Onbekend"}
NODE_FIELDS = ("type", "label", "quote", "status", "due", "dueText", "date", "documents", "ministry",
               "altLabels", "identifiers", "notation", "sources", "file", "overdue")


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def _template(name: str) -> str:
    return (resources.files("beleidsgraaf.exports") / "templates" / name).read_text(encoding="utf-8")


def script_json(value) -> str:
    """JSON that is safe inside a <script> element: no "<", ">" or "&" that could end it or start
    markup, and no line separators that old parsers choke on."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def page_data(g: nx.MultiDiGraph, as_of: date | None = None) -> dict:
    """The nodes (with positions and details) and edges of a view, through a pyvis Network."""
    from pyvis.network import Network
    pos = positions(g)
    net = Network(directed=True, cdn_resources="in_line")
    for n in sorted(g):
        d = g.nodes[n]
        label, colour, shape = TYPES.get(d["type"], (d["type"], "#999999", "dot"))
        x, y = pos.get(n, (0.0, 0.0))
        extra = {k: d[k] for k in NODE_FIELDS if k in d and d[k] not in (None, [], "")}
        extra.pop("label", None)
        net.add_node(n, label=str(d.get("label") or ""), shape=shape, color=colour, x=round(x, 1), y=round(y, 1),
                     physics=False, **extra)
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[2].get("label", ""), e[1])):
        net.add_edge(a, b, label=d.get("label", ""))
    nodes = [{k: v for k, v in node.items() if k not in ("color", "shape", "physics", "font")} for node in net.nodes]
    edges = [{"from": e["from"], "to": e["to"], "label": e.get("label", "")} for e in net.edges]
    return {"nodes": nodes, "edges": edges,
            "types": {t: {"label": lab, "color": c, "shape": s} for t, (lab, c, s) in TYPES.items()},
            "statuses": list(STATUS_LABELS), "statusLabels": STATUS_LABELS,
            "asOf": (as_of or date.today()).isoformat()}


def write_html(g: nx.MultiDiGraph, output: Path | str, title: str = "beleidsgraaf", subtitle: str = "",
               as_of: date | None = None) -> Path:
    from jinja2 import Environment
    env = Environment(autoescape=True)
    vis_js, vis_css = _vis_assets()
    page = env.from_string(_template("view.html")).render(
        title=title, subtitle=subtitle,
        data=_raw(script_json(page_data(g, as_of))), vis_js=_raw(_no_script_end(vis_js)),
        vis_css=_raw(vis_css), css=_raw(_template("view.css")), app_js=_raw(_template("view.js")))
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def _raw(s: str):
    from markupsafe import Markup
    return Markup(s)


def _no_script_end(js: str) -> str:
    return js.replace("</script", "<\\/script")
