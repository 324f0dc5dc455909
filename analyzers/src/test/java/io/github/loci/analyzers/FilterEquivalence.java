package io.github.loci.analyzers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.tests.analysis.CannedTokenStream;
import org.apache.lucene.tests.analysis.Token;
import org.apache.lucene.tests.util.TestUtil;

/**
 * Checks that a filter gives exactly what a reference implementation gives: the same terms,
 * offsets, position increments and lengths, types and keyword flags, token for token, and the same
 * final offset. The filters' equivalence tests use it with the {@code Reference*} copies of the
 * filters as they were before their fast paths.
 */
public final class FilterEquivalence {
  private FilterEquivalence() {}

  /**
   * Runs the same tokens through both filters and fails unless their output is identical. Some
   * tokens, chosen at random, are marked as keywords first.
   *
   * @param random the test's randomness
   * @param terms the input terms, one token each
   * @param expected wraps a stream in the reference filter
   * @param actual wraps a stream in the filter under test
   */
  public static void assertSameOutput(
      Random random,
      List<String> terms,
      UnaryOperator<TokenStream> expected,
      UnaryOperator<TokenStream> actual) {
    Token[] tokens = new Token[terms.size()];
    CharArraySet keywords = new CharArraySet(16, false);
    int offset = 0;
    for (int i = 0; i < tokens.length; i++) {
      String term = terms.get(i);
      tokens[i] = new Token(term, 1 + random.nextInt(2), offset, offset + term.length());
      tokens[i].setType(random.nextBoolean() ? "<ALPHANUM>" : "word");
      offset += term.length() + 1;
      if (random.nextInt(20) == 0) {
        keywords.add(term);
      }
    }
    List<String> want = describe(expected.apply(marked(tokens, keywords)));
    List<String> got = describe(actual.apply(marked(tokens, keywords)));
    if (!want.equals(got)) {
      // Name the first token that differs, with its code points, rather than two long lists.
      for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
        if (!want.get(i).equals(got.get(i))) {
          throw new AssertionError(
              "output differs at token "
                  + i
                  + ": expected "
                  + want.get(i)
                  + " but got "
                  + got.get(i));
        }
      }
      throw new AssertionError("output differs in length: expected " + want + " but got " + got);
    }
  }

  /**
   * Analyzes the text with both analyzers and fails unless their output is identical.
   *
   * @param expected the reference analyzer
   * @param actual the analyzer under test
   * @param text the text
   */
  public static void assertSameAnalysis(Analyzer expected, Analyzer actual, String text) {
    List<String> want = describe(expected.tokenStream("f", text));
    List<String> got = describe(actual.tokenStream("f", text));
    if (!want.equals(got)) {
      throw new AssertionError(
          "analysis of " + codePoints(text) + " differs: expected " + want + " but got " + got);
    }
  }

  private static TokenStream marked(Token[] tokens, CharArraySet keywords) {
    return new SetKeywordMarkerFilter(new CannedTokenStream(0, 0, tokens), keywords);
  }

  /** One line per token with every attribute the filters may touch, then the final offset. */
  private static List<String> describe(TokenStream stream) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      KeywordAttribute keyword = ts.addAttribute(KeywordAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            codePoints(term)
                + " ["
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "] +"
                + increment.getPositionIncrement()
                + " len "
                + length.getPositionLength()
                + " "
                + type.type()
                + (keyword.isKeyword() ? " keyword" : ""));
      }
      ts.end();
      out.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The text with its non-ASCII code points spelled out, so that NFC and NFD differ visibly. */
  private static String codePoints(CharSequence s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.append('"').toString();
  }

  /**
   * A random token of any kind: Lucene's random analysis strings (any Unicode, surrogate pairs and
   * unpaired surrogates included), combining marks alone or stacked, and letters with marks.
   *
   * @param random the randomness
   * @return a term, possibly empty
   */
  public static String randomTerm(Random random) {
    return switch (random.nextInt(6)) {
      case 0 -> TestUtil.randomAnalysisString(random, 12, false);
      case 1 -> TestUtil.randomUnicodeString(random, 12);
      case 2 -> TestUtil.randomRealisticUnicodeString(random, 12);
      case 3 -> TestUtil.randomSimpleString(random, 12);
      default -> {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
          s.append(
              switch (random.nextInt(6)) {
                case 0 -> (char) ('a' + random.nextInt(26));
                case 1 -> (char) ('A' + random.nextInt(26));
                case 2 -> (char) (0x0300 + random.nextInt(0x70)); // combining marks
                case 3 -> (char) (0x00C0 + random.nextInt(0x1C0)); // Latin-1, Extended-A/B
                case 4 -> (char) (0x1E00 + random.nextInt(0x100)); // Latin Extended Additional
                default -> new String(Character.toChars(0x1D400 + random.nextInt(0x400)));
              });
        }
        yield s.toString();
      }
    };
  }
}
