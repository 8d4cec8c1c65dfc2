/**
 * oba embedded in a case-management system: a relational schema of the kind children's services
 * hold ({@link org.obaframework.examples.cms.Migrations}), filled from oba's records ({@link
 * org.obaframework.examples.cms.CaseLoader}), read back one client at a time with server-side
 * cursors ({@link org.obaframework.examples.cms.CaseQueries}, on {@link
 * org.obaframework.jdbc.JdbcRecords}), report cards published into tables a BI tool reads
 * ({@link org.obaframework.examples.cms.PublishedCells}), and figures kept live as records change
 * ({@link org.obaframework.examples.cms.LiveFigures}).
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.cms;
