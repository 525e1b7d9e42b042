"""A write-only worksheet that takes rows of plain values with a style per column.

:class:`Sheet` sets a sheet up for reading and printing (column widths, landscape A4 fitted to
the width, repeated header rows, footer) and appends rows: every string is cleaned
(:mod:`.text`), a string that could be read as a formula or an error value is written as a
string with the quote prefix, and each row is as tall as its longest wrapped text needs.

Rows reach openpyxl's write-only stream as finished XML (``_xml_row``): openpyxl's per-cell
path (a ``Cell``, then an ElementTree element serialised by et_xmlfile) is most of the cost of
a large sheet. This relies on openpyxl 3.1's write-only internals (``_values_to_row``,
``WorksheetWriter.write_row``) and et_xmlfile's writer (``_file``); with lxml installed openpyxl
writes through lxml instead, and the sheet builds openpyxl cells (the same output, slower).
``tests/test_report_text.py`` checks that both paths give the same workbook.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from openpyxl import LXML, Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from facilitator_app.report.text import clean_for_excel, is_dangerous, split_for_print

BLUE = "000091"
FONT = "Calibri"  # the default font of Excel and openpyxl, named so every style uses it
# Wrapped lines a row holds at most: a longer text continues on the next rows, so that a page
# is never left mostly blank by a row too tall for what remains of it (nor a row cut at
# Excel's 409 points). 12 lines are about 6 cm: at most a third of a landscape A4 page.
ROW_LINES = 12
SECTION_HEIGHT = 21.0  # points: a section title's accents clear the band's thick top border


class Styles:
    """Cell styles registered once in the workbook; cells share the registered arrays."""

    def __init__(self, wb: Workbook) -> None:
        ws = wb.create_sheet("__styles__")
        thin = Side(style="thin", color="B0B0B0")
        top = Alignment(vertical="top")
        wrap = Alignment(vertical="top", wrap_text=True)

        def make(font=None, fill=None, alignment=None, border=None, number_format=None,
                 quote=False) -> StyleArray:
            cell = Cell(ws)
            if font:
                cell.font = font
            if fill:
                cell.fill = fill
            if alignment:
                cell.alignment = alignment
            if border:
                cell.border = border
            if number_format:
                cell.number_format = number_format
            if quote:
                cell.quotePrefix = True
            return cell._style

        self.title = make(Font(name=FONT, bold=True, size=15, color=BLUE), alignment=Alignment(
            vertical="top", wrap_text=True))
        self.meta = make(Font(name=FONT, color="404040"), alignment=wrap)
        self.section = make(Font(name=FONT, bold=True, size=12, color=BLUE),
                            PatternFill("solid", fgColor="E3E7F7"),
                            Alignment(vertical="bottom", wrap_text=True),
                            Border(top=Side(style="medium", color=BLUE)))
        self.section_fill = make(fill=PatternFill("solid", fgColor="E3E7F7"),
                                 border=Border(top=Side(style="medium", color=BLUE)))
        self.header = make(Font(name=FONT, bold=True), PatternFill("solid", fgColor="EDEDED"), wrap,
                           Border(bottom=thin))
        self.table_header = make(Font(name=FONT, bold=True), alignment=wrap)
        self.header_number = make(Font(name=FONT, bold=True),
                                  PatternFill("solid", fgColor="EDEDED"),
                                  Alignment(vertical="top", horizontal="right", wrap_text=True),
                                  Border(bottom=thin))
        self.line = make(Font(name=FONT, color="404040"))
        self.top = make(alignment=top)
        # A text column right of a column of numbers, set off from the numbers' right edge.
        self.header_apart = make(Font(name=FONT, bold=True),
                                 PatternFill("solid", fgColor="EDEDED"),
                                 Alignment(horizontal="left", vertical="top", wrap_text=True,
                                           indent=1),
                                 Border(bottom=thin))
        self.top_apart = make(alignment=Alignment(horizontal="left", vertical="top", indent=1))
        self.number = make(alignment=Alignment(vertical="top", horizontal="center"))
        self.wrap = make(alignment=wrap)
        self.starred = make(Font(name=FONT, bold=True), alignment=wrap)
        self.star = make(Font(name=FONT, bold=True, color="B34000"), alignment=Alignment(
            vertical="top", horizontal="center"))
        self.empty = make(Font(name=FONT, italic=True, color="707070"), alignment=top)
        self.total = make(Font(name=FONT, bold=True), border=Border(top=thin), alignment=top)
        self.datetime = make(alignment=top, number_format="yyyy-mm-dd hh:mm")
        self.date = make(alignment=top, number_format="yyyy-mm-dd")
        self.note = make(Font(name=FONT, italic=True, color="B34000"), alignment=wrap)
        # Styles that wrap: characters per unit of column width, and points per line.
        self.wrapping: dict[int, tuple[float, float]] = {
            id(self.title): (0.85, 20.0), id(self.meta): (1.2, 15.0),
            id(self.section): (1.0, 16.5), id(self.header): (1.1, 15.0),
            id(self.header_number): (1.1, 15.0), id(self.header_apart): (1.1, 15.0),
            id(self.table_header): (1.1, 15.0), id(self.wrap): (1.2, 15.0),
            id(self.starred): (1.1, 15.0), id(self.note): (1.15, 15.0)}
        # The quoted twin of each style used for text: same look, text kept as text on edit.
        self.quoted: dict[int, StyleArray] = {}
        for name in ("title", "meta", "section", "header", "header_number", "table_header",
                     "top", "wrap", "starred", "empty", "total", "note", "line", "number",
                     "header_apart", "top_apart"):
            base = getattr(self, name)
            twin = StyleArray(base)
            twin.quotePrefix = 1
            self.quoted[id(base)] = twin
            if id(base) in self.wrapping:
                self.wrapping[id(twin)] = self.wrapping[id(base)]
        self.quoted[id(None)] = make(quote=True)
        # Each style's index in the workbook's cell formats (the ``s`` of a cell).
        self.ids: dict[int, int] = {}
        for value in list(vars(self).values()) + list(self.quoted.values()):
            if isinstance(value, StyleArray):
                self.ids[id(value)] = wb._cell_styles.add(value)
        wb.remove(ws)

    def quote(self, style: StyleArray | None) -> StyleArray:
        """The twin of ``style`` with Excel's quote prefix (text stays text when edited)."""
        return self.quoted.get(id(style)) or self.quoted[id(None)]


_LETTERS = [get_column_letter(i) for i in range(1, 64)]


def _write_xml_row(xf: Any, row: Sequence[str], row_idx: int) -> None:
    """Replacement for the write-only sheet's ``write_row``: the row is already XML. ``xf`` is
    et_xmlfile's incremental writer (openpyxl without lxml); ``_file`` writes text as is."""
    xf._file(row[0])


def _line_count(text: str, per_line: int) -> int:
    """Lines ``text`` takes when wrapped at about ``per_line`` characters (an estimate)."""
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(1, -(-len(p) // per_line)) for p in text.split("\n"))


def _string(ws: Any, text: str, style: StyleArray | None) -> Cell:
    """A cell that is a string whatever ``text`` starts with (``text`` already cleaned)."""
    cell = Cell(ws)
    cell._value = text
    cell.data_type = "s"
    if style is not None:
        cell._style = style
    return cell


def _row_cells(ws: Any):
    """Replacement for the write-only sheet's ``_values_to_row`` (openpyxl 3.1): our rows hold
    ready cells, cleaned strings and numbers. openpyxl's own version finds a ready cell only by
    failing to convert it (an exception per styled cell) and re-checks every string."""
    scratch = Cell(ws)

    def values_to_row(values: Sequence[Any], row_idx: int):
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            kind = value.__class__
            if kind is Cell:
                cell = value
            elif kind is str:  # already cleaned and not dangerous (see _Sheet.text)
                cell = scratch
                cell._value = value
                cell.data_type = "s"
            elif kind is int or kind is float:
                cell = scratch
                cell._value = value
                cell.data_type = "n"
            else:
                cell = Cell(ws, value=value)
            cell.row = row_idx
            cell.column = col_idx
            yield cell

    return values_to_row


class Sheet:
    """A write-only worksheet with column widths, print setup and a row counter."""

    def __init__(self, writer: Any, title: str, widths: Sequence[float], *,
                 title_rows: str | None = None, freeze: str | None = None,
                 hidden: Sequence[int] = (), printed: int | None = None) -> None:
        self.writer, self.styles = writer, writer.styles
        self.ws = ws = writer.wb.create_sheet(title)
        writer._sheets.append(self)
        self.columns = len(widths)
        self.widths = list(widths)
        for i, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(i)].width = width
            if i - 1 in hidden:
                ws.column_dimensions[get_column_letter(i)].hidden = True
        self.printed = printed
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        ws.page_margins.left = ws.page_margins.right = 0.4
        ws.page_margins.top = 0.6
        ws.page_margins.bottom = 0.75  # room under the footer's text for its descenders
        ws.page_margins.footer = 0.3
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = "&P / &N"
        if title_rows:
            ws.print_title_rows = title_rows
        if freeze:
            ws.freeze_panes = freeze
        self.rows = 0
        self.fast = not LXML
        if self.fast:
            # Rows arrive as finished XML (see _xml_row); the sheet's top (views, columns) is
            # written now that it is set up.
            ws._get_writer()
            ws._values_to_row = lambda values, row_idx: values
            ws._writer.write_row = _write_xml_row
        else:
            ws._values_to_row = _row_cells(ws)

    def set_print_area(self) -> None:
        """Once every row is written: print only the first ``printed`` columns (what a reader
        needs), so that fitting them to the page's width keeps the type readable."""
        if self.printed is not None:
            self.ws.print_area = f"A1:{get_column_letter(self.printed)}{max(1, self.rows)}"

    def text(self, value: str, style: StyleArray | None = None) -> Cell | str:
        """A cell for ``value``, cleaned; a plain value when no style or protection is needed."""
        value = clean_for_excel(value)
        if is_dangerous(value):
            return _string(self.ws, value, self.styles.quote(style))
        if style is None:
            return value
        return _string(self.ws, value, style)

    def cell(self, value: Any, style: StyleArray | None) -> Any:
        """A styled cell for a number, date or None (strings go through :meth:`text`)."""
        if value is None or style is None:
            return value
        if isinstance(value, str):
            return self.text(value, style)
        cell = Cell(self.ws)
        cell._value = value
        cell.data_type = "d" if isinstance(value, date | datetime) else "n"
        cell._style = style
        return cell

    def append(self, values: Sequence[Any], height: float | None = None) -> None:
        self.rows += 1
        if height is None:
            self.ws.append(list(values))
            return
        # A row height, given the way write_row reads it, without keeping a RowDimension per
        # row: LibreOffice does not fit rows to wrapped text when it opens a file. No
        # customHeight, so Excel still treats the height as automatic.
        dims = self.ws.row_dimensions
        dims[self.rows] = {"ht": f"{height:g}"}
        try:
            self.ws.append(list(values))
        finally:
            del dims[self.rows]

    def row(self, values: Sequence[Any], styles: Sequence[StyleArray | None],
            min_height: float | None = None) -> None:
        """Append one row of raw values, strings made safe, styles by column; the row is as
        tall as its longest wrapped text needs, and at least ``min_height`` points."""
        lines, line_height = 1, 15.0
        wrapping = self.styles.wrapping
        for i, (v, s) in enumerate(zip(values, styles, strict=False)):
            if v.__class__ is str and id(s) in wrapping and i < len(self.widths):
                chars, per_line = wrapping[id(s)]
                needed = _line_count(v, max(1, int(self.widths[i] * chars)))
                if needed * per_line > lines * line_height:
                    lines, line_height = needed, per_line
        height = lines * (line_height - 0.5) + 1 if lines > 1 or line_height > 15 else None
        if min_height is not None and (height is None or height < min_height):
            height = min_height
        if self.fast:
            self.rows += 1
            self.ws.append([self._xml_row(values, styles, height)])
            return
        self.append([self.text(v, s) if isinstance(v, str) else self.cell(v, s)
                     for v, s in zip(values, styles, strict=False)], height)

    def _xml_row(self, values: Sequence[Any], styles: Sequence[StyleArray | None],
                 height: float | None) -> str:
        """The ``<row>`` element of row ``self.rows``, as openpyxl would write it: strings
        inline, numbers and dates as numbers, the style's index in ``s``."""
        r = self.rows
        out = [f'<row r="{r}" ht="{height:g}">' if height else f'<row r="{r}">']
        ids = self.styles.ids
        for i, (v, style) in enumerate(zip(values, styles, strict=False)):
            if v is None:
                continue
            kind = v.__class__
            if kind is str:
                v = clean_for_excel(v)
                if is_dangerous(v):
                    style = self.styles.quote(style)
                sid = ids[id(style)] if style is not None else 0
                attrs = f' r="{_LETTERS[i]}{r}" s="{sid}"' if sid else f' r="{_LETTERS[i]}{r}"'
                if not v:
                    if sid:
                        out.append(f"<c{attrs}/>")
                    continue
                space = ' xml:space="preserve"' if v != v.strip() else ""
                if "&" in v or "<" in v or ">" in v:
                    v = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                out.append(f'<c{attrs} t="inlineStr"><is><t{space}>{v}</t></is></c>')
                continue
            sid = ids[id(style)] if style is not None else 0
            attrs = f' r="{_LETTERS[i]}{r}" s="{sid}"' if sid else f' r="{_LETTERS[i]}{r}"'
            if kind is int or kind is float:
                out.append(f'<c{attrs} t="n"><v>{v!r}</v></c>')
            elif kind is bool:
                out.append(f'<c{attrs} t="b"><v>{int(v)}</v></c>')
            elif isinstance(v, date | datetime):
                out.append(f'<c{attrs} t="n"><v>{to_excel(v)!r}</v></c>')
            else:
                raise TypeError(f"cannot write {kind.__name__} to a report cell")
        out.append("</row>")
        return "".join(out)

    def split_row(self, values: list[Any], styles: Sequence[StyleArray | None],
                  long_columns: Sequence[int], note_column: int) -> None:
        """:meth:`row`, or several rows when a long text needs more than :data:`ROW_LINES`
        wrapped lines (or more than one cell): the other values are repeated and the note
        column says which part each row holds; the parts join back to the whole text."""
        parts = {}
        for i in long_columns:
            value = values[i]
            if not isinstance(value, str) or i >= len(self.widths):
                continue
            chars, _points = self.styles.wrapping.get(id(styles[i]), (1.2, 15.0))
            per_line = max(1, int(self.widths[i] * chars))
            if len(value) > per_line * 2 or value.count("\n") >= ROW_LINES:
                cleaned = clean_for_excel(value)
                if _line_count(cleaned, per_line) > ROW_LINES:
                    parts[i] = split_for_print(cleaned, per_line, ROW_LINES)
        count = max((len(p) for p in parts.values()), default=1)
        if count == 1:
            self.row(values, styles)
            return
        ctx = self.writer.ctx
        for k in range(count):
            row = list(values)
            for i, p in parts.items():
                row[i] = p[k] if k < len(p) else None
            row[note_column] = ctx.t("split.note" if k < count - 1 else "split.last",
                                     part=k + 1, parts=count)
            self.row(row, styles)

    def header(self, labels: Sequence[str], style: StyleArray | None = None) -> None:
        self.row(labels, [style or self.styles.header] * len(labels))

    def section(self, title: str) -> None:
        """A band across the sheet with ``title`` in column B."""
        s = self.styles
        self.row(["", title] + [""] * (self.columns - 2),
                 [s.section_fill, s.section] + [s.section_fill] * (self.columns - 2),
                 min_height=SECTION_HEIGHT)

    def blank(self) -> None:
        if self.fast:
            self.rows += 1
            self.ws.append([f'<row r="{self.rows}"/>'])
        else:
            self.append([])
