package io.github.loci.core.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.loci.core.search.Hit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitationsTest {
  private static Hit hit(String title) {
    return new Hit(
        1,
        1f,
        "doc",
        0,
        title,
        Optional.empty(),
        Optional.empty(),
        "en",
        "Line one. Line two.",
        0,
        19,
        0,
        2,
        false,
        List.of(),
        List.of());
  }

  @Test
  void theReferenceIsOneLineWhateverTheTitleHolds() {
    assertEquals(
        "doc “Line one Line two” (en) chars 0–19, sentences 1–2",
        Citations.reference(hit("Line one\nLine two\u2028\u0085 ")));
    assertEquals(
        "doc “A title” (en) chars 0–19, sentences 1–2", Citations.reference(hit("A title")));
  }
}
