/**
 * The JSON interchange formats of oba, with Jackson 3: {@link org.obaframework.json.ObaModule}
 * teaches a {@code JsonMapper} oba's value types.
 *
 * <p>Null policy: no method accepts or returns {@code null}. Exception policy: malformed input
 * fails with Jackson's {@code DatabindException}, whose message carries oba's own description of
 * the problem and the location in the document.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.json;
