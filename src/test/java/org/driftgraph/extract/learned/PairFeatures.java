package org.driftgraph.extract.learned;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.driftgraph.model.Mention;
import org.driftgraph.text.Sentence;

/**
 * The named features of one candidate. Every feature is conjoined with the relation type, and the
 * lexical ones also with the order of the two mentions, so one weight vector serves all types.
 * Features name words, never entities: a feature must be able to fire on an article about actors
 * and platforms the training sets never saw.
 */
public final class PairFeatures {
  private static final int WINDOW = 3;
  private static final String CUES = "/extract/learned/modality-cues.txt";

  private final Set<String> cueStems;

  public PairFeatures(SentenceWords sentenceWords) {
    this.cueStems = loadCues(sentenceWords);
  }

  public List<String> of(PairCandidate candidate, ArticleContext context) {
    String type = candidate.type().name();
    String order = candidate.subject().start() <= candidate.object().start() ? "SO" : "OS";
    String subject = candidate.subject().entityId();
    String object = candidate.object().entityId();
    int index = candidate.sentenceIndex();
    List<String> features = new ArrayList<>();
    features.add(type);
    features.add(type + "|lang=" + context.language());
    features.add(type + "|order=" + order);
    if (context.ruleFactIn(index, type, subject, object)) {
      features.add(type + "|rule=sentence");
    } else if (context.ruleFact(type, subject, object)) {
      features.add(type + "|rule=article");
    } else {
      features.add(type + "|rule=none");
    }
    if (context.ruleSubjectIn(index, type, subject)) {
      features.add(type + "|ruleSubjectHere");
    }
    if (context.ruleObjectIn(index, type, object)) {
      features.add(type + "|ruleObjectHere");
    }
    features.add(type + "|subjectFound=" + (context.discovered(subject) ? "discovered" : "known"));
    features.add(type + "|objectFound=" + (context.discovered(object) ? "discovered" : "known"));
    if (context.salient(subject)) {
      features.add(type + "|salientSubject");
    }
    features.add(type + "|place=" + (index == 0 ? "headline" : "body"));
    lexical(candidate, context, type + "|" + order + "|", type + "|", features);
    return features;
  }

  private void lexical(
      PairCandidate candidate,
      ArticleContext context,
      String ordered,
      String typed,
      List<String> features) {
    Mention first = candidate.first();
    Mention second = candidate.second();
    List<SentenceWords.Word> words = context.words(candidate.sentenceIndex());
    int before = 0;
    int between = 0;
    boolean cue = false;
    List<String> left = new ArrayList<>();
    List<String> right = new ArrayList<>();
    for (SentenceWords.Word word : words) {
      cue |= cueStems.contains(word.stem());
      if (word.end() <= first.start()) {
        left.add(word.stem());
      } else if (word.start() >= first.end() && word.end() <= second.start()) {
        between++;
        features.add(ordered + "between=" + word.stem());
        features.add(typed + "between=" + word.stem());
      } else if (word.start() >= second.end() && right.size() < WINDOW) {
        right.add(word.stem());
      }
    }
    for (int i = Math.max(0, left.size() - WINDOW); i < left.size(); i++) {
      features.add(ordered + "left=" + left.get(i));
    }
    right.forEach(stem -> features.add(ordered + "right=" + stem));
    if (between > 0 && between <= 2 && !words.isEmpty()) {
      features.add(ordered + "close");
    }
    features.add(typed + "distance=" + bucket(between));
    if (cue) {
      features.add(typed + "cue");
    }
    before = left.size();
    features.add(typed + "start=" + (before == 0 ? "0" : before <= 3 ? "near" : "far"));
  }

  private static String bucket(int words) {
    if (words <= 2) {
      return String.valueOf(words);
    }
    return words <= 5 ? "3-5" : words <= 10 ? "6-10" : words <= 20 ? "11-20" : "21+";
  }

  private static Set<String> loadCues(SentenceWords sentenceWords) {
    Set<String> stems = new HashSet<>();
    try (InputStream in = PairFeatures.class.getResourceAsStream(CUES)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + CUES);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          sentenceWords
              .of(new Sentence(0, word.length(), word), "")
              .forEach(w -> stems.add(w.stem()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
