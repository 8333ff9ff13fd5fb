"""WordprocessingML fragments as strings: the body of a skeleton is built as text and parsed once.

Building through python-docx's object API cost ~100 ms a document; text plus one parse costs a few.
Every piece of text passes through `esc`, so user values can never inject markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...skeleton.xmltext import xml_text as esc

# Child order of the elements we add to (ECMA-376 Part 1, §17.3.1.26 pPr, §17.3.2.28 rPr, §17.15.1.78
# settings). Word rejects a child out of its sequence ("unreadable content"), LibreOffice does not.
PPR_ORDER = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct",
    "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind",
    "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
    "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)
RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
    "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern",
    "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
    "lang", "eastAsianLayout", "specVanish", "oMath",
)
SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
    "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection",
    "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
)
SETTINGS_ORDER = (
    "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
    "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
    "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts",
    "saveFormsData", "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors", "hideGrammaticalErrors",
    "activeWritingStyle", "proofState", "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
    "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions", "doNotTrackMoves",
    "doNotTrackFormatting", "documentProtection", "autoFormatOverride", "styleLockTheme", "styleLockQFSet",
    "defaultTabStop", "autoHyphenation", "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps",
    "showEnvelope", "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
    "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets", "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing", "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin", "drawingGridVerticalOrigin",
    "doNotShadeFormData", "noPunctuationKerning", "characterSpacingControl", "printTwoOnOne",
    "strictFirstAndLastChars", "noLineBreaksAfter", "noLineBreaksBefore", "savePreviewPicture",
    "doNotValidateAgainstSchema", "saveInvalidXml", "ignoreMixedContent", "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml", "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
    "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr", "compat",
    "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang", "clrSchemeMapping",
    "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade", "captions",
    "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags",
    "decimalSymbol", "listSeparator",
)


def insert_in_order(parent, child, order: tuple[str, ...]) -> None:
    """Put `child` where the schema's sequence `order` wants it among `parent`'s children: before the first
    child the sequence lists later. Children it does not list (w14/w15 extensions) close the sequence."""
    rank = {name: i for i, name in enumerate(order)}
    mine = rank[_local(child.tag)]
    for sibling in parent:
        if not isinstance(sibling.tag, str):  # comments and processing instructions keep their place
            continue
        if rank.get(_local(sibling.tag), len(order)) > mine:
            sibling.addprevious(child)
            return
    parent.append(child)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text_runs(text: str) -> str:
    """Text with tabs and line breaks as Word expects them."""
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<w:t xml:space="preserve">{esc(chunk)}</w:t>')
    return "".join(parts)


def run(text: str, *, style: str | None = None, bold: bool = False, italic: bool = False,
        color: str | None = None, size: float | None = None) -> str:
    props = []
    if style:
        props.append(f'<w:rStyle w:val="{style}"/>')
    if bold:
        props.append("<w:b/><w:bCs/>")
    if italic:
        props.append("<w:i/><w:iCs/>")
    if color:
        props.append(f'<w:color w:val="{color}"/>')
    if size:
        props.append(f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>')
    r_pr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f"<w:r>{r_pr}{_text_runs(text)}</w:r>"


def line_break() -> str:
    return "<w:r><w:br/></w:r>"


def paragraph(content: str = "", *, style: str | None = None, align: str | None = None,
              before: float | None = None, after: float | None = None, line_exact: float | None = None,
              indent_left_cm: float | None = None, keep_next: bool = False, page_break_before: bool = False,
              section: str = "") -> str:
    """One paragraph; `section` is a sectPr that ends a document section at this paragraph."""
    props = []
    if style:
        props.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        props.append("<w:keepNext/>")
    if page_break_before:
        props.append("<w:pageBreakBefore/>")
    if before is not None or after is not None or line_exact is not None:
        spacing = ""
        if before is not None:
            spacing += f' w:before="{int(before * 20)}"'
        if after is not None:
            spacing += f' w:after="{int(after * 20)}"'
        if line_exact is not None:
            spacing += f' w:line="{int(line_exact * 20)}" w:lineRule="atLeast"'
        props.append(f"<w:spacing{spacing}/>")
    if indent_left_cm is not None:
        props.append(f'<w:ind w:left="{cm(indent_left_cm)}"/>')
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    props.append(section)
    p_pr = f"<w:pPr>{''.join(props)}</w:pPr>" if any(props) else ""
    return f"<w:p>{p_pr}{content}</w:p>"


def page_break() -> str:
    return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def field(instruction: str, result: str = "") -> str:
    """A complex field (PAGE, SEQ…) marked dirty, so Word recomputes it on opening."""
    return field_begin(instruction) + (run(result) if result else "") + field_end()


def page_of_pages(word: str) -> str:
    """'Page 3 / 12' as runs, with live PAGE and NUMPAGES fields; `word` is 'Page' in the document's language."""
    return run(word + " ") + field("PAGE", "1") + run(" / ") + field("NUMPAGES", "1")


def field_begin(instruction: str) -> str:
    """The start of a field whose result follows, possibly over several paragraphs (a TOC)."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {esc(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )


def field_end() -> str:
    return '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def bookmark_start(bookmark_id: int, name: str) -> str:
    return f'<w:bookmarkStart w:id="{bookmark_id}" w:name="{esc(name)}"/>'


def bookmark_end(bookmark_id: int) -> str:
    return f'<w:bookmarkEnd w:id="{bookmark_id}"/>'



def cm(value: float) -> int:
    """Centimetres to twentieths of a point (twips), Word's unit for widths."""
    return round(value * 566.929)


@dataclass(frozen=True)
class Cell:
    content: str  # one or more paragraphs
    span: int = 1
    fill: str | None = None
    vmerge: str | None = None  # "restart" starts a vertical merge, "continue" extends it


def table(widths: list[int], rows: list[list[Cell]], *, style: str, header_rows: int = 1,
          heights: dict[int, float] | None = None) -> str:
    """A fixed-layout table; its first `header_rows` rows repeat on every page and read as headers."""
    heights = heights or {}
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        '<w:jc w:val="center"/><w:tblLayout w:type="fixed"/>'
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
    ]
    for r, cells in enumerate(rows):
        tr_pr = "<w:cantSplit/>"
        if r < header_rows:
            tr_pr += "<w:tblHeader/>"  # ST_OnOffOnly: "on"/"off" only, and absent means on
        if r in heights:
            tr_pr = f'<w:trHeight w:val="{cm(heights[r])}" w:hRule="atLeast"/>' + tr_pr
        out.append(f"<w:tr><w:trPr>{tr_pr}</w:trPr>")
        column = 0
        for cell in cells:
            width = sum(widths[column:column + cell.span])
            column += cell.span
            tc_pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
            if cell.span > 1:
                tc_pr += f'<w:gridSpan w:val="{cell.span}"/>'
            if cell.vmerge:
                tc_pr += f'<w:vMerge w:val="{cell.vmerge}"/>' if cell.vmerge == "restart" else "<w:vMerge/>"
            if cell.fill:
                tc_pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>'
            out.append(f"<w:tc><w:tcPr>{tc_pr}</w:tcPr>{cell.content or paragraph()}</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
