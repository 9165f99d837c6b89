package dev.verbatim.statement;

import dev.verbatim.api.Problem;
import dev.verbatim.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storing statements: each write is whole or not at all. */
@ApplicationScoped
public class StatementWriter {

    private final StatementRepository statements;
    private final IssuerRepository issuers;
    private final Event<StatementsChanged> statementsChanged;
    private final StatementInserts inserts;
    private final Clock clock;

    StatementWriter(StatementRepository statements, IssuerRepository issuers, Event<StatementsChanged> statementsChanged,
            StatementInserts inserts) {
        this.statements = statements;
        this.issuers = issuers;
        this.statementsChanged = statementsChanged;
        this.inserts = inserts;
        // Whole microseconds, as both databases store them: a time read back equals the one written.
        this.clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** Stores a new statement, with the raw bytes it was imported from when there are any. */
    @Transactional
    public Statement create(StatementInput input, RawSource raw) {
        return create(input, raw, new HashSet<>());
    }

    /**
     * Stores a new statement within a batch: slugs given out earlier in the same transaction are
     * passed in, so that checking a slug never has to flush the batch's pending inserts.
     */
    @Transactional
    public Statement create(StatementInput input, RawSource raw, Set<String> slugsGiven) {
        statements.takeWritersTurn();
        Statement statement = new Statement(StatementIds.next(), clock.instant());
        apply(statement, input, raw);
        List<Statement> relinked = link(statement, input.translationOf());
        statement.slug = uniqueSlug(statement, slugsGiven);
        slugsGiven.add(statement.slug);
        statements.persist(statement);
        if (raw != null) {
            new StatementSource(statement.id, raw.contentType(), raw.content()).persist();
        }
        statementsChanged.fire(new StatementsChanged(List.of(statement), relinked, List.of()));
        return statement;
    }

    /**
     * Stores many new statements in the current transaction, written in JDBC batches. Slugs
     * given out earlier in the transaction are passed in and added to. Returns their ids, in order.
     */
    @Transactional
    public List<String> createAll(List<StatementInput> inputs, List<RawSource> raws, Set<String> slugsGiven) {
        statements.takeWritersTurn();
        List<Statement> built = new ArrayList<>(inputs.size());
        Set<Statement> relinked = new LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            Statement statement = new Statement(StatementIds.next(), clock.instant());
            apply(statement, inputs.get(i), raws.get(i));
            relinked.addAll(link(statement, inputs.get(i).translationOf()));
            built.add(statement);
        }
        // One query for the whole batch tells which first-choice slugs are taken; only those are asked again.
        List<String> wanted = built.stream().map(StatementWriter::baseSlug).toList();
        Set<String> taken = statements.slugsTaken(wanted);
        for (int i = 0; i < built.size(); i++) {
            Statement statement = built.get(i);
            String base = wanted.get(i);
            statement.slug = taken.contains(base) || slugsGiven.contains(base) ? uniqueSlug(statement, slugsGiven) : base;
            slugsGiven.add(statement.slug);
        }
        statements.flush();
        inserts.insert(built, raws);
        statementsChanged.fire(new StatementsChanged(built, List.copyOf(relinked), List.of()));
        return built.stream().map(statement -> statement.id).toList();
    }

    /** Replaces what a stored statement says, keeping its id and slug; its version goes up. */
    @Transactional
    public Statement update(String id, StatementInput input, RawSource raw) {
        statements.takeWritersTurn();
        Statement statement = statements.findById(id);
        apply(statement, input, raw);
        statement.updatedAt = clock.instant();
        List<Statement> relinked = link(statement, input.translationOf());
        if (raw != null) {
            StatementSource source = StatementSource.findById(id);
            if (source == null) {
                new StatementSource(id, raw.contentType(), raw.content()).persist();
            } else {
                source.contentType = raw.contentType();
                source.content = raw.content();
            }
        }
        List<Statement> updated = new ArrayList<>(List.of(statement));
        updated.addAll(relinked);
        statementsChanged.fire(StatementsChanged.updated(updated));
        return statement;
    }

    /** Withdraws a statement: it stays stored, answers 410 and leaves every list, search and feed. */
    @Transactional
    public Statement withdraw(String id) {
        statements.takeWritersTurn();
        Statement statement = statements.findById(id);
        statement.withdrawnAt = clock.instant();
        statement.updatedAt = statement.withdrawnAt;
        // Its translations no longer list it: they changed too.
        List<Statement> others = statement.translationGroup == null ? List.of() : touch(statements.translationGroup(statement.translationGroup, id));
        statementsChanged.fire(new StatementsChanged(List.of(), others, List.of(statement)));
        return statement;
    }

    /**
     * Makes {@code statement} a translation of the stored statement {@code translationOf} names
     * (an id or a slug): they share a translation group, and each lists the others. Returns the
     * stored statements whose translations changed; their versions go up. Nothing when
     * {@code translationOf} is null: links, once made, stay.
     */
    private List<Statement> link(Statement statement, String translationOf) {
        if (translationOf == null) {
            return List.of();
        }
        Statement target = statements.findForChange(translationOf)
                .filter(found -> !found.isWithdrawn())
                .orElseThrow(() -> translationProblem("names no stored statement: '" + translationOf + "'"));
        if (target.id.equals(statement.id)) {
            throw translationProblem("names this statement itself");
        }
        if (target.language.equals(statement.language)) {
            throw translationProblem("names a statement in the same language (" + target.language + "); a translation is in another");
        }
        String group = target.translationGroup != null ? target.translationGroup : target.id;
        if (group.equals(statement.translationGroup)) {
            return List.of();
        }
        List<Statement> members = new ArrayList<>(statements.translationGroup(group, statement.id));
        if (!members.contains(target)) {
            members.add(target);
        }
        for (Statement member : members) {
            if (member.language.equals(statement.language)) {
                throw translationProblem("names a statement that already has a " + member.language + " translation: " + member.id);
            }
        }
        List<Statement> changed = new ArrayList<>();
        if (statement.translationGroup != null && statement.id != null) {
            // Leaving a group: those left behind no longer list it.
            changed.addAll(touch(statements.translationGroup(statement.translationGroup, statement.id)));
        }
        statement.translationGroup = group;
        target.translationGroup = group;
        changed.addAll(touch(members));
        return changed;
    }

    /** Marks statements changed, so that their versions go up and the change feed tells. */
    private List<Statement> touch(List<Statement> changed) {
        changed.forEach(member -> member.updatedAt = clock.instant());
        return changed;
    }

    private static ProblemException translationProblem(String message) {
        return new ProblemException.Unprocessable("The statement cannot be linked as a translation.",
                List.of(new Problem.FieldError("translationOf", message)));
    }

    /** The statement as it would be stored, without storing anything: for dry runs. */
    public StatementView preview(StatementInput input) {
        Statement statement = new Statement(null, clock.instant());
        ZoneId zone = zoneOf(input);
        String issuerId = input.issuer().id() != null ? input.issuer().id() : issuerId(input.issuer().name());
        Issuer known = issuers.findById(issuerId);
        Issuer issuer = known != null ? known : new Issuer(issuerId, input.issuer().name().strip(), zone);
        fill(statement, input, zone, issuer, null);
        statement.slug = uniqueSlug(statement, Set.of());
        return StatementMapper.view(statement, List.of());
    }

    private void apply(Statement statement, StatementInput input, RawSource raw) {
        ZoneId zone = zoneOf(input);
        fill(statement, input, zone, issuerFor(input.issuer(), zone), raw);
    }

    private void fill(Statement statement, StatementInput input, ZoneId zone, Issuer issuer, RawSource raw) {
        statement.title = input.title().strip();
        statement.language = input.language();
        statement.category = blankToNull(input.category());
        statement.issuer = issuer;
        statement.speakerName = input.speaker() == null ? null : blankToNull(input.speaker().name());
        statement.speakerRole = input.speaker() == null ? null : blankToNull(input.speaker().role());
        statement.publish(input.publishedAt().toInstant(), zone);
        statement.text = input.text() == null ? "" : input.text();
        statement.replaceQa(pairs(input.qa()));
        if (input.source() != null) {
            statement.sourceUrl = blankToNull(input.source().url());
            statement.retrievedAt = input.source().retrievedAt();
        }
        if (raw != null) {
            // An edit keeps the hash of the page it came from: importing that page again finds the edited statement.
            statement.sourceHash = contentHash(raw.content());
        }
    }

    /**
     * The zone a statement is dated in: the one given; else its issuer's; else the IANA zone of the
     * offset it was given at, where there is one (UTC, Etc/GMT+5); else it must be given.
     */
    private ZoneId zoneOf(StatementInput input) {
        if (input.timeZone() != null) {
            return ZoneId.of(input.timeZone());
        }
        Issuer known = issuers.findById(input.issuer().id() != null ? input.issuer().id() : issuerId(input.issuer().name()));
        if (known != null && IanaZone.Check.isIana(known.timeZone)) {
            return ZoneId.of(known.timeZone);
        }
        ZoneOffset offset = input.publishedAt().getOffset();
        return zoneOfOffset(offset).orElseThrow(() -> new ProblemException.Unprocessable("The statement is not valid.",
                List.of(new Problem.FieldError("timeZone", "is needed: the offset " + offset
                        + " of publishedAt is no IANA zone, and the issuer has none yet; give one such as Asia/Kolkata"))));
    }

    /** The IANA zone that is this offset all year round: UTC, or one of the Etc/GMT zones of whole hours (signs inverted, as IANA has them). */
    public static Optional<ZoneId> zoneOfOffset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return Optional.of(ZoneId.of("UTC"));
        }
        if (seconds % 3600 != 0) {
            return Optional.empty();
        }
        int hours = seconds / 3600;
        String name = "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
        return IanaZone.Check.isIana(name) ? Optional.of(ZoneId.of(name)) : Optional.empty();
    }

    private Issuer issuerFor(StatementInput.IssuerInput given, ZoneId zone) {
        String id = given.id() != null ? given.id() : issuerId(given.name());
        Issuer issuer = issuers.findById(id);
        if (issuer == null) {
            issuer = new Issuer(id, given.name().strip(), zone);
            issuers.persist(issuer);
        }
        return issuer;
    }

    /** A readable id from a Latin name; a name in another script gets a stable digest instead. */
    public static String issuerId(String name) {
        String slug = Slugs.of(name);
        return slug.isEmpty() ? "issuer-" + contentHash(name.strip().getBytes(StandardCharsets.UTF_8)).substring(0, 12) : slug;
    }

    private static List<QaContent> pairs(List<StatementInput.QaInput> given) {
        List<QaContent> pairs = new ArrayList<>();
        if (given == null) {
            return pairs;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            StatementInput.QaInput pair = given.get(i);
            if (pair.n() != null && pair.n() != i + 1) {
                errors.add(new Problem.FieldError("qa[" + i + "].n", "must be " + (i + 1) + ": pairs are numbered from 1 in order"));
            }
            pairs.add(new QaContent(pair.question(), pair.answer(), blankToNull(pair.askedBy()), blankToNull(pair.answeredBy())));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.InvalidParameters(errors);
        }
        return pairs;
    }

    private static String baseSlug(Statement statement) {
        String words = Slugs.of(statement.title);
        return (words.isEmpty() ? statement.language : words) + "-" + statement.publishedDate();
    }

    private String uniqueSlug(Statement statement, Set<String> slugsGiven) {
        String base = baseSlug(statement);
        String slug = base;
        for (int n = 2; slugsGiven.contains(slug) || statements.slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** SHA-256 of raw bytes, in hex: how the same page imported twice is recognised. */
    public static String contentHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
