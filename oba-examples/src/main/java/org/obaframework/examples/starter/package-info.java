/**
 * An illustrative starter outcomes framework to adapt: {@link
 * org.obaframework.examples.starter.StarterFramework} covers the service areas of a children's
 * charity (family support, residential care, foster care, disabled children and young people,
 * young carers, CAMH services and intensive family support) with indicators, programmes, service
 * outputs and performance measures in all four quadrants, in English and Welsh; {@link
 * org.obaframework.examples.starter.StarterMeasures} defines how each measure is computed from
 * records.
 *
 * <p>Everything here is illustrative: a starting point to change, not a validated or endorsed
 * framework. The Welsh texts should be checked by a Welsh speaker before use. Null is never
 * accepted or returned.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.starter;
