package org.obaframework.core.report;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The exact audit of secondary suppression: which hidden items of a table a reader can work out
 * from the shown items and the equations that tie cells to their totals.
 *
 * <p>The equations are linear with integer coefficients. Moving the shown items to the right-hand
 * side leaves a system {@code A x = b} over the hidden items {@code x}. A hidden item {@code x_j}
 * is determined exactly when the unit vector {@code e_j} lies in the row space of {@code A}: then
 * some combination of equations reads {@code x_j = value}. In the reduced row echelon form of
 * {@code A} that is so when column {@code j} holds a pivot whose row has no other non-zero entry.
 * Whether an item is determined depends only on which items are hidden, never on the values.
 *
 * <p>Elimination is fraction-free over {@link BigInteger}, each row divided by the greatest common
 * divisor of its entries, so that the arithmetic is exact and entries stay small. Cost: {@code
 * O(E^2 * U)} for {@code E} equations and {@code U} hidden items.
 */
final class Determinacy {
  private Determinacy() {}

  /**
   * Returns, for each item, whether it is hidden and determined by the equations.
   *
   * @param equations for each equation, the items it holds
   * @param coefficients for each equation, the coefficient of each of its items
   * @param hidden for each item, whether it is hidden
   * @return for each item, whether it is hidden and can be worked out
   */
  static boolean[] determined(int[][] equations, int[][] coefficients, boolean[] hidden) {
    int[] column = new int[hidden.length];
    int unknowns = 0;
    for (int i = 0; i < hidden.length; i++) {
      column[i] = hidden[i] ? unknowns++ : -1;
    }
    int[] itemOfColumn = new int[unknowns];
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        itemOfColumn[column[i]] = i;
      }
    }
    BigInteger[][] m = new BigInteger[equations.length][unknowns];
    for (int e = 0; e < equations.length; e++) {
      Arrays.fill(m[e], BigInteger.ZERO);
      for (int k = 0; k < equations[e].length; k++) {
        int item = equations[e][k];
        if (hidden[item]) {
          m[e][column[item]] = m[e][column[item]].add(BigInteger.valueOf(coefficients[e][k]));
        }
      }
    }
    int rank = 0;
    int[] pivotColumn = new int[equations.length];
    for (int col = 0; col < unknowns && rank < equations.length; col++) {
      int p = rank;
      while (p < equations.length && m[p][col].signum() == 0) {
        p++;
      }
      if (p == equations.length) {
        continue;
      }
      BigInteger[] swap = m[p];
      m[p] = m[rank];
      m[rank] = swap;
      BigInteger pivot = m[rank][col];
      for (int i = 0; i < equations.length; i++) {
        BigInteger factor = m[i][col];
        if (i == rank || factor.signum() == 0) {
          continue;
        }
        for (int k = 0; k < unknowns; k++) {
          if (m[i][k].signum() != 0 || m[rank][k].signum() != 0) {
            m[i][k] = m[i][k].multiply(pivot).subtract(m[rank][k].multiply(factor));
          }
        }
        normalise(m[i]);
      }
      pivotColumn[rank] = col;
      rank++;
    }
    boolean[] determined = new boolean[hidden.length];
    for (int r = 0; r < rank; r++) {
      int nonZero = 0;
      for (BigInteger entry : m[r]) {
        if (entry.signum() != 0) {
          nonZero++;
        }
      }
      if (nonZero == 1) {
        determined[itemOfColumn[pivotColumn[r]]] = true;
      }
    }
    return determined;
  }

  /** Divides a row by the greatest common divisor of its entries. */
  private static void normalise(BigInteger[] row) {
    BigInteger gcd = BigInteger.ZERO;
    for (BigInteger entry : row) {
      gcd = gcd.gcd(entry);
      if (gcd.equals(BigInteger.ONE)) {
        return;
      }
    }
    if (gcd.signum() != 0) {
      for (int k = 0; k < row.length; k++) {
        row[k] = row[k].divide(gcd);
      }
    }
  }
}
