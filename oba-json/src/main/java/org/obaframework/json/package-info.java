/**
 * The JSON interchange formats of oba, with Jackson 3: {@link org.obaframework.json.ObaModule}
 * teaches a {@code JsonMapper} oba's value types; {@link org.obaframework.json.FrameworkJson}
 * reads and writes the framework definition document, {@link
 * org.obaframework.json.RecordsJson} a batch of records as one document, {@link
 * org.obaframework.json.RecordsNdjson} the same records one per line, streamed by subject,
 * {@link org.obaframework.json.TurnTheCurveJson} the turn-the-curve record, and {@link
 * org.obaframework.json.MeasuresJson} the computable measure definitions of a report card
 * (checked, if asked, against a framework); {@link
 * org.obaframework.json.ReportCardJson} and {@link org.obaframework.json.CurveJson} write report
 * cards (the published value, only what disclosure control shows) and curves, and {@code
 * ReportCardJson} reads a report card document back as the same card; {@link
 * org.obaframework.json.TidyCsv}
 * exports ratings, changes and report card cells as tidy CSV for R and pandas.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Exception policy: through a {@code
 * JsonMapper}, malformed input fails with Jackson's {@code DatabindException}, whose message
 * carries oba's own description of the problem and the location in the document; the document
 * readers such as {@code FrameworkJson} throw a {@link org.obaframework.json.JsonFormatException}
 * listing every problem, each located by JSON Pointer, line and column.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.json;
