package io.github.loci.core.index;

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

/**
 * A source's tokens in one field, analyzed once, sentence by sentence, and given to each passage
 * that holds the sentences. Passages overlap (most sentences are in two), so analyzing each
 * passage's text analyzed most text twice in every field.
 *
 * <p>A passage's tokens are its sentences' tokens, offsets moved to the passage's start, when its
 * sentences lie apart by white space ({@link #replayable}: no token spans white space) and the
 * field's analysis is token by token (no token made of several, as a shingle is): then the only
 * thing one sentence's analysis passes to the next is the positions skipped at its end (stop words
 * removed, over-long tokens dropped), which a stream reports when it ends, and the next sentence's
 * first token gets them, as in the passage's own analysis. {@code SentenceTokensTest} compares the
 * two, attribute by attribute, on every analyzer and many languages.
 */
final class SentenceTokens {
  private final int[] sentenceStarts;

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

  private SentenceTokens(int sentences) {
    sentenceStarts = new int[sentences];
    firstToken = new int[sentences + 1];
    trailing = new int[sentences];
  }

  /**
   * Analyzes a source's sentences for one field.
   *
   * @param analyzer the analyzer
   * @param field the field it is asked for
   * @param text the source's text
   * @param sentences its sentences
   * @return their tokens
   */
  static SentenceTokens analyze(
      Analyzer analyzer, String field, String text, List<Sentence> sentences) {
    SentenceTokens out = new SentenceTokens(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      out.sentenceStarts[s] = sentence.start();
      out.firstToken[s] = out.tokens;
      try (TokenStream stream =
          analyzer.tokenStream(field, text.substring(sentence.start(), sentence.end()))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          out.add(term, inc.getPositionIncrement(), offset.startOffset(), offset.endOffset());
        }
        stream.end();
        out.trailing[s] = inc.getPositionIncrement();
      } catch (IOException e) {
        throw new UncheckedIOException("analysis of an in-memory string failed", e);
      }
    }
    out.firstToken[sentences.size()] = out.tokens;
    return out;
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
   * sentence cut inside a word, is one token where they meet).
   *
   * @param text the source's text
   * @param sentences its sentences
   * @param passage one of its passages
   * @return whether {@link #stream} may give the passage's tokens
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
    }
    return true;
  }

  /**
   * A passage's tokens, as its text's analysis gives them; only for a {@link #replayable} passage.
   *
   * @param passage the passage
   * @return a new stream of its tokens
   */
  TokenStream stream(Passage passage) {
    return new Replay(passage);
  }

  /** A passage's sentences' tokens, one after the other. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final Passage passage;
    private int sentence;
    private int token;

    /** Positions skipped at the end of the sentences passed since the last token. */
    private int skipped;

    Replay(Passage passage) {
      this.passage = passage;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      sentence = passage.firstSentence();
      token = firstToken[sentence];
      skipped = 0;
    }

    @Override
    public boolean incrementToken() {
      while (sentence < passage.endSentence() && token == firstToken[sentence + 1]) {
        skipped += trailing[sentence];
        sentence++;
      }
      if (sentence == passage.endSentence()) {
        return false;
      }
      clearAttributes();
      int from = token == 0 ? 0 : termEnd[token - 1];
      term.copyBuffer(chars, from, termEnd[token] - from);
      boolean first = token == firstToken[sentence];
      inc.setPositionIncrement(increment[token] + (first ? skipped : 0));
      if (first) {
        skipped = 0;
      }
      int shift = sentenceStarts[sentence] - passage.start();
      offset.setOffset(start[token] + shift, end[token] + shift);
      token++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      while (sentence < passage.endSentence()) {
        skipped += trailing[sentence];
        sentence++;
      }
      int length = passage.end() - passage.start();
      offset.setOffset(length, length);
      inc.setPositionIncrement(skipped);
    }
  }
}
