package io.github.loci.core.analyze;

import io.github.loci.analyzers.Language;
import io.github.loci.analyzers.LanguageAnalyzers;
import io.github.loci.core.index.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The analyzers of one Loci instance: one per language field and the neutral one, created once and
 * shared (Lucene analyzers are thread-safe). Closing it closes them.
 */
public final class Analysis implements Closeable {
  private final Map<Language, Analyzer> byLanguage = new EnumMap<>(Language.class);
  private final Analyzer neutral = LanguageAnalyzers.neutral();
  private final Analyzer perField;
  private final CharArraySet functionWords;

  /** Creates the analyzers. */
  public Analysis() {
    Map<String, Analyzer> fields = new HashMap<>();
    for (Language language : Language.values()) {
      Analyzer analyzer = LanguageAnalyzers.forLanguage(language);
      byLanguage.put(language, analyzer);
      fields.put(Fields.textField(language), analyzer);
    }
    perField = new PerFieldAnalyzerWrapper(neutral, fields);
    functionWords = new CharArraySet(512, true);
    functionWords.addAll(org.apache.lucene.analysis.es.SpanishAnalyzer.getDefaultStopSet());
    functionWords.addAll(org.apache.lucene.analysis.it.ItalianAnalyzer.getDefaultStopSet());
    functionWords.addAll(org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  /**
   * The analyzer to index with: each language field with its language's analyzer, the neutral field
   * with the neutral one.
   *
   * @return the per-field analyzer
   */
  public Analyzer indexAnalyzer() {
    return perField;
  }

  /**
   * Returns a language's analyzer.
   *
   * @param language the language
   * @return its analyzer
   */
  public Analyzer analyzer(Language language) {
    return byLanguage.get(language);
  }

  /**
   * Returns the neutral analyzer.
   *
   * @return the neutral analyzer
   */
  public Analyzer neutral() {
    return neutral;
  }

  /**
   * Tells whether a folded neutral token is a function word in any of the languages: such words are
   * not searched across languages.
   *
   * @param token a token from the neutral analyzer
   * @return whether it is a stopword of es, it or en
   */
  public boolean isFunctionWord(String token) {
    return functionWords.contains(token);
  }

  /**
   * A token from an analyzer.
   *
   * @param term the term text
   * @param position its position, from 0, counting removed stopwords
   * @param start its start offset in the analyzed text
   * @param end its end offset
   */
  public record Token(String term, int position, int start, int end) {}

  /**
   * Analyzes text.
   *
   * @param analyzer the analyzer
   * @param field the field name passed to it
   * @param text the text
   * @return the tokens
   */
  public static List<Token> tokens(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return tokens;
  }

  @Override
  public void close() {
    for (Analyzer analyzer : byLanguage.values()) {
      analyzer.close();
    }
    neutral.close();
    perField.close();
  }
}
