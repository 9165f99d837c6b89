package dev.verbatim.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one way statements are written, from the API, an import, the import command or the sample
 * data: one statement or a batch, in one transaction, whole or not at all. It takes the writers'
 * turn, decides for each submission whether it is new, changes a stored statement or changes
 * nothing, writes, and tells what changed with one {@link StatementsChanged}.
 */
@ApplicationScoped
public class StatementStore {

    /** What storing a submission did. */
    public enum Result {
        CREATED, UPDATED, UNCHANGED
    }

    /** What storing a submission did, and to which statement. */
    public record Stored(Result result, String id) {
    }

    private final StatementRepository statements;
    private final StatementContent content;
    private final TranslationLinks links;
    private final StatementInserts inserts;
    private final Event<StatementsChanged> changed;
    private final Clock clock;

    StatementStore(StatementRepository statements, StatementContent content, TranslationLinks links, StatementInserts inserts,
            Event<StatementsChanged> changed) {
        this.statements = statements;
        this.content = content;
        this.links = links;
        this.inserts = inserts;
        this.changed = changed;
        // Whole microseconds, as both databases store them: a time read back equals the one written.
        this.clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    @Transactional
    public Stored store(Submission submission) {
        return store(List.of(submission)).get(0);
    }

    /**
     * Stores submissions in order, in one transaction. Imported bytes already stored are found
     * with one query for the whole batch, and so are known source addresses; new statements are
     * written together. Throws if any cannot be stored, and then none is; two imports in one
     * batch of the same bytes or the same source address are refused so (store them one by one).
     */
    @Transactional
    public List<Stored> store(List<? extends Submission> submissions) {
        // One writer at a time: two imports of the same page cannot both find it new.
        statements.takeWritersTurn();
        Instant now = clock.instant();
        Known known = Known.of(submissions, statements);
        Set<Statement> updated = new LinkedHashSet<>();
        List<Submission> creations = new ArrayList<>();
        List<Integer> createdAt = new ArrayList<>();
        Stored[] stored = new Stored[submissions.size()];
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            Submission.Imported imported = submission instanceof Submission.Imported given ? given : null;
            String id = submission instanceof Submission.Correction correction ? correct(correction)
                    : imported != null ? known.stored(imported) : null;
            if (id == null) {
                known.creating(imported);
                creations.add(submission);
                createdAt.add(i);
            } else if (imported != null && known.unchanged(imported)) {
                stored[i] = new Stored(Result.UNCHANGED, id);
            } else {
                updated.addAll(update(statements.findById(id), submission, now));
                known.updated(imported, id);
                stored[i] = new Stored(Result.UPDATED, id);
            }
        }
        List<Statement> created = create(creations, now, updated);
        for (int k = 0; k < created.size(); k++) {
            stored[createdAt.get(k)] = new Stored(Result.CREATED, created.get(k).id);
        }
        if (!created.isEmpty() || !updated.isEmpty()) {
            changed.fire(new StatementsChanged(created, List.copyOf(updated), List.of()));
        }
        return List.of(stored);
    }

    /** Withdraws a statement: it stays stored, answers 410 and leaves every list, search and feed. */
    @Transactional
    public Statement withdraw(String idOrSlug, Consumer<Statement> check) {
        statements.takeWritersTurn();
        Statement statement = StatementService.present(statements.findForChange(idOrSlug), idOrSlug);
        check.accept(statement);
        statement.withdrawnAt = clock.instant();
        statement.updatedAt = statement.withdrawnAt;
        List<Statement> others = links.unlink(statement, statement.withdrawnAt);
        changed.fire(new StatementsChanged(List.of(), others, List.of(statement)));
        return statement;
    }

    /** The statement as it would be stored, without storing anything: for dry runs. */
    public StatementView preview(StatementInput input) {
        Statement statement = new Statement(null, clock.instant());
        content.fill(statement, new Submission.New(input), true);
        statement.slug = uniqueSlug(baseSlug(statement), Set.of());
        return StatementMapper.view(statement, List.of());
    }

    private String correct(Submission.Correction correction) {
        Statement current = StatementService.present(statements.findForChange(correction.idOrSlug()), correction.idOrSlug());
        correction.check().accept(current);
        return current.id;
    }

    /** Replaces what a stored statement says, keeping its id and slug; its version goes up. Returns it and those it relinked. */
    private List<Statement> update(Statement statement, Submission submission, Instant now) {
        content.fill(statement, submission, false);
        statement.updatedAt = now;
        List<Statement> changed = new ArrayList<>(List.of(statement));
        changed.addAll(links.link(statement, submission.input().translationOf(), now));
        if (submission instanceof Submission.Imported imported) {
            RawSource raw = imported.raw();
            StatementSource source = StatementSource.findById(statement.id);
            if (source == null) {
                new StatementSource(statement.id, raw.contentType(), raw.content()).persist();
            } else {
                source.contentType = raw.contentType();
                source.content = raw.content();
            }
        }
        return changed;
    }

    /**
     * New statements, written with JDBC batches (see {@link StatementInserts}). One query for the
     * whole batch tells which first-choice slugs are taken; only those are asked again.
     */
    private List<Statement> create(List<Submission> creations, Instant now, Set<Statement> relinked) {
        List<Statement> built = new ArrayList<>(creations.size());
        List<RawSource> raws = new ArrayList<>(creations.size());
        for (Submission submission : creations) {
            Statement statement = new Statement(StatementIds.next(), now);
            content.fill(statement, submission, false);
            raws.add(submission instanceof Submission.Imported imported ? imported.raw() : null);
            relinked.addAll(links.link(statement, submission.input().translationOf(), now));
            built.add(statement);
        }
        if (built.isEmpty()) {
            return built;
        }
        List<String> wanted = built.stream().map(StatementStore::baseSlug).toList();
        Set<String> taken = statements.slugsTaken(wanted);
        Set<String> given = new HashSet<>();
        for (int i = 0; i < built.size(); i++) {
            String base = wanted.get(i);
            String slug = taken.contains(base) || given.contains(base) ? uniqueSlug(base, given) : base;
            built.get(i).slug = slug;
            given.add(slug);
        }
        // The issuers entered and the statements relinked go first: the rows written next refer to them.
        statements.flush();
        inserts.insert(built, raws);
        return built;
    }

    private static String baseSlug(Statement statement) {
        String words = Slugs.of(statement.title);
        return (words.isEmpty() ? statement.language : words) + "-" + statement.publishedDate();
    }

    private String uniqueSlug(String base, Set<String> given) {
        String slug = base;
        for (int n = 2; given.contains(slug) || statements.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** What is stored already of the imported bytes and source addresses of a batch, and what the batch adds. */
    private record Known(Map<String, String> idsByHash, Map<String, String> idsByUrl, Set<String> creatingHashes,
            Set<String> creatingUrls) {

        static Known of(List<? extends Submission> submissions, StatementRepository statements) {
            List<String> hashes = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            for (Submission submission : submissions) {
                if (submission instanceof Submission.Imported imported) {
                    hashes.add(imported.hash());
                    if (imported.sourceUrl() != null) {
                        urls.add(imported.sourceUrl());
                    }
                }
            }
            return new Known(statements.idsBySourceHash(hashes), statements.idsBySourceUrl(urls), new HashSet<>(), new HashSet<>());
        }

        /** The stored statement these bytes, else this source address, gave before; null when new. */
        String stored(Submission.Imported imported) {
            String byHash = idsByHash.get(imported.hash());
            return byHash != null ? byHash : imported.sourceUrl() == null ? null : idsByUrl.get(imported.sourceUrl());
        }

        boolean unchanged(Submission.Imported imported) {
            return idsByHash.containsKey(imported.hash());
        }

        void updated(Submission.Imported imported, String id) {
            if (imported != null) {
                idsByHash.put(imported.hash(), id);
            }
        }

        void creating(Submission.Imported imported) {
            if (imported == null) {
                return;
            }
            String url = imported.sourceUrl();
            if (!creatingHashes.add(imported.hash()) || (url != null && !creatingUrls.add(url))) {
                throw new IllegalStateException("The same bytes or the same source address twice in one batch: store them one by one");
            }
        }
    }
}
