package org.driftgraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
  private static Optional<Set<String>> of(String regex) {
    return RequiredLiterals.of(Pattern.compile(regex));
  }

  @Test
  void aStemWithOptionalAffixesNeedsTheStem() {
    assertThat(of("[وف]?(?:[لس])?[يتنا]?(?:هجر|هاجر|غادر)(?:ت|وا|ون)?"))
        .contains(Set.of("هجر", "هاجر", "غادر"));
  }

  @Test
  void smallAlternativesAreMultipliedOut() {
    assertThat(of("ban(?:s|ned)? (?:on|from)"))
        .contains(Set.of("ban on", "ban from", "bans on", "bans from", "banned on", "banned from"));
  }

  @Test
  void lookaroundsAndBoundariesRequireNothing() {
    // The lookahead may look past the end of the region searched, so "to" is not required there.
    assertThat(of("(?<![\\p{L}\\p{N}])(?:mov(?:e|ed))(?=\\s+to)(?![\\p{L}\\p{N}])"))
        .contains(Set.of("move"));
    assertThat(of("\\bquit\\b")).contains(Set.of("quit"));
  }

  @Test
  void theMostSelectivePartOfASequenceIsChosen() {
    assertThat(of("(?:a|b)\\s+\\S+\\s+(?:statement|communique)"))
        .contains(Set.of("statement", "communique"));
    assertThat(of("x(?:\\s+\\S+){0,3}?\\s+yz")).contains(Set.of("yz"));
  }

  @Test
  void aRepetitionContainsItsBodyOnlyWhenItCannotBeSkipped() {
    assertThat(of("(?:ab)+c?")).contains(Set.of("ab"));
    assertThat(of("(?:ab)*c")).contains(Set.of("c"));
    assertThat(of("(?:ab)*")).isEmpty();
    assertThat(of("(?:ab){2}")).contains(Set.of("abab"));
  }

  @Test
  void anAlternativeWithAnUnknownOptionRequiresNothing() {
    assertThat(of("ban|\\S+")).isEmpty();
    assertThat(of("ban|ned?")).contains(Set.of("ban", "ne"));
  }

  @Test
  void patternsItCannotReadAreAlwaysTried() {
    assertThat(of("(?i)ban")).isEmpty();
    assertThat(RequiredLiterals.of(Pattern.compile("ban", Pattern.CASE_INSENSITIVE))).isEmpty();
    assertThat(of("(ab)\\1")).contains(Set.of("ab"));
    assertThat(of("\\1?(ab)")).contains(Set.of("ab"));
    assertThat(of("\\Qa.b\\E")).contains(Set.of("a.b"));
  }

  @Test
  void aLongerStringThatHoldsAShorterOneIsDropped() {
    assertThat(RequiredLiterals.minimal(Set.of("هجر", "وهجر", "هاجر")))
        .isEqualTo(Set.of("هجر", "هاجر"));
  }

  @Test
  void everyMatchOfTheSamplesContainsALiteral() {
    var sampler = new RegexSampler(new java.util.Random(7));
    for (String regex :
        new String[] {
          "[وف]?(?:[بكل]?ال|لل)?(?:حظر|حجب)(?:ه|ها)?(?=\\s+(?:\\S+\\s+){0,2}?علي)",
          "(?<!the )ban(?:s|ned|ning)?(?= (?:of|on)\\b)|remov(?:e|al)",
          "(?:set(?:s|ting)? up|open(?:s|ed)?)(?=(?:\\s+\\S+){0,5}?\\s+channels?\\b)"
        }) {
      Pattern pattern = Pattern.compile(regex);
      Set<String> literals = RequiredLiterals.of(pattern).orElseThrow();
      int matches = 0;
      for (int i = 0; i < 500; i++) {
        String sample = "x " + sampler.sample(pattern) + " y";
        var m = pattern.matcher(sample);
        while (m.find()) {
          matches++;
          String match = m.group();
          assertThat(literals).as(regex + " on " + match).anyMatch(match::contains);
        }
      }
      assertThat(matches).as(regex).isGreaterThan(100);
    }
  }

  @Test
  void aLeadingLookbehindPlacesTheMatchAfterItsWords() {
    Pattern denial = Pattern.compile("(?<![\\p{L}])(?:(?<=(?<!\\S)(?:نفي|نفت)\\s)[^\\s،]+)");
    assertThat(RequiredLiterals.required(denial)).isEmpty();
    // \s may be read as two chars (a class without listed members): at most 5 chars back.
    assertThat(RequiredLiterals.behind(denial))
        .contains(new RequiredLiterals.Behind(Set.of("نفي", "نفت"), 5));
    // Behind a consumed character the lookbehind no longer sits at the start of a match.
    assertThat(RequiredLiterals.behind(Pattern.compile("x(?<=ab x)y"))).isEmpty();
    assertThat(RequiredLiterals.behind(Pattern.compile("(?<!ab )y"))).isEmpty();
    // In one option only, it places nothing.
    assertThat(RequiredLiterals.behind(Pattern.compile("(?:y|(?<=ab)z)"))).isEmpty();
  }
}
