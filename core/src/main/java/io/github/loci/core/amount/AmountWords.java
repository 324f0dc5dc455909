package io.github.loci.core.amount;

import io.github.loci.analyzers.Language;
import io.github.loci.core.internal.Bundled;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words one language writes amounts with: scale words, currency names, qualifiers, percent
 * words and the words that make a number without a currency a sum of money.
 *
 * <p>Phrases are lower case; a space in a phrase stands for any horizontal white space. A money cue
 * ending in {@code *} is a stem: "invest*" matches "investors".
 */
final class AmountWords {
  final NumberStyle numbers;

  /** Scale words after a number or a word for one: "millones" (1e6), "mil millones" (1e9). */
  final Map<String, BigDecimal> scales;

  /** Scales that stand without a number: "mil millones", "billion" (as in "billion dollar"). */
  final Map<String, BigDecimal> bareScales;

  /** Scale letters glued to a number after a currency: "bn" in "$15bn". */
  final Map<String, BigDecimal> gluedScales;

  /** Words for one before a scale: "a", "un", "một". */
  final List<String> ones;

  /** Vague magnitudes: "millones" (1e6) in "millones de dólares", "miles" (1e3). */
  final Map<String, BigDecimal> magnitudes;

  /** Multipliers of a vague magnitude: "cientos" (100) in "cientos de millones". */
  final Map<String, BigDecimal> multipliers;

  /** The word a vague magnitude must start with ("hàng"), or empty when none is needed. */
  final String magnitudeMarker;

  /** Words between a scale and what it counts: "de", "di", "of". */
  final List<String> links;

  /** Words joining the parts of one number: "e" in "2 milioni e 300 mila". */
  final List<String> joiners;

  /** Words after a scale that add half of it: "y medio" in "dos millones y medio", "rưỡi". */
  final List<String> halvesAfter;

  /** Words between a number and a scale that add half of the scale: "and a half". */
  final List<String> halvesBefore;

  /** Words after a half that it quantifies instead: "dozen" in "and a half dozen firms". */
  final List<String> notHalves;

  /** Words after a scale that make it another word: "phú" ("tỷ phú", a billionaire). */
  final List<String> notScales;

  /** Currency names and the ISO codes they stand for, after the number: "dólares" → USD. */
  final Map<String, String> currencies;

  /** Currency symbols of this language only, after the number: "đ" → VND. */
  final Map<String, String> currencySymbols;

  /** Phrases starting with a currency name that are no currency: "đồng ý" (to agree). */
  final List<String> notCurrencies;

  /** Words before an amount that qualify it: "más de" → AT_LEAST. */
  final Map<String, Qualifier> qualifiers;

  /** Words after a number that make it a percentage ("%" is in every language). */
  final List<String> percentWords;

  /** Words that make a scaled number without a currency a sum of money: "inversión". */
  final List<String> moneyCues;

  /** Phrases containing a money cue that are no money: "đánh giá" (to assess). */
  final List<String> notMoneyCues;

  private AmountWords(Builder b) {
    numbers = b.numbers;
    scales = Map.copyOf(b.scales);
    bareScales = Map.copyOf(b.bareScales);
    gluedScales = Map.copyOf(b.gluedScales);
    ones = List.copyOf(b.ones);
    magnitudes = Map.copyOf(b.magnitudes);
    multipliers = Map.copyOf(b.multipliers);
    magnitudeMarker = b.magnitudeMarker;
    links = List.copyOf(b.links);
    joiners = List.copyOf(b.joiners);
    halvesAfter = List.copyOf(b.halvesAfter);
    halvesBefore = List.copyOf(b.halvesBefore);
    notHalves = List.copyOf(b.notHalves);
    notScales = List.copyOf(b.notScales);
    currencies = Map.copyOf(b.currencies);
    currencySymbols = Map.copyOf(b.currencySymbols);
    notCurrencies = List.copyOf(b.notCurrencies);
    qualifiers = Map.copyOf(b.qualifiers);
    percentWords = List.copyOf(b.percentWords);
    moneyCues = List.copyOf(b.moneyCues);
    notMoneyCues = List.copyOf(b.notMoneyCues);
  }

  /**
   * Returns the lexicon of a language: the resource {@code <code>.words} beside this class.
   *
   * @param language one of Loci's languages
   * @return its lexicon
   * @throws IllegalStateException naming the resource and line of a malformed one
   * @throws java.io.UncheckedIOException if the resource is missing (a packaging bug)
   */
  static AmountWords of(Language language) {
    String name = language.code() + ".words";
    return parse(name, new String(Bundled.read(AmountWords.class, name), StandardCharsets.UTF_8));
  }

  /**
   * Reads a lexicon: a first line {@code numbers: decimal-comma} (or {@code decimal-point}), then
   * one kind of word a line, {@code kind: word | word} or, for the kinds that map words to a value,
   * {@code kind value: word | word}; a kind may take several lines. {@code #} starts a comment
   * line.
   *
   * @param name the resource's name, for errors
   * @param text its text
   * @return the lexicon
   * @throws IllegalStateException naming {@code name} and the line of an error
   */
  static AmountWords parse(String name, String text) {
    Builder words = null;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException("no ':' after the kind");
        }
        String[] head = line.substring(0, colon).strip().split("\\s+", 2);
        String kind = head[0];
        String value = head.length > 1 ? head[1] : null;
        String[] list = list(line.substring(colon + 1));
        if (words == null) {
          if (!kind.equals("numbers") || value != null || list.length != 1) {
            throw new IllegalArgumentException(
                "the first line must be numbers: decimal-comma or numbers: decimal-point");
          }
          words = new Builder(NumberStyle.valueOf(constant(list[0])));
        } else {
          add(words, kind, value, list);
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalStateException(
            "amount words " + name + ", line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    if (words == null) {
      throw new IllegalStateException("amount words " + name + ": empty");
    }
    return words.build();
  }

  /** The words of a line after its colon, separated by {@code |}; none may be empty. */
  private static String[] list(String words) {
    String[] list = words.split("\\|", -1);
    for (int i = 0; i < list.length; i++) {
      list[i] = list[i].strip();
      if (list[i].isEmpty()) {
        throw new IllegalArgumentException("an empty word (two '|' in a row, or none after ':')");
      }
    }
    return list;
  }

  /** "at-least" → "AT_LEAST". */
  private static String constant(String word) {
    return word.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The kinds of line after the first, written in lower case with '-' for '_' ("money-cues"). */
  private enum Kind {
    SCALE(true),
    GLUED(true),
    MAGNITUDE(true),
    MULTIPLIER(true),
    CURRENCY(true),
    CURRENCY_SYMBOL(true),
    QUALIFIER(true),
    BARE(false),
    ONES(false),
    LINKS(false),
    JOINERS(false),
    HALF_AFTER(false),
    HALF_BEFORE(false),
    NOT_HALVES(false),
    NOT_SCALES(false),
    NOT_CURRENCIES(false),
    PERCENT(false),
    MONEY_CUES(false),
    NOT_MONEY_CUES(false),
    MAGNITUDE_MARKER(false);

    /** Whether the kind maps its words to a value: a number, a currency code or a qualifier. */
    final boolean valued;

    Kind(boolean valued) {
      this.valued = valued;
    }

    static Kind of(String written) {
      for (Kind kind : values()) {
        if (kind.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(written)) {
          return kind;
        }
      }
      throw new IllegalArgumentException(
          written.equals("numbers")
              ? "numbers only on the first line"
              : "unknown kind '" + written + "'");
    }
  }

  /** An ISO 4217 code: three capital letters. */
  private static String currencyCode(String value) {
    if (!value.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("not a currency code (three capital letters): " + value);
    }
    return value;
  }

  private static void add(Builder words, String written, String value, String[] list) {
    Kind kind = Kind.of(written);
    if (kind.valued != (value != null)) {
      throw new IllegalArgumentException(
          kind.valued
              ? written + " needs a value before ':'"
              : written + " takes no value before ':'");
    }
    switch (kind) {
      case SCALE -> words.scale(value, list);
      case GLUED -> words.glued(value, list);
      case MAGNITUDE -> words.magnitude(value, list);
      case MULTIPLIER -> words.multiplier(value, list);
      case CURRENCY -> words.currency(currencyCode(value), list);
      case CURRENCY_SYMBOL -> words.currencySymbol(currencyCode(value), list);
      case QUALIFIER -> words.qualifier(Qualifier.valueOf(constant(value)), list);
      case BARE -> words.bare(list);
      case ONES -> words.ones(list);
      case LINKS -> words.links(list);
      case JOINERS -> words.joiners(list);
      case HALF_AFTER -> words.halvesAfter.addAll(List.of(list));
      case HALF_BEFORE -> words.halvesBefore.addAll(List.of(list));
      case NOT_HALVES -> words.notHalves.addAll(List.of(list));
      case NOT_SCALES -> words.notScales(list);
      case NOT_CURRENCIES -> words.notCurrencies(list);
      case PERCENT -> words.percent(list);
      case MONEY_CUES -> words.moneyCues(list);
      case NOT_MONEY_CUES -> words.notMoneyCues(list);
      case MAGNITUDE_MARKER -> {
        if (list.length != 1) {
          throw new IllegalArgumentException("magnitude-marker takes one word");
        }
        words.magnitudeMarker(list[0]);
      }
    }
  }

  /** Collects a lexicon's words; {@link #build()} copies them. */
  private static final class Builder {
    private final NumberStyle numbers;
    private final Map<String, BigDecimal> scales = new LinkedHashMap<>();
    private final Map<String, BigDecimal> bareScales = new LinkedHashMap<>();
    private final Map<String, BigDecimal> gluedScales = new LinkedHashMap<>();
    private final List<String> ones = new ArrayList<>();
    private final Map<String, BigDecimal> magnitudes = new LinkedHashMap<>();
    private final Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
    private String magnitudeMarker = "";
    private final List<String> links = new ArrayList<>();
    private final List<String> joiners = new ArrayList<>();
    private final List<String> halvesAfter = new ArrayList<>();
    private final List<String> halvesBefore = new ArrayList<>();
    private final List<String> notHalves = new ArrayList<>();
    private final List<String> notScales = new ArrayList<>();
    private final Map<String, String> currencies = new LinkedHashMap<>();
    private final Map<String, String> currencySymbols = new LinkedHashMap<>();
    private final List<String> notCurrencies = new ArrayList<>();
    private final Map<String, Qualifier> qualifiers = new LinkedHashMap<>();
    private final List<String> percentWords = new ArrayList<>();
    private final List<String> moneyCues = new ArrayList<>();
    private final List<String> notMoneyCues = new ArrayList<>();

    Builder(NumberStyle numbers) {
      this.numbers = numbers;
    }

    Builder scale(String value, String... words) {
      return put(scales, new BigDecimal(value), words);
    }

    /** Scales, already given to {@link #scale}, that may stand without a number. */
    Builder bare(String... words) {
      for (String word : words) {
        BigDecimal value = scales.get(word);
        if (value == null) {
          throw new IllegalStateException("not a scale: " + word);
        }
        bareScales.put(word, value);
      }
      return this;
    }

    Builder glued(String value, String... letters) {
      return put(gluedScales, new BigDecimal(value), letters);
    }

    Builder ones(String... words) {
      ones.addAll(List.of(words));
      return this;
    }

    Builder magnitude(String value, String... words) {
      return put(magnitudes, new BigDecimal(value), words);
    }

    Builder multiplier(String value, String... words) {
      return put(multipliers, new BigDecimal(value), words);
    }

    Builder magnitudeMarker(String word) {
      magnitudeMarker = word;
      return this;
    }

    Builder links(String... words) {
      links.addAll(List.of(words));
      return this;
    }

    Builder joiners(String... words) {
      joiners.addAll(List.of(words));
      return this;
    }

    Builder notScales(String... words) {
      notScales.addAll(List.of(words));
      return this;
    }

    Builder currency(String code, String... names) {
      return put(currencies, code, names);
    }

    Builder currencySymbol(String code, String... symbols) {
      return put(currencySymbols, code, symbols);
    }

    Builder notCurrencies(String... phrases) {
      notCurrencies.addAll(List.of(phrases));
      return this;
    }

    Builder qualifier(Qualifier qualifier, String... phrases) {
      return put(qualifiers, qualifier, phrases);
    }

    Builder percent(String... words) {
      percentWords.addAll(List.of(words));
      return this;
    }

    Builder moneyCues(String... words) {
      moneyCues.addAll(List.of(words));
      return this;
    }

    Builder notMoneyCues(String... phrases) {
      notMoneyCues.addAll(List.of(phrases));
      return this;
    }

    AmountWords build() {
      return new AmountWords(this);
    }

    private <T> Builder put(Map<String, T> map, T value, String... keys) {
      for (String key : keys) {
        map.put(key, value);
      }
      return this;
    }
  }
}
