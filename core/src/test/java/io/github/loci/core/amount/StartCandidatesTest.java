package io.github.loci.core.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.loci.analyzers.Language;
import io.github.loci.core.Seeds;
import io.github.loci.core.ingest.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests never leave out a place where a grammar's start expression matches, and reading a
 * text's words once for every grammar finds what each grammar alone finds.
 */
class StartCandidatesTest {
  private static final Language[] ALL = Language.values();

  /** The word starts where the grammar's start expression matches. */
  private static List<Integer> matches(Grammar grammar, String text) {
    List<Integer> at = new ArrayList<>();
    Matcher m = grammar.start.matcher(text);
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && Character.isLetterOrDigit(text.codePointBefore(i))) {
        continue;
      }
      m.region(i, text.length());
      if (m.lookingAt()) {
        at.add(i);
      }
    }
    return at;
  }

  /** The cheap tests, written plainly: a digit, a start symbol, or a start word, folded. */
  private static List<Integer> plain(Grammar grammar, String text) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && Character.isLetterOrDigit(text.codePointBefore(i))) {
        continue;
      }
      char first = text.charAt(i);
      if (first >= '0' && first <= '9') {
        at.add(i);
      } else if (!Phrases.isLetter(first)) {
        if (grammar.startsWithSymbol(first)) {
          at.add(i);
        }
      } else if (grammar.startsWithLetter(first)) {
        int end = i + 1;
        while (end < text.length() && Phrases.isLetter(text.charAt(end))) {
          end++;
        }
        if (grammar.startWords().contains(Phrases.fold(text.substring(i, end)))) {
          at.add(i);
        }
      }
    }
    return at;
  }

  private static void check(String text) {
    int[][] together = StartCandidates.of(text, ALL);
    for (int g = 0; g < ALL.length; g++) {
      int[] alone = StartCandidates.of(text, ALL[g])[0];
      assertEquals(Arrays.toString(alone), Arrays.toString(together[g]), text);
      List<Integer> candidates = Arrays.stream(alone).boxed().toList();
      assertEquals(plain(Grammar.of(ALL[g]), text), candidates, ALL[g] + ": " + text);
      for (int at : matches(Grammar.of(ALL[g]), text)) {
        assertTrue(
            candidates.contains(at), ALL[g] + " starts at " + at + " but is no candidate: " + text);
      }
    }
  }

  @Test
  void testSeeds() {
    for (Source seed : Seeds.all()) {
      check(seed.text());
    }
  }

  @Test
  void testRandomTextsOfAmountWords() {
    String[] pieces = {
      "US$",
      "$",
      "€",
      "¥",
      "12",
      "3,5",
      "1.500",
      "mil",
      "millones",
      "billion",
      "a",
      "un",
      "one",
      "tỷ",
      "Tỷ",
      "hàng",
      "nghìn",
      "đô",
      "la",
      "%",
      "por",
      "ciento",
      "miliardi",
      "di",
      "euro",
      "hơn",
      "más",
      "de",
      "up",
      "to",
      "MIL",
      "Millones",
      "ÉL",
      "x",
      "-",
      "(",
      "\"",
      "đồng",
      "bn"
    };
    Random random = new Random(42);
    for (int t = 0; t < 2_000; t++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
        text.append(random.nextInt(4) == 0 ? "" : " ");
      }
      check(text.toString());
    }
  }
}
