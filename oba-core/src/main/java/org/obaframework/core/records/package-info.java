/**
 * The record side: subjects (children and families), their episodes in programmes, reviews and
 * ratings, and the validation of records against a framework.
 *
 * <pre>{@code
 * Subject family = Subject.family("F-0001")
 *     .attributes(Attributes.empty().with(Attributes.LOCAL_AUTHORITY, "LA-1"))
 *     .addMembers(Member.of("F-0001-C1", MemberRole.CHILD, Attributes.empty()))
 *     .build();
 * Episode episode = Episode.builder().id("E-0001").subject("F-0001").programme("IFS")
 *     .localAuthority("LA-1").start(LocalDate.of(2025, 4, 7)).build();
 * Review baseline = Review.builder().id("R-0001").episode("E-0001").kind(ReviewKind.BASELINE)
 *     .assessedOn(LocalDate.of(2025, 4, 21)).rater(Rater.PRACTITIONER)
 *     .addRatings(Rating.of("TENANCY-RISK", "high"))
 *     .build();
 * }</pre>
 *
 * <p>Entry points: {@link Subject}, {@link Episode}, {@link Review} and {@link Rating}, built
 * with their factories and builders; {@link SubjectRecords}, one subject's records as an
 * evaluation reads them; {@link Records}, a batch grouped by subject; {@link RecordValidator},
 * which checks records against a framework and lists every problem.
 *
 * <p>Records are about vulnerable children: subjects carry pseudonymous ids and only the
 * attributes needed for breakdowns, and no {@code toString} here prints an attribute value, a
 * rated value or free text. Every type is immutable and thread-safe; no method accepts or returns
 * {@code null}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.records;

import org.obaframework.core.internal.ObaStyle;
