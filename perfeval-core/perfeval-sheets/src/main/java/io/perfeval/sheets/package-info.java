/**
 * The score sheet written out for other systems and for people: {@link io.perfeval.sheets.JsonSheet} (the stable
 * {@code perfeval-sheet/1} shape, with its published JSON Schema), {@link io.perfeval.sheets.HtmlSheet} (one printable
 * page), {@link io.perfeval.sheets.XlsxSheet} (the 自评表 workbook), {@link io.perfeval.sheets.MarkdownSheet} and
 * {@link io.perfeval.sheets.Narrative} (the self-evaluation report's sentences), and
 * {@link io.perfeval.sheets.OfficialForm} (the official 自评表 to hand in, as xlsx or printable HTML, with its details); {@link io.perfeval.sheets.SheetFormat}
 * picks one at run time. The plain-text table is {@link io.perfeval.core.sheet.SheetText} in perfeval-core. Every writer
 * is a pure function of the sheet: the same sheet gives the same bytes, and nothing is read or written elsewhere.
 */
package io.perfeval.sheets;
