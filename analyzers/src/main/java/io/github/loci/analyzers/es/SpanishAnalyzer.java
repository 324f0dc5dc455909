package io.github.loci.analyzers.es;

import io.github.loci.analyzers.AnalysisMode;
import io.github.loci.analyzers.NumberNormalizationFilter;
import io.github.loci.analyzers.internal.WordLists;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Spanish: Unicode word segmentation, lower case, numbers in one form ("38.400" = 38400, "3,53" =
 * 3.53), Snowball's Spanish stopwords (and question words in queries), then the Snowball Spanish
 * stemmer on the word as written and, for a word with an acute accent, on the word without it too,
 * at the same position (so that "tecnologia", typed without accents, still finds "tecnología"; ñ
 * stays: "año" is not "ano"). Words whose accent is their only difference from another word
 * ("sí"/"si", "él"/"el", "más"/"mas") keep it and are not stemmed. The stemmer was chosen on XQuAD
 * (MRR@10 of Loci's full configuration: Snowball after accent removal 0.869, light 0.863,
 * plural-only 0.857, minimal 0.851); stemming the accented word as well lifted es from 0.8683 to
 * 0.8699 on the user's path (README, Retrieval quality).
 */
public final class SpanishAnalyzer extends Analyzer {
  /** Words whose accent distinguishes them from another word: not folded. */
  public static final CharArraySet PROTECTED =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of("sí", "él", "tú", "mí", "más", "sé", "té", "dé", "aún", "sólo"), false));

  private static final CharArraySet QUESTION_WORDS =
      WordLists.load(SpanishAnalyzer.class, "question_words.txt");

  private final CharArraySet stopwords;
  private final AnalysisMode mode;

  /** Creates the index-time analyzer with Lucene's default Spanish stopwords. */
  public SpanishAnalyzer() {
    this(AnalysisMode.INDEX);
  }

  /**
   * Creates the analyzer for indexing or for queries.
   *
   * @param mode index or query
   */
  public SpanishAnalyzer(AnalysisMode mode) {
    this(org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet(), mode);
  }

  /**
   * Creates the analyzer with the given stopwords.
   *
   * @param stopwords lower-case words that are not indexed; copied
   * @param mode index or query
   */
  public SpanishAnalyzer(CharArraySet stopwords, AnalysisMode mode) {
    // "tambien" as well as "también": text typed without accents drops the same words.
    this.stopwords = WordLists.withUnaccented(stopwords, PROTECTED);
    this.mode = mode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream result = new LowerCaseFilter(source);
    result = NumberNormalizationFilter.of(result, ',', mode);
    result = new StopFilter(result, stopwords);
    if (mode == AnalysisMode.QUERY) {
      result = new StopFilter(result, QUESTION_WORDS);
    }
    result = new SetKeywordMarkerFilter(result, PROTECTED);
    result = new AccentedAndPlainStemFilter(result);
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /**
   * The Snowball Spanish stem of each word not marked as a keyword, as written, and, when the word
   * has an acute accent (á é í ó ú) and its accent-free spelling stems otherwise, that stem too at
   * the same position. Snowball's rules read accented suffixes ("información" and "informaciones"
   * both stem to "inform", but "informacion" stays whole), so the word as written stems best; the
   * accent-free stem keeps a word typed without its accents ("tecnologia") matching the accented
   * one ("tecnología": "tecnolog" and "tecnologi"). ñ and ü stay.
   */
  static final class AccentedAndPlainStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position =
        addAttribute(PositionIncrementAttribute.class);
    private final SpanishStemmer stemmer = new SpanishStemmer();
    private final StringBuilder plain = new StringBuilder();
    private String pending;
    private State pendingState;

    AccentedAndPlainStemFilter(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (pending != null) {
        restoreState(pendingState);
        term.setEmpty().append(pending);
        position.setPositionIncrement(0);
        pending = null;
        pendingState = null;
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      if (keyword.isKeyword()) {
        return true;
      }
      boolean accented = withoutAcuteAccents(term.buffer(), term.length(), plain);
      String stem = stem(term.buffer(), term.length());
      term.setEmpty().append(stem);
      if (accented) {
        String plainStem = stem(plain.toString().toCharArray(), plain.length());
        if (!plainStem.equals(stem)) {
          pending = plainStem;
          pendingState = captureState();
        }
      }
      return true;
    }

    private String stem(char[] word, int length) {
      stemmer.setCurrent(word, length);
      stemmer.stem();
      return stemmer.getCurrent();
    }

    /** Writes the word without acute accents into {@code out}; tells whether it had any. */
    private static boolean withoutAcuteAccents(char[] word, int length, StringBuilder out) {
      out.setLength(0);
      boolean changed = false;
      for (int i = 0; i < length; i++) {
        char c =
            switch (word[i]) {
              case 'á' -> 'a';
              case 'é' -> 'e';
              case 'í' -> 'i';
              case 'ó' -> 'o';
              case 'ú' -> 'u';
              default -> word[i];
            };
        changed |= c != word[i];
        out.append(c);
      }
      return changed;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending = null;
      pendingState = null;
    }
  }
}
