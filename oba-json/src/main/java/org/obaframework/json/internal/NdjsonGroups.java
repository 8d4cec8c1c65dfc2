package org.obaframework.json.internal;

import static org.obaframework.json.internal.RecordsFields.EPISODE;
import static org.obaframework.json.internal.RecordsFields.ID;
import static org.obaframework.json.internal.RecordsFields.REVIEW;
import static org.obaframework.json.internal.RecordsFields.SUBJECT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.obaframework.core.Problem;
import org.obaframework.core.ProblemType;
import org.obaframework.core.Redaction;
import org.obaframework.core.ValidationException;
import org.obaframework.core.records.Episode;
import org.obaframework.core.records.Review;
import org.obaframework.core.records.Subject;
import org.obaframework.core.records.SubjectRecords;
import org.obaframework.json.ReadLimits;

/**
 * The groups of records NDJSON: each subject's records from consecutive lines, read by one {@link
 * RecordsBinder}, with every problem of the lines and of their order, and ids used twice anywhere
 * in the file. Failure is deferred: groups are yielded while the file has had no problem; at the
 * first, reading goes on to the end to collect the rest, and then fails with them all, listing
 * the first of them up to {@link ReadLimits#problems()} and counting the others. A part of a file
 * cut for a parallel read stops at its first problem instead: the file read whole then tells it.
 * Not thread-safe: one per read (or per part of a file read in parallel).
 */
public final class NdjsonGroups implements Iterator<SubjectRecords> {
  /** The exception that lists a file's problems and counts those not listed. */
  @FunctionalInterface
  public interface Failing {
    /**
     * Makes the exception.
     *
     * @param listed the problems listed, in the file's order
     * @param unlisted how many more were found
     * @return the exception
     */
    RuntimeException of(List<Problem> listed, long unlisted);
  }

  private final NdjsonLines lines;
  private final RecordsBinder binder;
  private final List<Problem> problems;
  private final IdLog ids;
  /**
   * Whether this read is of the whole file: it settles the ids' candidates at its end and finds
   * every problem; else it is a part's, which stops at its first.
   */
  private final boolean settles;
  /** The ids noted, added to {@link #ids} a batch at a time: each is settled at the end. */
  private final IdLog.Batch batch = new IdLog.Batch();
  /** The ids added to the file's at once: their memory is then waited for together. */
  private static final int BATCH = 256;
  /** For each id of the batch: its kind, text, column and how many problems came before. */
  private String[] batchKinds = new String[8];
  private String[] batchIds = new String[8];
  private int[] batchLines = new int[8];
  private int[] batchColumns = new int[8];
  private long[] batchProblems = new long[8];
  /** The ids that may have been seen before, in the order added: settled at the end. */
  private final List<Pending> candidates = new ArrayList<>();
  private final int maxProblems;
  /** How many problems were found beyond {@link #maxProblems}: counted, not kept. */
  private long unlisted;
  private final Failing failing;
  /** Whether the lines are those of a part of a file after its first: no header. */
  private final boolean continuation;
  private boolean read;
  private boolean done;
  private @Nullable SubjectRecords ready;
  private @Nullable RuntimeException failure;

  /** The current group: its subject (null if unreadable), episodes and reviews. */
  private @Nullable Subject subject;
  private @Nullable String subjectId;
  /** Whether the current group's order is unknown, after an unreadable line: not checked. */
  private boolean lost;
  private final List<Episode> episodes = new ArrayList<>();
  /** The ids of the group's episodes, those that could not be read too. */
  private final Set<String> episodeIds = new HashSet<>();
  private final List<Review> reviews = new ArrayList<>();

  /**
   * Reads groups.
   *
   * @param lines the lines: a file's, or a part's after the file's first part
   * @param allowUnknown whether to ignore properties the format does not define
   * @param continuation whether the lines are a part's after the first, with no header
   * @param ids the ids seen, in this file or in its other parts
   * @param settles whether this read is of a whole file: it settles the ids at its end and
   *     finds every problem (a part of a file cut leaves the ids to the last part to end, and
   *     stops at its first problem)
   * @param limits the limits of each line, and the most problems listed
   * @param failing the exception that lists a file's problems
   */
  public NdjsonGroups(NdjsonLines lines, boolean allowUnknown, boolean continuation, IdLog ids,
      boolean settles, ReadLimits limits, Failing failing) {
    this.lines = lines;
    this.binder = new RecordsBinder(allowUnknown, limits);
    this.problems = binder.problems();
    this.continuation = continuation;
    this.ids = ids;
    this.settles = settles;
    this.maxProblems = limits.problems();
    this.failing = failing;
  }

  @Override
  public boolean hasNext() {
    RuntimeException failed = failure;
    if (failed != null) {
      throw failed;
    }
    while (ready == null && !done) {
      ready = advance();
    }
    return ready != null;
  }

  @Override
  public SubjectRecords next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SubjectRecords next = ready;
    ready = null;
    return next;
  }

  /** Reads a line; returns the group it completes, if the file so far has no problem. */
  private @Nullable SubjectRecords advance() {
    if (!lines.next()) {
      done = true;
      SubjectRecords last = complete();
      if (!read && !continuation) {
        problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT, JsonTokens.DOCUMENT,
            "(document)", "a header line {\"formatVersion\":1}", "an empty file").at("", 1, 1));
      }
      fail();
      return last;
    }
    read = true;
    int line = lines.number();
    boolean header = line == 1 && !continuation;
    if (lines.undecodableAt() >= 0 || lines.tooLong()) {
      problems.add(lines.tooLong()
          ? Problem.of(ProblemType.MALFORMED_DOCUMENT, JsonTokens.DOCUMENT, "(line)",
              "a line of at most " + lines.maxLength() + " characters (ReadLimits"
                  + ".withDocumentLength)", "a longer line").at("", line, 1)
          : DecodedChars.problem(new Problem.Position("", line, lines.undecodableColumn()),
              "(line)", "UTF-8", lines.undecodableAt()));
      lost = true;
      if (header) {
        done = true;
        fail();
      }
      check();
      return null;
    }
    if (header) {
      if (!binder.header(lines.chars(), lines.from(), lines.to(), line)) {
        // Without a header of this format, no line can be read for what it means.
        done = true;
        fail();
      }
      return null;
    }
    if (lines.to() == lines.from()) {
      problems.add(Problem.of(ProblemType.MALFORMED_DOCUMENT, JsonTokens.DOCUMENT, "(line)",
          "one JSON object on each line", "an empty line").at("", line, 1));
      check();
      return null;
    }
    Object record = binder.line(lines.chars(), lines.from(), lines.to(), line);
    String shape = binder.lineShape();
    SubjectRecords completed = null;
    if (shape == null) {
      lost = true;
    } else if (shape.equals(SUBJECT)) {
      completed = complete();
      subject = (Subject) record;
      subjectId = binder.lineId();
      lost = subjectId == null;
      if (subjectId != null) {
        once(SUBJECT, subjectId, line);
      }
    } else if (shape.equals(EPISODE)) {
      if (record != null) {
        episode((Episode) record, line);
      } else if (binder.lineId() != null) {
        // Its problem is told: its reviews are not also of an unknown episode.
        episodeIds.add(binder.lineId());
      }
    } else if (record != null) {
      review((Review) record, line);
    }
    check();
    return problems.isEmpty() ? completed : null;
  }

  private void episode(Episode read, int line) {
    if (!lost) {
      if (subjectId == null) {
        order(SUBJECT, binder.lineWhere(SUBJECT), "a subject's line before its episodes",
            Redaction.id(read.subject()) + " before any subject");
      } else if (!read.subject().equals(subjectId)) {
        order(SUBJECT, binder.lineWhere(SUBJECT), "the current subject "
            + Redaction.id(subjectId) + ": a subject's lines are consecutive",
            Redaction.id(read.subject()));
      } else if (!reviews.isEmpty()) {
        order(RecordsFields.TYPE, binder.lineRoot(), "the subject's episodes before its reviews",
            "an episode after a review");
      }
    }
    once(EPISODE, read.id(), line);
    episodeIds.add(read.id());
    episodes.add(read);
  }

  private void review(Review read, int line) {
    if (!lost && !episodeIds.contains(read.episode())) {
      order(EPISODE, binder.lineWhere(EPISODE), "an episode of the current subject"
          + (subjectId == null ? "" : " " + Redaction.id(subjectId)) + ", listed before",
          Redaction.id(read.episode()));
    }
    once(REVIEW, read.id(), line);
    reviews.add(read);
  }

  /** An id of the line just read, and how many problems the file had after its line. */
  private record Pending(String kind, String id, int line, int column, long found) {}

  /**
   * Notes the id of the record on the line just read: a subject's, an episode's or a review's
   * is used once in the whole file, as in the records document. It is added to the file's ids
   * with the other ids of its group, when the group ends.
   */
  private void once(String kind, String id, int line) {
    int i = batch.size();
    if (i == batchIds.length) {
      batchKinds = Arrays.copyOf(batchKinds, 2 * i);
      batchIds = Arrays.copyOf(batchIds, 2 * i);
      batchLines = Arrays.copyOf(batchLines, 2 * i);
      batchColumns = Arrays.copyOf(batchColumns, 2 * i);
      batchProblems = Arrays.copyOf(batchProblems, 2 * i);
    }
    batchKinds[i] = kind;
    batchIds[i] = id;
    batchLines[i] = line;
    batchColumns[i] = binder.lineColumn(ID);
    batchProblems[i] = unlisted + problems.size();
    batch.add(ids, kind.charAt(0), id, line);
  }

  /**
   * Adds the ids noted to the file's, a few hundred at once (or all, at the end); keeps those
   * that may have been seen before.
   */
  private void addIds(boolean all) {
    if (batch.size() == 0 || (!all && batch.size() < BATCH)) {
      return;
    }
    ids.add(batch);
    for (int i = 0; i < batch.size(); i++) {
      if (batch.candidate(i)) {
        candidates.add(new Pending(batchKinds[i], batchIds[i], batchLines[i], batchColumns[i],
            batchProblems[i]));
      }
    }
    batch.clear();
  }

  /**
   * Settles the candidates, once the file is read (or reading stops): an id seen before is a
   * problem of its line, placed among the problems in the file's order, and listed or counted as
   * they are.
   */
  private void settle() {
    if (!settles || candidates.isEmpty()) {
      return;
    }
    int[] firsts = ids.firstLines();
    // The problems kept are the first found: each id seen before goes before the next found.
    List<Problem> kept = new ArrayList<>(problems);
    problems.clear();
    int next = 0;
    for (int i = 0; i < candidates.size(); i++) {
      if (firsts[i] == 0) {
        continue;
      }
      Pending id = candidates.get(i);
      while (next < kept.size() && next < id.found()) {
        keep(kept.get(next++));
      }
      if (id.found() > kept.size() || problems.size() >= maxProblems) {
        unlisted++;
      } else {
        problems.add(Problem.of(ProblemType.DUPLICATE_CODE, JsonTokens.DOCUMENT, ID,
            id.kind().equals(SUBJECT) ? "each subject once, its lines together"
                : "each " + id.kind() + " once in the file",
            Redaction.id(id.id()) + " again, first on line " + firsts[i])
            .at(Located.child("", ID), id.line(), id.column()));
      }
    }
    while (next < kept.size()) {
      keep(kept.get(next++));
    }
    candidates.clear();
  }

  /** Lists a problem, or counts it past the limit. */
  private void keep(Problem problem) {
    if (problems.size() < maxProblems) {
      problems.add(problem);
    } else {
      unlisted++;
    }
  }

  /** A line out of order, at {@code where}. */
  private void order(String field, Problem.Position where, String expected, String found) {
    problems.add(Problem.of(ProblemType.UNKNOWN_REFERENCE, JsonTokens.DOCUMENT, field, expected,
        found).at(where));
  }

  /** Ends the current group; returns it if the file so far has no problem. */
  private @Nullable SubjectRecords complete() {
    addIds(false);
    Subject current = subject;
    SubjectRecords group = null;
    if (current != null && problems.isEmpty()) {
      try {
        group = SubjectRecords.of(current, episodes, reviews);
      } catch (ValidationException e) {
        problems.addAll(e.problems());
      }
    }
    subject = null;
    subjectId = null;
    episodes.clear();
    episodeIds.clear();
    reviews.clear();
    return group;
  }

  /**
   * After a line: a part stops at its first problem; a whole file's read keeps the first
   * problems up to the limit and counts the others, so that memory stays bounded.
   */
  private void check() {
    int size = problems.size();
    if (!settles && size > 0) {
      done = true;
      fail();
    } else if (size > maxProblems) {
      unlisted += size - maxProblems;
      problems.subList(maxProblems, size).clear();
    }
  }

  private void fail() {
    addIds(true);
    settle();
    if (!problems.isEmpty()) {
      int size = problems.size();
      int listed = Math.min(size, maxProblems);
      RuntimeException failed = failing.of(List.copyOf(problems.subList(0, listed)),
          unlisted + size - listed);
      failure = failed;
      throw failed;
    }
  }
}
