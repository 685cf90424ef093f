package org.driftgraph.extract.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.driftgraph.model.RelationType;

/**
 * The words of {@code cues.json} that qualify a claim rather than state one.
 *
 * @param hedge words that make a statement uncertain (likely, seeks to, من المرجح، قد + imperfect)
 * @param report words that attribute it to a source (according to, said, وفقا ل، قال)
 * @param negation words that deny the trigger right after them (not, لم)
 * @param negationWindow how many characters before a trigger a negation reaches
 * @param fromMarkers words before a platform that make it the one left (from, من)
 * @param toMarkers words before a platform that make it the one moved to (to, إلى، عبر)
 * @param placeMarkers words before a platform that make it the place of an announcement (on, على)
 * @param comparison words before a name that compare with it rather than state it (كما كانت تفعل
 *     على X، as it did on X, تشابه ... مع X)
 * @param comparisonWindow how many characters before a name a comparison reaches
 * @param clauseOpeners words that open a clause about something else (الذي، which): a date after
 *     one belongs to that clause, not to a claim outside it
 * @param clauseStarts words that start a new clause after a comma (وأنها، although, but): a name
 *     before one is not an argument of a ban after it
 * @param statementStarts words that, after a comma, open another statement ("and it has", "and they
 *     were"): an object after one belongs to that statement, not to a trigger before it
 * @param exampleMarkers words that introduce examples (مثل، such as, like): a platform after one is
 *     what a migration trigger before it governs
 * @param andWords plain words, folded, that join the names of a list (و، and); an Arabic one may be
 *     written onto the next word (ومؤسسها)
 * @param orWords plain words, folded, that join alternatives in a list (او، or)
 * @param agentMarkers the word before the doer of a passive (by, من قبل)
 * @param ownerPronouns a pronoun right after an ownership word that stands for the owner (لها, by
 *     it)
 * @param patientAfter pronouns that make the patient of a ban verb after it a reference to someone
 *     named elsewhere (their, them, its; قنواتها، حذفهم): only then may a ban with no subject in
 *     its sentence take one from the context
 * @param patientBefore the same before the verb, for a passive (its accounts were, they were)
 * @param sourcePhrases phrases that cite a source (بحسب تقرير لـ، وفقا لـ، تشير بيانات): a name
 *     right after one, before the trigger, is the source of the statement, not its doer
 * @param sayingPronouns "that it" after the name that says it did the action (قالت تويتر إنها حذفت)
 * @param topicPatients English definite units of an actor after a ban verb or before its passive
 *     ("removed the accounts", "the channels were closed"): the patient is the topic actor of the
 *     paragraph (see {@code ArticleText.topicActor}), never a guess across another actor
 * @param compoundModifiers English participles after a hyphen that make the name before them a
 *     modifier of the next noun ("the al-Qaeda-linked al-Shabaab", "Kremlin-backed outlets"): such
 *     a name is no argument of a ban, move or announcement
 * @param topicMovers English role nouns right before a move verb ("members moved their planning to
 *     Signal", "the cell moved"): the mover is the topic actor of the paragraph
 * @param timelineItems the opening of a dated list line ("- الخميس:"، "- 5 مارس:"، "- March 3:"): a
 *     verb on it with no subject of its own has the topic actor (see {@code TimelineItems})
 * @param relativePlaces relatives of place (where, حيث) that let a migration govern the platform
 *     before them
 * @param movedToMarkers the "to" after what a move verb moves ("moved Telegram to Dubai")
 * @param movedThings nouns for content, copies and users (the footage, المقطع، users): standing
 *     where a migration's mover stands, they make it content spreading, not a group moving
 * @param ownedContent an actor's content, accounts or channel where a migration's mover stands
 *     (البث، نسخ من المدونات، أرشيفها, its videos, the activity): the move is the owner's, the
 *     possessor named in the phrase or else the actor the paragraph is about
 * @param anaphora definite nouns that refer back to a named entity
 * @param anaphoraSentences how many sentences back an anaphor may look when its paragraph has no
 *     antecedent
 * @param listPhrases phrases that add a name to a list (إضافة إلى، إلى جانب، فضلا عن، بما فيها):
 *     they join two names only for the relations of {@code listPhraseRelations}
 * @param listPhraseRelations the relations whose arguments such a list distributes over (a ban or a
 *     move of several actors); an owner's list of members is no list of owners
 * @param sameAction ellipsis of a ban or a move by another doer ("TikTok did the same", "Kick
 *     followed suit"): the name before it repeats the latest such statement of the sentence or of
 *     the sentence before
 * @param reportedClauses the words that open what a saying verb reports (that, أن، إن، بأن): a
 *     platform after one, past an announcing trigger, is part of the message, not its place
 * @param platformUnits units a platform name modifies ("YouTube channels", "Facebook pages"): after
 *     a ban verb, the platform so written is where the ban happened, an object of the ban
 */
public record Cues(
    Pattern hedge,
    Pattern report,
    Pattern negation,
    int negationWindow,
    Pattern fromMarkers,
    Pattern toMarkers,
    Pattern placeMarkers,
    Pattern comparison,
    int comparisonWindow,
    Pattern clauseOpeners,
    Pattern clauseStarts,
    Pattern statementStarts,
    Pattern exampleMarkers,
    List<String> andWords,
    List<String> orWords,
    Pattern agentMarkers,
    Pattern ownerPronouns,
    Pattern patientAfter,
    Pattern patientBefore,
    Pattern sayingPronouns,
    Pattern relativePlaces,
    Pattern movedToMarkers,
    Pattern movedThings,
    Pattern ownedContent,
    List<Anaphor> anaphora,
    int anaphoraSentences,
    Pattern listPhrases,
    Set<RelationType> listPhraseRelations,
    Pattern sameAction,
    Pattern platformUnits,
    Pattern sourcePhrases,
    Pattern topicPatients,
    Pattern topicMovers,
    Pattern compoundModifiers,
    Pattern timelineItems,
    Pattern reportedClauses) {
  public Cues {
    andWords = plainWords(andWords, "andWords");
    orWords = plainWords(orWords, "orWords");
    anaphora = List.copyOf(anaphora);
    Objects.requireNonNull(listPhrases, "listPhrases");
    listPhraseRelations = Set.copyOf(listPhraseRelations);
    Objects.requireNonNull(sameAction, "sameAction");
    Objects.requireNonNull(platformUnits, "platformUnits");
    Objects.requireNonNull(sourcePhrases, "sourcePhrases");
    Objects.requireNonNull(topicPatients, "topicPatients");
    Objects.requireNonNull(topicMovers, "topicMovers");
    Objects.requireNonNull(ownedContent, "ownedContent");
    Objects.requireNonNull(compoundModifiers, "compoundModifiers");
    Objects.requireNonNull(timelineItems, "timelineItems");
    Objects.requireNonNull(reportedClauses, "reportedClauses");
  }

  /**
   * The and-words in Arabic script: the ones a writer may write onto the next word (ومؤسسها), so
   * that a word starting with one may be joined to what stands before it.
   */
  public List<String> attachedAndWords() {
    return andWords.stream()
        .filter(w -> Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.ARABIC)
        .toList();
  }

  private static List<String> plainWords(List<String> words, String field) {
    if (words.isEmpty() || words.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException(
          "\"" + field + "\" must list at least one word, none blank");
    }
    return List.copyOf(words);
  }
}
