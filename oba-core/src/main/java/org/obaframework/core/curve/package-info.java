/**
 * Baselines and turning the curve: time series of measures and population indicators, forecasts
 * of where they go if nothing changes, and the verdict of each period against the forecast; and
 * population accountability.
 *
 * <p>In OBA a baseline is history plus forecast, not the first value; turning the curve is doing
 * better than the forecast in the direction of the polarity (slowing a worsening trend counts).
 * Every type is immutable and thread-safe; no method accepts or returns {@code null}.
 */
@org.jspecify.annotations.NullMarked
@ObaStyle
package org.obaframework.core.curve;

import org.obaframework.core.internal.ObaStyle;
