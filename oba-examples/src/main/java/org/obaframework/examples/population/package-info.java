/**
 * Population accountability, worked through: a population indicator with its history, a baseline
 * (history plus forecast), later actuals judged against it, the result it measures, the partners
 * and the programme measures that contribute, and a turn-the-curve record. Null is never accepted
 * or returned.
 */
@org.jspecify.annotations.NullMarked
package org.obaframework.examples.population;
