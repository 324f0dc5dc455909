package io.github.loci.core.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import java.util.List;
import java.util.Optional;

/** Expected amounts and the assertions on them, for the tests of this package. */
final class Amounts {
  private Amounts() {}

  /**
   * Money written as {@code span}, the first occurrence of it in {@code text}.
   *
   * @param currency an ISO code, or {@code null} when the text names none
   */
  static Amount money(
      String text, String span, double value, String currency, Qualifier qualifier) {
    int start = indexOf(text, span);
    return new Amount(
        AmountKind.MONEY,
        value,
        Optional.ofNullable(currency),
        qualifier,
        start,
        start + span.length());
  }

  /** Exact money written as {@code span}. */
  static Amount money(String text, String span, double value, String currency) {
    return money(text, span, value, currency, Qualifier.EXACT);
  }

  /** A percentage written as {@code span}, the first occurrence of it in {@code text}. */
  static Amount percent(String text, String span, double value, Qualifier qualifier) {
    int start = indexOf(text, span);
    return new Amount(
        AmountKind.PERCENT, value, Optional.empty(), qualifier, start, start + span.length());
  }

  /** Asserts that the text holds exactly these amounts, and that their spans are well formed. */
  static void assertAmounts(String text, Language language, Amount... expected) {
    List<Amount> found = AmountExtractor.extract(text, language);
    assertEquals(describe(text, List.of(expected)), describe(text, found));
    assertEquals(List.of(expected), found);
    assertWellFormed(text, found);
  }

  /** Asserts that the text holds no amount. */
  static void assertNone(String text, Language language) {
    assertAmounts(text, language);
  }

  /** Asserts that amounts are in order, disjoint and inside the text. */
  static void assertWellFormed(CharSequence text, List<Amount> amounts) {
    int previousEnd = 0;
    for (Amount a : amounts) {
      assertTrue(a.start() >= previousEnd, () -> "in order and disjoint: " + amounts);
      assertTrue(a.end() <= text.length(), () -> "inside the text: " + a);
      assertTrue(Double.isFinite(a.value()) && a.value() >= 0, () -> "a finite value: " + a);
      previousEnd = a.end();
    }
  }

  /** Each amount as "text = value currency", to read failures at a glance. */
  static List<String> describe(CharSequence text, List<Amount> amounts) {
    return amounts.stream()
        .map(a -> a.text(text) + " = " + a + " (" + a.qualifier().label() + ") @" + a.start())
        .toList();
  }

  private static int indexOf(String text, String span) {
    int start = text.indexOf(span);
    if (start < 0) {
      throw new IllegalArgumentException("not in the text: " + span);
    }
    return start;
  }
}
