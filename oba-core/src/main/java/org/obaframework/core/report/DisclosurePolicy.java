package org.obaframework.core.report;

import java.util.List;
import java.util.Objects;
import org.obaframework.core.Item;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.internal.Checks;

/**
 * The rules of disclosure control: which counts are too small to publish (primary suppression),
 * whether further cells are hidden so that the card's other numbers do not reveal them
 * (secondary suppression), the base shown counts are rounded to, the symbol of a hidden cell,
 * and whether breakdown rows whose counts are all hidden or 0 are folded; and so which counts are
 * sensitive and the protection interval each keeps.
 *
 * <pre>{@code
 * DisclosurePolicy dfe = DisclosurePolicy.parse("dfe");        // as in --disclosure dfe
 * DisclosurePolicy local = DisclosurePolicy.custom()
 *     .suppressUpTo(9)          // hide counts 1-9
 *     .suppressZeros()          // and zeros
 *     .roundTo(10)              // show the others to the nearest 10
 *     .build();
 * local.toString();
 *     // "custom:threshold=9,zeros=suppressed,secondary=yes,rounding=10,symbol=[c],rows=folded"
 * }</pre>
 *
 * <p>Presets:
 * <ul>
 *   <li>{@link #NONE}: everything shown as it is.
 *   <li>{@link #DFE}: Department for Education children's social care statistics: counts 1 to 5
 *       hidden as {@code [c]}, with secondary suppression; no rounding.
 *   <li>{@link #ONS_10_5}: the ONS "10-5" rule: counts under 10 (1 to 9) hidden, with secondary
 *       suppression, and every shown count rounded to the nearest 5.
 *   <li>{@link #STATS_WALES}: StatsWales: every count, totals included, rounded to the nearest 5.
 *       Counts 1 and 2 are shown as 0, and 3 and 4 as 5: rounding is the protection, so a shown
 *       0 may stand for up to 2. Where a card's other numbers would narrow a rounded small count
 *       below its protection interval (tells it exactly), further counts are hidden as {@code
 *       [c]}.
 * </ul>
 *
 * <h2>The protection model</h2>
 * In the terms of statistical disclosure control (as tau-ARGUS and sdcTable state theirs):
 * <ul>
 *   <li><b>Sensitive counts</b> ({@link #isSensitive}): under a policy that hides small counts,
 *       those it hides (its primary range, 1 to the threshold, and 0 when zeros are hidden);
 *       under a policy that only rounds, the counts from 1 to the base less 1 (1 to 4 under
 *       StatsWales).
 *   <li><b>Protection interval</b> ({@link #protectionWidth}): the least and the greatest value
 *       an attacker can prove a sensitive count to have must lie at least this far apart (a
 *       sliding protection range, as tau-ARGUS calls it): the threshold when small counts are
 *       hidden (DfE 5: a hidden 3 may be anything from 1 to 6 at least), 1 when counts are only
 *       rounded (StatsWales: a rounded count of 1 to 4 is never told exactly).
 *   <li><b>The attacker</b> knows every number of the card in every output format, how each
 *       relates to the others, and the policy: a shown count exactly, a rounded count's band less
 *       the counts the policy would hide, and that a hidden count is at least 1 when the policy
 *       shows zeros (no zero is ever hidden then).
 * </ul>
 *
 * <p>Zeros are shown unless {@link Builder#suppressZeros()} says otherwise: a zero is usually
 * not disclosive and is often known anyway. The symbol follows GSS guidance on symbols in tables:
 * {@code [c]} for confidential; {@code [x]} (not available) and {@code [z]} (not applicable) are
 * for the report card's own cells.
 *
 * <p>Immutable and thread-safe; equal when every rule and the name are equal. {@code toString}
 * is the preset's name ({@code none}, {@code dfe}, {@code ons-10-5}, {@code statswales}) or, for
 * a custom policy, a {@code custom:} text listing every rule; {@link #parse} reads both.
 */
public final class DisclosurePolicy {
  /** The symbol of a hidden count under GSS guidance: confidential. */
  public static final String CONFIDENTIAL = "[c]";

  /** No disclosure control: every count shown as it is. */
  public static final DisclosurePolicy NONE =
      new DisclosurePolicy("none", 0, false, false, 0, CONFIDENTIAL, true);
  /** DfE children's social care: counts 1-5 hidden as {@code [c]}, secondary suppression. */
  public static final DisclosurePolicy DFE =
      new DisclosurePolicy("dfe", 5, false, true, 0, CONFIDENTIAL, true);
  /** ONS 10-5 rule: counts 1-9 hidden, secondary suppression, shown counts rounded to 5. */
  public static final DisclosurePolicy ONS_10_5 =
      new DisclosurePolicy("ons-10-5", 9, false, true, 5, CONFIDENTIAL, true);
  /**
   * StatsWales: every count rounded to the nearest 5; further counts hidden only where the
   * card's other numbers would narrow a rounded small count below its protection interval.
   */
  public static final DisclosurePolicy STATS_WALES =
      new DisclosurePolicy("statswales", 0, false, true, 5, CONFIDENTIAL, true);

  private static final List<DisclosurePolicy> PRESETS = List.of(NONE, DFE, ONS_10_5, STATS_WALES);
  private static final String CUSTOM = "custom";
  private static final String CUSTOM_SYNTAX = "one of [none, dfe, ons-10-5, statswales] or "
      + "custom:threshold=N,zeros=shown|suppressed,secondary=yes|no,rounding=N,symbol=S,"
      + "rows=folded|named";

  private final String name;
  private final long threshold;
  private final boolean suppressZeros;
  private final boolean secondary;
  private final int roundingBase;
  private final String symbol;
  private final boolean foldRows;

  private DisclosurePolicy(String name, long threshold, boolean suppressZeros, boolean secondary,
      int roundingBase, String symbol, boolean foldRows) {
    this.name = name;
    this.threshold = threshold;
    this.suppressZeros = suppressZeros;
    this.secondary = secondary;
    this.roundingBase = roundingBase;
    this.symbol = symbol;
    this.foldRows = foldRows;
  }

  /**
   * Returns a builder of a custom policy. Its defaults: no primary suppression, zeros shown,
   * secondary suppression on (it acts only when a sensitive count needs it), no rounding, symbol
   * {@code [c]}, rows whose counts are all hidden or 0 folded.
   *
   * @return a new builder
   */
  public static Builder custom() {
    return new Builder();
  }

  /**
   * Reads a policy from its {@link #toString} form: a preset's name, in any case, or a {@code
   * custom:} text such as {@code custom:threshold=3,zeros=shown,secondary=yes,rounding=0,
   * symbol=[c]} (without spaces), whose keys may come in any order and may be left out for their
   * defaults.
   *
   * @param text the policy's name or custom text
   * @return the policy
   * @throws ValidationException if the text names no preset or the custom text is malformed or
   *     breaks the rules of {@link Builder}
   */
  public static DisclosurePolicy parse(String text) {
    for (DisclosurePolicy preset : PRESETS) {
      if (preset.name.equalsIgnoreCase(text)) {
        return preset;
      }
    }
    String prefix = CUSTOM + ":";
    if (!text.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw unknown(text);
    }
    Builder builder = custom();
    String rest = text.substring(prefix.length());
    if (rest.isEmpty()) {
      return builder.build();
    }
    for (String part : rest.split(",", -1)) {
      int equals = part.indexOf('=');
      if (equals < 0) {
        throw unknown(text);
      }
      String key = part.substring(0, equals);
      String value = part.substring(equals + 1);
      switch (key) {
        case "threshold" -> builder.suppressUpTo(number(text, value));
        case "zeros" -> builder.suppressZeros = choice(text, value, "suppressed", "shown");
        case "secondary" -> builder.secondary = choice(text, value, "yes", "no");
        case "rounding" -> builder.roundTo(Math.toIntExact(Math.min(number(text, value),
            Integer.MAX_VALUE)));
        case "symbol" -> builder.symbol(value);
        case "rows" -> builder.foldRows = choice(text, value, "folded", "named");
        default -> throw unknown(text);
      }
    }
    return builder.build();
  }

  private static long number(String text, String value) {
    if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
      throw unknown(text);
    }
    return Long.parseLong(value);
  }

  private static boolean choice(String text, String value, String yes, String no) {
    if (value.equals(yes)) {
      return true;
    }
    if (value.equals(no)) {
      return false;
    }
    throw unknown(text);
  }

  private static ValidationException unknown(String text) {
    return Checks.fail(ProblemType.UNKNOWN_REFERENCE, Item.of("disclosure policy"), "name",
        CUSTOM_SYNTAX, Redaction.text(text));
  }

  /**
   * Returns the policy's name: a preset's, such as {@code dfe}, or {@code custom}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the largest count hidden by primary suppression: counts from 1 up to and including it
   * are hidden. 0 when no count is hidden for being small.
   *
   * @return the threshold, 0 or more
   */
  public long threshold() {
    return threshold;
  }

  /**
   * Tells whether zero counts are hidden too.
   *
   * @return {@code true} if zeros are hidden by primary suppression
   */
  public boolean suppressesZeros() {
    return suppressZeros;
  }

  /**
   * Tells whether further cells are hidden so that no sensitive count can be narrowed below its
   * protection interval by the card's other numbers.
   *
   * @return {@code true} if secondary suppression applies
   */
  public boolean hasSecondarySuppression() {
    return secondary;
  }

  /**
   * Returns the base that shown counts are rounded to, or 0 when they are shown exactly.
   *
   * @return 0, or 2 and above
   */
  public int roundingBase() {
    return roundingBase;
  }

  /**
   * Tells whether shown counts are rounded.
   *
   * @return {@code true} if the rounding base is above 0
   */
  public boolean rounds() {
    return roundingBase > 0;
  }

  /**
   * Returns the text shown in place of a hidden count, such as {@code [c]}.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Tells whether a count is hidden by primary suppression: a count from 1 to the threshold, or a
   * zero when zeros are suppressed.
   *
   * @param count the count, 0 or more
   * @return {@code true} if the count is too small to show
   */
  public boolean isPrimary(long count) {
    return count == 0 ? suppressZeros : count > 0 && count <= threshold;
  }

  /**
   * Tells whether a count is sensitive: one the policy protects, whose published numbers must
   * leave an attacker a range at least {@link #protectionWidth()} wide. Under a policy that hides
   * small counts, a count it hides as primary ({@link #isPrimary}); under a policy that only
   * rounds, a count from 1 to the base less 1; under {@link #NONE}, none.
   *
   * <p>For example, {@link #DFE}: 1 to 5; {@link #ONS_10_5}: 1 to 9; {@link #STATS_WALES}: 1 to 4.
   *
   * @param count the count, 0 or more
   * @return {@code true} if the count is protected
   */
  public boolean isSensitive(long count) {
    if (threshold > 0 || suppressZeros) {
      return isPrimary(count);
    }
    return count >= 1 && count < roundingBase;
  }

  /**
   * Returns the width of the protection interval: the greatest value an attacker can prove a
   * sensitive count to have, less the least, must be at least this. The threshold (at least 1)
   * under a policy that hides small counts; 1 under a policy that only rounds, so that no
   * rounded small count is told exactly (its rounding band is all the protection it was meant
   * to have); 0 under {@link #NONE}.
   *
   * <p>For example, {@link #DFE}: 5, so a hidden 3 may be anything from 1 to 6 at least; {@link
   * #ONS_10_5}: 9; {@link #STATS_WALES}: 1, so a 1 shown as 0 is never proved to be 1.
   *
   * @return the width, 0 or more
   */
  public long protectionWidth() {
    if (threshold > 0 || suppressZeros) {
      return Math.max(threshold, 1);
    }
    return roundingBase == 0 ? 0 : 1;
  }

  /**
   * Tells whether a breakdown row whose counts are all hidden or 0 is folded into one row of
   * "other" keys, so that its key is not published: a breakdown by a place with few members would
   * otherwise tell that someone there is served (a row exists only where someone is counted). On
   * by default and in every preset; it acts only under a policy that hides or rounds.
   *
   * @return {@code true} if such rows are folded
   */
  public boolean foldsHiddenRows() {
    return foldRows;
  }

  /**
   * States the protection the policy gives, in one or a few sentences for a report card's legend:
   * which counts are hidden or rounded, the protection interval every sensitive count keeps, how
   * percents and intervals are computed, and whether rows are folded.
   *
   * <p>For example, for {@link #DFE}: "Counts from 1 to 5 are hidden; further counts are hidden
   * so that no number of the card narrows a count from 1 to 5 to a range less than 5 wide;
   * percents and intervals are shown only beside shown counts; a breakdown row whose every count
   * is hidden is folded into (other)."
   *
   * @return the statement, ending with a full stop
   */
  public String protection() {
    boolean hides = threshold > 0 || suppressZeros;
    if (!hides && roundingBase == 0) {
      return "Every count is shown as it is.";
    }
    List<String> parts = new java.util.ArrayList<>();
    String small = threshold == 0 ? "0" : (threshold == 1 ? "1" : "from 1 to " + threshold)
        + (suppressZeros ? " and zeros" : "");
    if (hides) {
      parts.add((threshold == 0 ? "Zero counts are" : "Counts " + small + " are") + " hidden");
    }
    if (roundingBase > 0) {
      parts.add((hides ? "the other counts are" : "Every count is") + " rounded to the nearest "
          + roundingBase);
    }
    String sensitive = hides ? "a count " + small
        : "a count from 1 to " + (roundingBase - 1);
    if (secondary && protectionWidth() == 1) {
      parts.add("further counts are hidden so that no number of the card tells " + sensitive
          + " exactly");
    } else if (secondary) {
      parts.add("further counts are hidden so that no number of the card narrows " + sensitive
          + " to a range less than " + protectionWidth() + " wide");
    } else {
      parts.add("no further count is hidden, so the card's other numbers may reveal "
          + sensitive);
    }
    parts.add("percents and intervals are " + (roundingBase > 0
        ? "computed from the published, rounded counts" : "shown only beside shown counts"));
    if (foldRows && (hides || secondary)) {
      parts.add("a breakdown row whose counts are all hidden or 0 is folded into (other), so "
          + "that its key is not published");
    }
    return String.join("; ", parts) + ".";
  }

  /**
   * Rounds a count to the nearest multiple of the rounding base, halves up (with base 10, 5
   * becomes 10); returns it unchanged when the policy does not round.
   *
   * <p>For example, under {@link #ONS_10_5}: 12 becomes 10, 13 becomes 15, 15 stays 15.
   *
   * @param count the count, 0 or more
   * @return the rounded count
   */
  public long round(long count) {
    if (roundingBase == 0) {
      return count;
    }
    long remainder = count % roundingBase;
    long down = count - remainder;
    boolean up = remainder * 2 >= roundingBase && down <= Long.MAX_VALUE - roundingBase;
    return up ? down + roundingBase : down;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DisclosurePolicy
        && name.equals(((DisclosurePolicy) other).name)
        && threshold == ((DisclosurePolicy) other).threshold
        && suppressZeros == ((DisclosurePolicy) other).suppressZeros
        && secondary == ((DisclosurePolicy) other).secondary
        && roundingBase == ((DisclosurePolicy) other).roundingBase
        && symbol.equals(((DisclosurePolicy) other).symbol)
        && foldRows == ((DisclosurePolicy) other).foldRows;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, threshold, suppressZeros, secondary, roundingBase, symbol,
        foldRows);
  }

  /**
   * Returns the preset's name, such as {@code dfe}, or for a custom policy every rule, such as
   * {@code custom:threshold=3,zeros=shown,secondary=yes,rounding=0,symbol=[c],rows=folded}.
   */
  @Override
  public String toString() {
    if (!name.equals(CUSTOM)) {
      return name;
    }
    return CUSTOM + ":threshold=" + threshold
        + ",zeros=" + (suppressZeros ? "suppressed" : "shown")
        + ",secondary=" + (secondary ? "yes" : "no")
        + ",rounding=" + roundingBase
        + ",symbol=" + symbol
        + ",rows=" + (foldRows ? "folded" : "named");
  }

  /**
   * Builds a custom {@link DisclosurePolicy}; see {@link DisclosurePolicy#custom()} for the
   * defaults. Not thread-safe; each setter checks its argument and returns this builder.
   */
  public static final class Builder {
    private long threshold;
    private boolean suppressZeros;
    private boolean secondary = true;
    private int roundingBase;
    private String symbol = CONFIDENTIAL;
    private boolean foldRows = true;

    private Builder() {}

    /**
     * Hides the counts from 1 up to and including {@code threshold}; 0 hides none. "Suppress
     * under 10" is {@code suppressUpTo(9)}.
     *
     * @param threshold the largest count hidden, 0 or more
     * @return this builder
     * @throws ValidationException if the threshold is negative
     */
    public Builder suppressUpTo(long threshold) {
      if (threshold < 0) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("disclosure policy"), "threshold",
            "0 or more", Long.toString(threshold));
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * Hides zero counts too, as primary suppression.
     *
     * @return this builder
     */
    public Builder suppressZeros() {
      this.suppressZeros = true;
      return this;
    }

    /**
     * Turns secondary suppression off: only small counts are hidden, even when a total reveals
     * them. Use only where totals are not published or are protected otherwise.
     *
     * @return this builder
     */
    public Builder withoutSecondarySuppression() {
      this.secondary = false;
      return this;
    }

    /**
     * Names every breakdown row, also one whose counts are all hidden or 0, instead of folding
     * such rows into one "other" row: only where the keys are public anyway (such as the local
     * authorities of a national service), since such a key otherwise tells that someone with it
     * is served.
     *
     * @return this builder
     */
    public Builder nameHiddenRows() {
      this.foldRows = false;
      return this;
    }

    /**
     * Rounds every shown count to the nearest multiple of {@code base}, halves up; 0 shows counts
     * exactly. A base of 1 would change nothing yet mark every cell rounded, so it is refused.
     *
     * @param base the rounding base: 0, or 2 and above
     * @return this builder
     * @throws ValidationException if the base is negative or 1
     */
    public Builder roundTo(int base) {
      if (base < 0 || base == 1) {
        throw Checks.fail(ProblemType.OUT_OF_RANGE, Item.of("disclosure policy"), "rounding",
            "0 for none, or 2 and above", Integer.toString(base));
      }
      this.roundingBase = base;
      return this;
    }

    /**
     * Sets the text shown in place of a hidden count; GSS guidance uses {@code [c]}.
     *
     * @param symbol the symbol: not blank, not a number, without commas or spaces
     * @return this builder
     * @throws ValidationException if the symbol is blank, a number, or holds a comma or space
     */
    public Builder symbol(String symbol) {
      boolean number = !symbol.isEmpty() && symbol.chars().allMatch(Character::isDigit);
      boolean bad = symbol.isEmpty()
          || symbol.chars().anyMatch(ch -> ch == ',' || Character.isWhitespace(ch));
      if (number || bad) {
        throw Checks.fail(ProblemType.INVALID_TEXT, Item.of("disclosure policy"), "symbol",
            "a symbol such as [c], not a number, without commas or spaces",
            Redaction.text(symbol));
      }
      this.symbol = symbol;
      return this;
    }

    /**
     * Returns the policy, named {@code custom}.
     *
     * @return the policy
     */
    public DisclosurePolicy build() {
      return new DisclosurePolicy(CUSTOM, threshold, suppressZeros, secondary, roundingBase,
          symbol, foldRows);
    }
  }
}
