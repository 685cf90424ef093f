package org.driftgraph.extract.claims;

import java.util.regex.Pattern;
import org.driftgraph.extract.rules.TriggerRule.Role;
import org.driftgraph.extract.rules.TriggerRule.Side;
import org.driftgraph.model.EntityType;

/**
 * Whether an Arabic sentence names an actor the extractor did not read, where the subject of its
 * trigger stands: then the subject is that actor, and no subject may be taken from the context or
 * the article's dominant group (issue 11: "الميادين" تفتح حسابات، وكانت "المسيرة" قد فتحت قناتها
 * are the channel's moves, not Hezbollah's or the Houthis').
 *
 * <p>An unread name is a quoted run of one to three words that starts with an Arabic letter and
 * holds no name or anaphor the extractor found. It takes the subject when it stands before the
 * trigger in its sentence or in the verb's slot (the first words after it), or when a sentence of
 * the same paragraph opens with it (a headline cut at its dots: «بعد حذف صفحاتها... "الميادين"
 * تفتح»). Quoted speech is longer than three words; a quoted term inside a longer phrase that is no
 * sentence opening (سياستها الخاصة بـ"المنظمات والأفراد الخطرين") stands before the trigger only
 * when the trigger follows it.
 */
final class UnreadActors {
  /** A clause mark, or a heading mark, at the end of the text before a quote. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[،,:;؛#*>–—-]$");

  /** A word that opens a clause, or a bare و or ف, at the end of the text before a quote. */
  private static final Pattern CLAUSE_WORD =
      Pattern.compile(
          "(?:^|\\s)(?:[وف]|[وف]?(?:كان|كانت|كانوا|ان|لكن|ثم|بينما|فيما|حين|بعدما|عندما|اذ|حيث|"
              + "قد|لقد))$");

  /** How many words after the verb its subject slot reaches (قد فتحت "X"، أطلقت الإذاعة "X"). */
  private static final int SLOT_WORDS = 2;

  private final Trigger trigger;

  UnreadActors(Trigger trigger) {
    this.trigger = trigger;
  }

  /**
   * True when an unread name stands in the slot of an Arabic verb whose subject does the action
   * (سبق أن فقدت "المسيرة" حساباتها): the subject is that name, so no other name of the sentence
   * is.
   */
  boolean holdVerbSlot() {
    if (!"ar".equals(trigger.language())
        || trigger.agentRole() != Role.SUBJECT
        || trigger.agentSlotSide() != Side.AFTER) {
      return false;
    }
    return trigger.articleText().unreadQuotes.in(trigger.sentence()).stream()
        .anyMatch(
            q ->
                q[0] >= trigger.end()
                    && trigger.wordsBetween(trigger.end(), q[0]) == 0
                    && trigger.nameInAgentSlot().isEmpty());
  }

  /** True when an unread name holds the trigger's subject position (Arabic only). */
  boolean holdSubject() {
    if (!"ar".equals(trigger.language())) {
      return false;
    }
    ArticleText.Span sentence = trigger.sentence();
    for (Ref ref : trigger.namesInSentence()) {
      if (ref.anaphor()
          && ref.entity().type() == EntityType.OUTLET
          && !trigger.admits(Role.SUBJECT, ref)
          && inSubjectPosition(ref.start(), ref.end())) {
        // القناة، الإذاعة for a channel whose kind may not do this (the press): its statement.
        return true;
      }
    }
    for (int[] quote : trigger.articleText().unreadQuotes.in(sentence)) {
      if ((quote[1] <= trigger.start() && opensClause(sentence, quote[0]))
          || (quote[0] >= trigger.end()
              && trigger.wordsBetween(trigger.end(), quote[0]) <= SLOT_WORDS)) {
        return true;
      }
    }
    return trigger.articleText().unreadQuotes.openAnotherSentenceOf(sentence);
  }

  /**
   * The quote at {@code start} opens its sentence or clause, where a subject stands: after nothing,
   * a clause mark, و or ف, or a word that opens a clause (وكانت "X" قد، ويذكر أن "X" واجهت); a
   * quoted term after a noun or a preposition (مرحلة "التجريب"، عن "المنظمات") names no actor.
   */
  private boolean opensClause(ArticleText.Span sentence, int start) {
    String before = trigger.text().substring(sentence.start(), start).strip();
    return before.isEmpty()
        || CLAUSE_MARK.matcher(before).find()
        || CLAUSE_WORD.matcher(before).find();
  }

  /** Before the trigger in its sentence, or in the verb's slot right after it. */
  private boolean inSubjectPosition(int start, int end) {
    return end <= trigger.start()
        || (start >= trigger.end() && trigger.wordsBetween(trigger.end(), start) <= SLOT_WORDS);
  }
}
