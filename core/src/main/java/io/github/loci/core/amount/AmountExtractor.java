package io.github.loci.core.amount;

import io.github.loci.analyzers.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds money amounts and percentages in news text in Spanish, Italian, English and Vietnamese.
 *
 * <p>It reads each language's numerals ("38.400" and "3,53" in es, it and vi; "1,500" and "15.5" in
 * en), scale words ("millones", "mil millones" = 1e9, "billón" = 1e12 in Spanish, "miliardi",
 * "billion", "tỷ", "nghìn tỷ" = 1e12; "$15bn" after a currency), currencies before or after the
 * number ("US$", "€", "de dólares", "di dollari", "đô la", "đồng", "USD"), percentages ("115%", "62
 * por ciento", "40 phần trăm") and the words that qualify an amount ("más de", "cerca del", "up
 * to", "hơn"; {@link Qualifier}). "$" alone and dollar words without a country mean US dollars; "¥"
 * alone means yen.
 *
 * <p>A number is an amount only when the text says so: a percentage, a currency, or a scaled number
 * ("26 millones", "hàng tỉ") with a money word within a few words in the same sentence ("una
 * inversión de 26 millones", "42 millones como fianza"). Counts ("544.000 órdenes", "hơn 500 triệu
 * khách hàng"), years, dates, versions and ids are not amounts.
 *
 * <p>Offsets are UTF-16 indices into the text given. Text that is not in NFC is composed before it
 * is read, and offsets are mapped back. {@link #extract} is thread-safe; the patterns are compiled
 * once, when the class is first used.
 *
 * {@snippet :
 * List<Amount> amounts = AmountExtractor.extract("doanh thu 254 triệu USD", Language.VI);
 * Amount revenue = amounts.get(0); // 254e6 USD, chars 10–23
 * }
 */
public final class AmountExtractor {
  private AmountExtractor() {}

  /**
   * Finds the amounts of a text.
   *
   * @param text any text; {@code null} or empty has no amounts
   * @param language the text's language, or {@code null} when unknown: then the text is read with
   *     the rules of every language, and a reading is kept where the languages that find one agree
   *     or where one reads a longer expression ("US$38.400 millones" is Spanish); an expression the
   *     languages read differently ("$1.500": 1500 in Spanish, 1.5 in English) is left out
   * @return the amounts in text order, not overlapping; never throws
   */
  public static List<Amount> extract(CharSequence text, Language language) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    NfcText nfc = NfcText.of(text.toString());
    List<Amount> amounts =
        language != null
            ? AmountScanner.scan(
                Grammar.of(language), nfc.text(), StartCandidates.of(nfc.text(), language)[0])
            : agreed(nfc.text());
    amounts = WordedRanges.leftOut(nfc.text(), amounts);
    return List.copyOf(nfc.toOriginal(amounts));
  }

  /** The readings of all languages, longest first, leaving out spans read differently. */
  private static List<Amount> agreed(String text) {
    List<Amount> readings = new ArrayList<>();
    Language[] languages = Language.values();
    // Cheap tests first: a regular expression tried at every word costs ten times more.
    int[][] candidates = StartCandidates.of(text, languages);
    for (int i = 0; i < languages.length; i++) {
      readings.addAll(AmountScanner.scan(Grammar.of(languages[i]), text, candidates[i]));
    }
    readings.sort(
        Comparator.comparingInt((Amount a) -> a.end() - a.start())
            .reversed()
            .thenComparingInt(Amount::start));
    // Kept readings are disjoint, so the one starting last before a reading ends is the only
    // one it can overlap.
    NavigableMap<Integer, Amount> kept = new TreeMap<>();
    Set<Integer> disputed = new HashSet<>();
    for (Amount reading : readings) {
      Map.Entry<Integer, Amount> before = kept.floorEntry(reading.end() - 1);
      if (before == null || before.getValue().end() <= reading.start()) {
        kept.put(reading.start(), reading);
      } else if (before.getValue().start() == reading.start()
          && before.getValue().end() == reading.end()
          && !before.getValue().equals(reading)) {
        disputed.add(reading.start());
      }
    }
    kept.keySet().removeAll(disputed);
    return new ArrayList<>(kept.values());
  }
}
