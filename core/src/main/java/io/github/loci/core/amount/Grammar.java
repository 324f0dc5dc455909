package io.github.loci.core.amount;

import io.github.loci.analyzers.Language;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;

/**
 * The patterns of one language's amounts, compiled once from its {@link AmountWords}. Immutable, so
 * shared by every thread; {@link AmountScanner} holds the matchers of one extraction.
 *
 * <p>Each pattern is applied at a position ({@code lookingAt} on a region with transparent bounds,
 * so its look-behinds see the text before), except {@link #qualifier}, found in a window that ends
 * where an amount begins, and {@link #moneyCue}, found in the words around one.
 */
final class Grammar {
  private static final Map<Language, Grammar> GRAMMARS = compileAll();

  private static final String LETTER = "[\\p{L}\\p{M}]";
  private static final String WORD_START = "(?<![\\p{L}\\p{M}\\p{Nd}])";
  private static final String WORD_END = "(?![\\p{L}\\p{M}\\p{Nd}])";

  /**
   * One line break, with the horizontal space around it (up to 64 chars each side, the bound a
   * look-behind needs: text padded to a fixed width has runs of spaces).
   */
  private static final String LINE_BREAK = "\\h{0,64}(?:\r\n|[\n\r\u0085\u2028])\\h{0,64}";

  /**
   * White space within a line, or across one line break before a word in lower case: a hard-wrapped
   * line ("300⏎million dollars") does not end an amount, a blank line does, and so does a line that
   * starts a heading or a table's row ("Chapter 12⏎Dollar weakness", "2019 2020⏎Billion euros").
   */
  private static final String GAP = "(?:" + LINE_BREAK + "(?=(?-i:\\p{Ll}))|\\h+)";

  /** Not right after a number: "millones" in a number that did not read is no magnitude. */
  private static final String NOT_AFTER_NUMBER = "(?<!\\p{Nd}(?:\\h{1,64}|" + LINE_BREAK + "))";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  final NumberStyle numbers;

  /** Numbers written in words, before a scale word standing alone. */
  final SpelledNumbers spelled;

  /** Whether a vague magnitude needs its marker ("hàng tỉ"), so no number precedes it. */
  final boolean markedMagnitudes;

  /**
   * The language's function words (Lucene's stop words), which name no thing a number counts: "in"
   * after "500 thousand" in "$1 million and 500 thousand in cash".
   */
  final CharArraySet functionWords;

  final Phrases<BigDecimal> scales;
  final Phrases<BigDecimal> gluedScales;
  final Phrases<String> currencies;
  final Phrases<Qualifier> qualifiers;
  private final Phrases<BigDecimal> magnitudeWords;

  /** The words {@link #start} may match first, in lower case: "us" (of "US$"), "a", "hàng". */
  private final Set<String> startWords = new HashSet<>();

  /** The most code points a word of {@link #startWords} has (folding keeps their number). */
  private int startWordMaxCodePoints;

  /** The first letters of {@link #startWords}, in both cases. */
  private final BitSet startLetters = new BitSet();

  /** The chars other than letters and digits {@link #start} may match first: "$", "€". */
  private final BitSet startSymbols = new BitSet();

  /**
   * What an amount may begin with: a digit, a currency before a number, a word for one before a
   * scale, a scale alone or a vague magnitude. {@link StartCandidates} tells cheaply where it
   * cannot.
   */
  final Pattern start;

  /** A currency before a number: group {@code c}. */
  final Pattern currencyBefore;

  /** A numeral. */
  final Pattern number;

  /** A numeral right after a currency, which may be a code against it ("USD12bn"). */
  final Pattern numberAfterCurrency;

  /**
   * Scale letters glued to a number after a currency ("bn"), or after one space when they are two
   * letters or more ("$15.5 bn"): group {@code s}.
   */
  final Pattern gluedScale;

  /** A scale word after a number: group {@code s}. */
  final Pattern scale;

  /** Another number and scale adding to the first ("e 300 mila"): groups {@code n}, {@code s}. */
  final Pattern compound;

  /** Words after a scale that add half of it ("y medio", "rưỡi"). */
  final Pattern halfAfter;

  /**
   * Words after a number, then a scale, that add half of the scale: "and a half billion" after
   * "two"; groups {@code h} (the words) and {@code s}.
   */
  final Pattern halfBefore;

  /** Whether {@link #halfBefore} has words to match. */
  final boolean hasHalvesBefore;

  /** A word for one and a scale ("a billion"): group {@code s}. */
  final Pattern one;

  /** A scale without a number ("mil millones"): group {@code s}. */
  final Pattern bare;

  /** A vague magnitude ("hàng tỉ", "billions", "cientos de millones"). */
  final Pattern magnitude;

  /** "%" or a percent word after a number. */
  final Pattern percent;

  /**
   * A currency after an amount: a symbol ("€", "đ"; group {@code symbol}) or a name or code ("de
   * dólares", "USD", "-dollar"; group {@code name}).
   */
  final Pattern currencyAfter;

  /** A qualifier ending where the amount begins: group {@code q}. */
  final Pattern qualifier;

  /** A money cue (group {@code c}) or a phrase that only looks like one (no group). */
  final Pattern moneyCue;

  private Grammar(Language language, AmountWords lexicon) {
    numbers = lexicon.numbers;
    spelled = new SpelledNumbers(language);
    markedMagnitudes = !lexicon.magnitudeMarker.isEmpty();
    functionWords =
        switch (language) {
          case ES -> SpanishAnalyzer.getDefaultStopSet();
          case IT -> ItalianAnalyzer.getDefaultStopSet();
          case EN -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
          default -> CharArraySet.EMPTY_SET;
        };
    scales = new Phrases<>(lexicon.scales, false);
    gluedScales = new Phrases<>(lexicon.gluedScales, false);
    Map<String, BigDecimal> magnitudeMap = new HashMap<>(lexicon.magnitudes);
    magnitudeMap.putAll(lexicon.multipliers);
    magnitudeWords = new Phrases<>(magnitudeMap, false);
    Map<String, String> symbolsAfter = new HashMap<>(Currencies.SYMBOLS);
    symbolsAfter.putAll(lexicon.currencySymbols);
    Map<String, String> allCurrencies = new HashMap<>(symbolsAfter);
    allCurrencies.putAll(Currencies.CODES);
    allCurrencies.putAll(lexicon.currencies);
    currencies = new Phrases<>(allCurrencies, false);
    qualifiers = new Phrases<>(lexicon.qualifiers, false);

    String num = numbers.regex();
    Phrases<String> symbolPhrases = new Phrases<>(Currencies.SYMBOLS, true);
    Phrases<String> codePhrases = new Phrases<>(Currencies.CODES, true);
    Phrases<String> onePhrases = phrases(lexicon.ones);
    Phrases<BigDecimal> barePhrases = new Phrases<>(lexicon.bareScales, false);
    Phrases<BigDecimal> magnitudePhrases = new Phrases<>(lexicon.magnitudes, false);
    Phrases<BigDecimal> multiplierPhrases = new Phrases<>(lexicon.multipliers, false);
    String symbols = symbolPhrases.regex();
    String codes = codePhrases.regex();
    String scaleWord =
        "(?<s>" + scales.regex() + ")" + WORD_END + refuse("\\h+", lexicon.notScales);
    String ones = onePhrases.regex();
    String bareWords = barePhrases.regex();
    String magnitudes = magnitudePhrases.regex();
    String multipliers = multiplierPhrases.regex();
    String marker =
        lexicon.magnitudeMarker.isEmpty() ? "" : Pattern.quote(lexicon.magnitudeMarker) + "\\h+";
    String link = lexicon.links.isEmpty() ? "" : "(?:" + words(lexicon.links) + "\\h+)?";
    // Group j (the joiner) is in every grammar's compound; a grammar without joiners never sets it.
    String joiner =
        "(?:(?<j>" + (lexicon.joiners.isEmpty() ? "(?!)" : words(lexicon.joiners)) + ")\\h+)?";

    symbolPhrases.addStarts(startWords, startSymbols);
    codePhrases.addStarts(startWords, startSymbols);
    onePhrases.addStarts(startWords, startSymbols);
    barePhrases.addStarts(startWords, startSymbols);
    if (lexicon.magnitudeMarker.isEmpty()) {
      magnitudePhrases.addStarts(startWords, startSymbols);
      multiplierPhrases.addStarts(startWords, startSymbols);
    } else {
      phrases(List.of(lexicon.magnitudeMarker)).addStarts(startWords, startSymbols);
    }
    for (String word : startWords) {
      startWordMaxCodePoints =
          Math.max(startWordMaxCodePoints, word.codePointCount(0, word.length()));
      int letter = word.codePointAt(0);
      startLetters.set(letter);
      startLetters.set(Character.toUpperCase(letter));
      startLetters.set(Character.toTitleCase(letter));
    }

    start =
        compile(
            "[0-9]|"
                + WORD_START
                + "(?:"
                + symbols
                + "|"
                + codes
                + "\\h?[0-9]|(?:"
                + ones
                + "\\h+"
                + scales.regex()
                + "|"
                + bareWords
                + "|"
                + marker
                + "(?:"
                + multipliers
                + "|"
                + magnitudes
                + "))"
                + WORD_END
                + ")");
    currencyBefore = compile(WORD_START + "(?<c>" + symbols + "|" + codes + ")\\h?(?=[0-9])");
    number = compile(num);
    numberAfterCurrency = compile(numbers.regexAfterCurrency());
    // "$3.5bn", and "$15.5 bn" or "$10 bln" with a space before letters that can only be a scale.
    Map<String, BigDecimal> abbreviations = new HashMap<>();
    lexicon.gluedScales.forEach(
        (word, value) -> {
          if (word.length() >= 2) {
            abbreviations.put(word, value);
          }
        });
    String spaced =
        abbreviations.isEmpty()
            ? ""
            : "(?:\\h(?=(?:" + new Phrases<>(abbreviations, false).regex() + ")" + WORD_END + "))?";
    gluedScale = compile(spaced + "(?<s>" + gluedScales.regex() + ")" + WORD_END);
    // "2 million", and "$2-million" as some English papers write it.
    scale = compile("(?:" + GAP + "|-)" + scaleWord);
    compound = compile("\\h+" + joiner + "(?<n>" + num + ")\\h+" + scaleWord);
    one = compile(WORD_START + ones + "\\h+" + scaleWord);
    halfAfter =
        compile(
            "\\h+"
                + words(lexicon.halvesAfter)
                + WORD_END
                + "(?!-)"
                + refuse("\\h+", lexicon.notHalves));
    hasHalvesBefore = !lexicon.halvesBefore.isEmpty();
    halfBefore = compile("\\h+(?<h>" + words(lexicon.halvesBefore) + ")\\h+" + scaleWord);
    bare = compile(WORD_START + NOT_AFTER_NUMBER + "(?<s>" + bareWords + ")" + WORD_END);
    magnitude =
        compile(
            WORD_START
                + NOT_AFTER_NUMBER
                + marker
                + "(?:"
                + multipliers
                + "\\h+"
                + link
                + ")?"
                + magnitudes
                + "(?:\\h+"
                + link
                + magnitudes
                + ")?"
                + WORD_END
                + refuse("\\h+", lexicon.notScales));
    percent = compile("\\h*[%％]|\\h+" + words(lexicon.percentWords) + WORD_END);
    currencyAfter =
        compile(
            "(?:\\h*(?<symbol>"
                + new Phrases<>(symbolsAfter, true).regex()
                + ")|(?:"
                + GAP
                + "|-)"
                + link
                + refuse("", lexicon.notCurrencies)
                + "(?<name>"
                + new Phrases<>(lexicon.currencies, false).regex()
                + "|"
                + codes
                + "))"
                + WORD_END);
    qualifier = compile(WORD_START + "(?<q>" + qualifiers.regex() + ")(?:\\h+|(?<=['’])\\h*)\\z");
    moneyCue =
        compile(
            WORD_START
                + "(?:"
                + words(lexicon.notMoneyCues)
                + WORD_END
                + "|(?<c>"
                + cues(lexicon.moneyCues)
                + "))");
  }

  /**
   * Returns the grammar of a language.
   *
   * @param language one of Loci's languages
   * @return its grammar, compiled once
   */
  static Grammar of(Language language) {
    return GRAMMARS.get(language);
  }

  /**
   * Tells whether an amount may begin with a char that is neither a digit nor a letter.
   *
   * @param first the char at a word start
   * @return false when {@link #start} cannot match there
   */
  boolean startsWithSymbol(char first) {
    return startSymbols.get(first);
  }

  /**
   * Tells whether a word beginning with this letter may begin an amount.
   *
   * @param first the word's first letter
   * @return false when {@link #start} cannot match there
   */
  boolean startsWithLetter(char first) {
    return startLetters.get(first);
  }

  /**
   * The most code points of a word that may begin an amount.
   *
   * @return a count; folding keeps it
   */
  int startWordMaxCodePoints() {
    return startWordMaxCodePoints;
  }

  /**
   * The words an amount may begin with, folded ({@link Phrases#fold}).
   *
   * @return the words, unmodifiable
   */
  Set<String> startWords() {
    return java.util.Collections.unmodifiableSet(startWords);
  }

  /** Returns the value of a vague magnitude phrase: the product of its words' values. */
  BigDecimal magnitudeValue(CharSequence phrase) {
    BigDecimal value = BigDecimal.ONE;
    String[] words = phrase.toString().strip().split("\\h+");
    // The longest magnitude or multiplier at each word: "several billion" is one, "cientos" and
    // "millones" two.
    for (int i = 0; i < words.length; ) {
      int next = i + 1;
      for (int j = words.length; j > i; j--) {
        BigDecimal factor =
            magnitudeWords.valueOf(String.join(" ", java.util.Arrays.copyOfRange(words, i, j)));
        if (factor != null) {
          value = value.multiply(factor);
          next = j;
          break;
        }
      }
      i = next;
    }
    return value;
  }

  private static Map<Language, Grammar> compileAll() {
    Map<Language, Grammar> grammars = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      grammars.put(language, new Grammar(language, AmountWords.of(language)));
    }
    return grammars;
  }

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, FLAGS);
  }

  /** A table of literal phrases standing for themselves. */
  private static Phrases<String> phrases(List<String> phrases) {
    return new Phrases<>(
        phrases.stream().collect(Collectors.toMap(p -> p, p -> p, (a, b) -> a)), false);
  }

  /** An alternation of literal phrases, or one that never matches when there are none. */
  private static String words(List<String> phrases) {
    return phrases(phrases).regex();
  }

  /** A look-ahead refusing any of the phrases as a whole word after {@code before}. */
  private static String refuse(String before, List<String> phrases) {
    return phrases.isEmpty() ? "" : "(?!" + before + words(phrases) + WORD_END + ")";
  }

  /** Money cues: whole words, or stems ending in {@code *} that take any ending. */
  private static String cues(List<String> cues) {
    List<String> whole = cues.stream().filter(c -> !c.endsWith("*")).toList();
    List<String> stems =
        cues.stream()
            .filter(c -> c.endsWith("*"))
            .map(c -> c.substring(0, c.length() - 1))
            .toList();
    return words(whole) + WORD_END + "|" + words(stems) + LETTER + "*";
  }
}
