package io.github.loci.core.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NamesTest {
  @Test
  void namesAreBlankedWhenTheTextHasWordsInLowerCase() {
    assertEquals("ceo        ", Names.blanked("ceo Jack Ma"));
    // The first word, a sentence's first word and an acronym are no names.
    assertEquals("Cloud. The US cloud", Names.blanked("Cloud. The US cloud"));
    // Title case or capitals tell nothing: the text is left whole.
    assertEquals("Ron Miller", Names.blanked("Ron Miller"));
    // Words are parted by a no-break space too.
    assertEquals("data centres in   \u00a0    ", Names.blanked("data centres in Da\u00a0Nang"));
  }

  @Test
  void anAcronymIsTwoCapitalsOrMore() {
    assertTrue(Names.isAcronym("the WHO said", 4, 7));
    assertFalse(Names.isAcronym("the Who said", 4, 7));
    assertFalse(Names.isAcronym("a I", 2, 3));
  }
}
