"""Akoma Ntoso 3.0: an issue as an ``officialGazette`` whose ``collectionBody`` holds one
component per document, with FRBR URIs (``/akn/cn-jingan/officialGazette/2026-02-28/1``).

Built from the export contract, so it serves parsed and stored issues alike. The outline
becomes nested ``hcontainer``s (heading, numbered item, paragraph), tables AKN tables,
footnotes ``authorialNote``s at their markers, glossary terms ``def`` with a ``TLCTerm``.

Characters XML 1.0 cannot hold (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF
and lone surrogates; a gazette's text can carry them from a broken PDF or web page) are dropped
from every text and attribute. Nothing is dropped silently: where any were, the gazette's
``meta`` gets a ``notes`` element with one ``note`` (``eId="gongbao_dropped_characters"``)
saying how many.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import Any

from lxml import etree

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
E = "{%s}" % NS  # noqa: UP031


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(
        parent, E + tag, {k.rstrip("_"): _clean(v) for k, v in attrs.items() if v}
    )
    if text:
        el.text = _clean(text)
    return el


#: what XML 1.0 cannot hold (its Char production), lone surrogates included
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: characters dropped so far by the export being built (one list per build)
_dropped: ContextVar[list[int] | None] = ContextVar("_dropped", default=None)


def _clean(text: str) -> str:
    """``text`` without what XML 1.0 cannot hold, counted for the export's note."""
    clean, n = NOT_XML.subn("", text)
    counter = _dropped.get()
    if n and counter is not None:
        counter[0] += n
    return clean


def _frbr(
    meta: etree._Element, work: str, date: str, number: str, country: str, author: str, name: str
) -> None:
    ident = _el(meta, "identification", source="#gongbao")
    w = _el(ident, "FRBRWork")
    _el(w, "FRBRthis", value=f"{work}/!main")
    _el(w, "FRBRuri", value=work)
    _el(w, "FRBRdate", date=date, name=name)
    _el(w, "FRBRauthor", href=f"#{author}")
    _el(w, "FRBRcountry", value=country)
    _el(w, "FRBRnumber", value=number)
    expr = f"{work}/zho@"
    x = _el(ident, "FRBRExpression")
    _el(x, "FRBRthis", value=f"{expr}/!main")
    _el(x, "FRBRuri", value=expr)
    _el(x, "FRBRdate", date=date, name=name)
    _el(x, "FRBRauthor", href=f"#{author}")
    _el(x, "FRBRlanguage", language="zho")
    m = _el(ident, "FRBRManifestation")
    _el(m, "FRBRthis", value=f"{expr}/!main.xml")
    _el(m, "FRBRuri", value=f"{expr}.akn")
    _el(m, "FRBRdate", date=date, name="Generation")
    _el(m, "FRBRauthor", href="#gongbao")


def _slug(text: str) -> str:
    from gongbao.pinyin import lazy_pinyin

    return re.sub(r"[^a-z0-9]+", "-", "".join(lazy_pinyin(text)).lower()).strip("-") or "x"


class _Builder:
    def __init__(self, contract: dict[str, Any]) -> None:
        self.c = contract
        issue = contract["issue"]
        self.country = "cn-" + (issue.get("id") or "gazette").rsplit("-", 2)[0]
        self.date = issue.get("published") or issue.get("period_end") or "1900-01-01"
        self.notes: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for n in contract.get("footnotes", []):
            self.notes.setdefault((n["document"], n.get("anchor") or ""), []).append(n)
        self.terms: dict[tuple[str, str], int] = {}
        for k, t in enumerate(contract.get("terms", []), start=1):
            if t.get("no") is not None:
                self.terms[(t["document"], t["source"]["block"])] = k

    def build(self) -> bytes:
        issue = self.c["issue"]
        root = etree.Element(E + "akomaNtoso", nsmap={None: NS})
        gazette = _el(root, "officialGazette", name="gazette")
        meta = _el(gazette, "meta")
        number = str(issue.get("number") or 1)
        work = f"/akn/{self.country}/officialGazette/{self.date}/{number}"
        _frbr(meta, work, self.date, number, self.country, "publisher", "Generation")
        refs = _el(meta, "references", source="#gongbao")
        _el(
            refs,
            "TLCOrganization",
            eId="publisher",
            href=f"/ontology/organization/{_slug(issue.get('publisher') or 'publisher')}",
            showAs=issue.get("publisher") or issue.get("gazette") or "publisher",
        )
        _el(
            refs,
            "TLCOrganization",
            eId="gongbao",
            href="/ontology/organization/gongbao",
            showAs="gongbao",
        )
        for k, t in enumerate(self.c.get("terms", []), start=1):
            if t.get("no") is not None:
                _el(
                    refs,
                    "TLCTerm",
                    eId=f"term_{k}",
                    href=f"/ontology/term/{_slug(t['term'])}",
                    showAs=t["term"],
                )
        preface = _el(gazette, "preface")
        p = _el(preface, "p")
        _el(
            p,
            "docTitle",
            _clean(
                f"{issue.get('gazette') or ''} {issue.get('year') or ''}年第"
                f"{issue.get('number') or ''}期"
            ),
        )
        body = _el(gazette, "collectionBody")
        for k, doc in enumerate(self.c["documents"], start=1):
            comp = _el(body, "component", eId=f"cmp_{k}")
            self._doc(comp, doc, k)
        dropped = (_dropped.get() or [0])[0]
        if dropped:  # meta ends with its references: the notes come right after them
            notes = _el(meta, "notes", source="#gongbao")
            _el(
                _el(notes, "note", eId="gongbao_dropped_characters"),
                "p",
                f"gongbao: {dropped} character(s) that XML 1.0 cannot hold (control characters, "
                "U+FFFE, U+FFFF, lone surrogates) were dropped from this file's text.",
            )
        return bytes(
            etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        )

    def _doc(self, comp: etree._Element, doc: dict[str, Any], k: int) -> None:
        el = _el(comp, "doc", name=doc["kind"])
        meta = _el(el, "meta")
        date = doc.get("date") or self.date
        work = f"/akn/{self.country}/doc/{date}/{doc['id']}"
        _frbr(
            meta,
            work,
            date,
            doc.get("doc_number") or doc["id"],
            self.country,
            "publisher",
            "Generation",
        )
        preface = _el(el, "preface")
        _el(_el(preface, "longTitle"), "p", _clean(doc["title"]))
        if doc.get("doc_number"):
            _el(_el(preface, "p"), "docNumber", doc["doc_number"])
        main = _el(el, "mainBody")
        for b in doc["body"]:
            self._block(main, b, doc["id"], f"cmp_{k}")
        if not len(main):
            _el(_el(main, "hcontainer", name="empty", eId=f"cmp_{k}__empty"), "content").append(
                etree.Element(E + "p")
            )

    def _block(self, parent: etree._Element, b: dict[str, Any], doc_id: str, prefix: str) -> None:
        eid = f"{prefix}__b_{b['path'].replace('.', '_')}"
        kind = {"heading": "heading", "list": "list", "table": "table"}.get(b["type"], "paragraph")
        hc = _el(parent, "hcontainer", name=kind, eId=eid)
        if b.get("num"):
            _el(hc, "num", _clean(b["num"]))
        if b["type"] == "heading":
            head = _el(hc, "heading")
            term = self.terms.get((doc_id, b["path"]))
            if term:
                _el(head, "def", _clean(b["text"]), refersTo=f"#term_{term}")
            else:
                self._text(head, b["text"], doc_id, b["path"])
        children = b.get("children", [])
        if b["type"] == "table":
            self._table(_el(hc, "content"), b)
        elif b["type"] == "paragraph" or (not children and b["type"] != "list"):
            # text before sub-containers is their intro; alone, it is the content
            wrapper = _el(hc, "intro" if children else "content")
            para = _el(wrapper, "p")
            self._text(para, b["text"] if b["type"] == "paragraph" else "", doc_id, b["path"])
        for child in children:
            self._block(hc, child, doc_id, prefix)
        if b["type"] == "list" and not children:
            _el(_el(hc, "content"), "p")

    def _text(self, p: etree._Element, text: str, doc_id: str, path: str) -> None:
        """The paragraph's text, with footnotes as authorialNote right after their marker."""
        notes = sorted(
            self.notes.get((doc_id, path), []),
            key=lambda n: (n["source"].get("span") or [len(text)])[1],
        )
        pos, last = 0, None
        for n in notes:
            end = (n["source"].get("span") or [len(text), len(text)])[1]
            chunk = _clean(text[pos:end])
            if last is None:
                p.text = (p.text or "") + chunk
            else:
                last.tail = (last.tail or "") + chunk
            last = _el(
                p,
                "authorialNote",
                marker=n.get("text_marker") or n["marker"],
                placement="bottom",
                eId=f"{doc_id.replace('-', '_')}__note_{n['marker']}_{end}",
            )
            _el(last, "p", _clean(n["text"]))
            pos = end
        rest = _clean(text[pos:])
        if last is None:
            p.text = (p.text or "") + rest
        else:
            last.tail = (last.tail or "") + rest

    def _table(self, content: etree._Element, b: dict[str, Any]) -> None:
        table = _el(content, "table")
        rows = ([b["columns"]] if b.get("columns") else []) + b.get("rows", [])
        for r, row in enumerate(rows):
            tr = _el(table, "tr")
            for cell in row or [""]:
                td = _el(tr, "th" if r == 0 and b.get("columns") else "td")
                for line in (cell or "").split("\n"):
                    _el(td, "p", _clean(line))
        if not rows:
            _el(_el(_el(table, "tr"), "td"), "p")


def issue_to_akn(contract: dict[str, Any]) -> bytes:
    """The issue (export contract) as Akoma Ntoso 3.0 XML."""
    token = _dropped.set([0])
    try:
        return _Builder(contract).build()
    finally:
        _dropped.reset(token)
