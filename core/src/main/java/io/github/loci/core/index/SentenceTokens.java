package io.github.loci.core.index;

import com.ibm.icu.lang.UScript;
import io.github.loci.core.segment.Passage;
import io.github.loci.core.segment.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;

/**
 * A source's tokens in one field, analyzed once, sentence by sentence, and given to each passage
 * that holds the sentences. Passages overlap (most sentences are in two), so analyzing each
 * passage's text analyzed most text twice in every field.
 *
 * <p>A passage's tokens are its sentences' tokens, offsets moved to the passage's start, when its
 * sentences lie apart by white space and each starts in the script the text before it ended in
 * ({@link #replayable}: no token spans white space, and ICU's tokenizer, which splits text into
 * runs of one script, gives digits and punctuation the script of the run they continue), and the
 * field's analysis is token by token (no token made of several, as a shingle is: the caller leaves
 * the word-pair fields out): then the only thing one sentence's analysis passes to the next is the
 * positions skipped at its end (stop words removed, over-long tokens dropped), which a stream
 * reports when it ends, and the next sentence's first token gets them, as in the passage's own
 * analysis. {@code SentenceTokensTest} compares the two, attribute by attribute, on every analyzer
 * and many languages.
 *
 * <p>The tokens take about 5 bytes per char of text and field, held until the source is written:
 * sources above {@link #MAX_CHARS} are analyzed passage by passage, within the heap each source is
 * given ({@code SourceReader.HEAP_PER_SOURCE_BYTE}).
 */
final class SentenceTokens {
  /** The longest text whose sentences are analyzed once (1 Mi chars). */
  static final int MAX_CHARS = 1 << 20;

  /** Where each sentence's tokens start (one more entry: where the last one's end). */
  private final int[] firstToken;

  /** The position increment each sentence's stream reports when it ends: positions skipped last. */
  private final int[] trailing;

  private char[] chars = new char[256];
  private int[] termEnd = new int[32];
  private int[] increment = new int[32];
  private int[] start = new int[32];
  private int[] end = new int[32];
  private int tokens;

  private final List<Sentence> sentences;

  /** What to analyze, until it is: dropped once the tokens are there. */
  private Analyzer analyzer;

  private String field;
  private String text;

  private SentenceTokens(Analyzer analyzer, String field, String text, List<Sentence> sentences) {
    this.analyzer = analyzer;
    this.field = field;
    this.text = text;
    this.sentences = sentences;
    firstToken = new int[sentences.size() + 1];
    trailing = new int[sentences.size()];
  }

  /**
   * A source's sentences' tokens in one field, analyzed when a passage's field is first inverted
   * (so that a caller that reads the documents without inverting them, such as the OpenSearch
   * client, never analyzes them). Not thread-safe: one source's documents are inverted on one
   * thread.
   *
   * @param analyzer the analyzer
   * @param field the field it is asked for
   * @param text the source's text
   * @param sentences its sentences
   * @return their tokens
   */
  static SentenceTokens of(Analyzer analyzer, String field, String text, List<Sentence> sentences) {
    return new SentenceTokens(analyzer, field, text, sentences);
  }

  /** Analyzes the sentences, the first time. */
  private void analyzed() {
    if (analyzer == null) {
      return;
    }
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      firstToken[s] = tokens;
      try (TokenStream stream =
          analyzer.tokenStream(field, text.substring(sentence.start(), sentence.end()))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          add(term, inc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
        }
        stream.end();
        trailing[s] = inc.getPositionIncrement();
      } catch (IOException e) {
        throw new UncheckedIOException("analysis of an in-memory string failed", e);
      }
    }
    firstToken[sentences.size()] = tokens;
    analyzer = null;
    field = null;
    text = null;
  }

  private void add(CharTermAttribute term, int inc, int from, int to) {
    if (tokens == termEnd.length) {
      int size = tokens * 2;
      termEnd = Arrays.copyOf(termEnd, size);
      increment = Arrays.copyOf(increment, size);
      start = Arrays.copyOf(start, size);
      end = Arrays.copyOf(end, size);
    }
    int from0 = tokens == 0 ? 0 : termEnd[tokens - 1];
    if (from0 + term.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from0 + term.length()));
    }
    System.arraycopy(term.buffer(), 0, chars, from0, term.length());
    termEnd[tokens] = from0 + term.length();
    increment[tokens] = inc;
    start[tokens] = from;
    end[tokens] = to;
    tokens++;
  }

  /**
   * Whether a passage's tokens are its sentences' tokens: between each two of its sentences there
   * is white space, which ends every token (a sentence glued to the next, "lồ.Alibaba", or a long
   * sentence cut inside a word, is one token where they meet; {@link Character#isWhitespace}, not
   * the segmenter's wider set: a no-break space or U+FEFF alone is left to the passage's analysis),
   * and each sentence's first letter or digit of a script is in the script of the last one before
   * it ("Это Москва. 5G сеть.": in the passage, "5" ends the Cyrillic run and "G" starts a Latin
   * one; alone, "5G" is one Latin token).
   *
   * @param text the source's text
   * @param sentences its sentences
   * @param passage one of its passages
   * @return whether {@link #field} may give the passage's tokens
   */
  static boolean replayable(String text, List<Sentence> sentences, Passage passage) {
    for (int s = passage.firstSentence() + 1; s < passage.endSentence(); s++) {
      boolean space = false;
      for (int i = sentences.get(s - 1).end(); i < sentences.get(s).start() && !space; i++) {
        space = Character.isWhitespace(text.charAt(i));
      }
      if (!space) {
        return false;
      }
      int before = lastScript(text, passage.start(), sentences.get(s).start());
      int first = firstScript(text, sentences.get(s).start(), sentences.get(s).end());
      if (before != UScript.INVALID_CODE && first != UScript.INVALID_CODE && before != first) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text a passage's fields analyze when its sentences' tokens are not replayed: its text, with
   * a space for the punctuation that ends a sentence glued to the next ("Frankfurt.The",
   * "lồ.Alibaba"), where word breaking would otherwise make one token of the last word of one
   * sentence and the first of the next, and find neither. Where no white space lies between two
   * sentences, the chars between them (a U+FEFF, say), or else the last code point of the first,
   * when it is no letter or digit, become spaces, char for char, so offsets stay those of the text.
   * A sentence cut inside a word (an over-long one, cut where no space was) stays one word where
   * the halves meet.
   *
   * @param text the source's text
   * @param sentences its sentences
   * @param passage one of its passages
   * @return the passage's text to analyze, of its text's length
   */
  static String analyzedText(String text, List<Sentence> sentences, Passage passage) {
    char[] spaced = null;
    for (int s = passage.firstSentence() + 1; s < passage.endSentence(); s++) {
      int from = sentences.get(s - 1).end();
      int to = sentences.get(s).start();
      boolean space = false;
      for (int i = from; i < to && !space; i++) {
        space = Character.isWhitespace(text.charAt(i));
      }
      if (space) {
        continue;
      }
      if (from == to) {
        int last = text.codePointBefore(from);
        if (Character.isLetterOrDigit(last)) {
          continue;
        }
        from -= Character.charCount(last);
      }
      if (spaced == null) {
        spaced = passage.text().toCharArray();
      }
      Arrays.fill(spaced, from - passage.start(), to - passage.start(), ' ');
    }
    return spaced == null ? passage.text() : new String(spaced);
  }

  /** The script of the last code point in [from, to) that has one of its own, else invalid. */
  private static int lastScript(String text, int from, int to) {
    for (int i = to; i > from; ) {
      int c = text.codePointBefore(i);
      i -= Character.charCount(c);
      int script = UScript.getScript(c);
      if (script != UScript.COMMON && script != UScript.INHERITED) {
        return script;
      }
    }
    return UScript.INVALID_CODE;
  }

  /** The script of the first code point in [from, to) that has one of its own, else invalid. */
  private static int firstScript(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      int script = UScript.getScript(c);
      if (script != UScript.COMMON && script != UScript.INHERITED) {
        return script;
      }
    }
    return UScript.INVALID_CODE;
  }

  /**
   * A passage's field whose tokens are its sentences', as its text's analysis gives them, and whose
   * value is its text; only for a {@link #replayable} passage. Its stream is made when Lucene
   * inverts it, reusing the stream the field's last document had: one stream per field and indexing
   * thread, not one per passage.
   *
   * @param name the field's name
   * @param type the field's type (tokenized, not stored)
   * @param passage the passage
   * @return the field
   */
  Field field(String name, FieldType type, Passage passage) {
    return new ReplayedField(name, type, this, passage);
  }

  private static final class ReplayedField extends Field {
    private final SentenceTokens tokens;
    private final Passage passage;

    ReplayedField(String name, FieldType type, SentenceTokens tokens, Passage passage) {
      // The text stays the field's value, for whatever reads documents rather than inverting them
      // (the OpenSearch client sends each field's text).
      super(name, passage.text(), type);
      this.tokens = tokens;
      this.passage = passage;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      Replay replay = reuse instanceof Replay r ? r : new Replay();
      replay.of(tokens, passage);
      return replay;
    }
  }

  /** A passage's sentences' tokens, one after the other. */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private SentenceTokens tokens;
    private Passage passage;
    private int sentence;
    private int token;

    /** Positions skipped at the end of the sentences passed since the last token. */
    private int skipped;

    void of(SentenceTokens tokens, Passage passage) {
      tokens.analyzed();
      this.tokens = tokens;
      this.passage = passage;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      sentence = passage.firstSentence();
      token = tokens.firstToken[sentence];
      skipped = 0;
    }

    @Override
    public boolean incrementToken() {
      SentenceTokens t = tokens;
      while (sentence < passage.endSentence() && token == t.firstToken[sentence + 1]) {
        skipped += t.trailing[sentence];
        sentence++;
      }
      if (sentence == passage.endSentence()) {
        return false;
      }
      clearAttributes();
      int from = token == 0 ? 0 : t.termEnd[token - 1];
      term.copyBuffer(t.chars, from, t.termEnd[token] - from);
      boolean first = token == t.firstToken[sentence];
      inc.setPositionIncrement(t.increment[token] + (first ? skipped : 0));
      if (first) {
        skipped = 0;
      }
      int shift = t.sentences.get(sentence).start() - passage.start();
      offset.setOffset(t.start[token] + shift, t.end[token] + shift);
      token++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      while (sentence < passage.endSentence()) {
        skipped += tokens.trailing[sentence];
        sentence++;
      }
      int length = passage.end() - passage.start();
      offset.setOffset(length, length);
      inc.setPositionIncrement(skipped);
    }
  }
}
