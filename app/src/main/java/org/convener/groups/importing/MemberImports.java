package org.convener.groups.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Membership;
import org.convener.groups.Role;
import org.convener.people.Channel;
import org.convener.people.People;
import org.convener.people.Person;
import org.convener.people.PersonAccess;
import org.convener.people.PersonDraft;
import org.convener.people.PersonKind;
import org.convener.platform.CurrentUser;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.CsvRow;
import org.convener.platform.imports.CsvTable;
import org.convener.platform.imports.ImportException;
import org.convener.platform.imports.ImportProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing people and their memberships of a group from CSV: uploaded, previewed with a
 * validation report and the matches found for existing people, then committed all at once or not
 * at all.
 */
@Service
public class MemberImports {

    public static final List<String> COLUMNS = List.of(
            "full_name",
            "email",
            "phone",
            "postal_address",
            "constituency_code",
            "kind",
            "tags",
            "role",
            "joined_on",
            "consent_email",
            "consent_phone",
            "consent_post",
            "consent_method");
    private static final List<String> REQUIRED = List.of("full_name");
    /** 2 MB: tens of thousands of members. */
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final Groups groups;
    private final People people;
    private final PersonAccess access;
    private final Clock clock;
    private final org.convener.seats.SeatIntelligence seats;

    MemberImports(
            JdbcTemplate jdbc,
            Groups groups,
            People people,
            PersonAccess access,
            Clock clock,
            org.convener.seats.SeatIntelligence seats) {
        this.seats = seats;
        this.jdbc = jdbc;
        this.groups = groups;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    /** A row as it will be imported: who it is (new or matched), and what is wrong with it, if anything. */
    public record Row(
            int line,
            PersonDraft draft,
            Role role,
            LocalDate joinedOn,
            Map<Channel, Boolean> consent,
            String consentMethod,
            Person match,
            String matchedBy,
            boolean alreadyMember) {}

    /**
     * A checked upload. It can be committed only when it has no problems; warnings (such as cells
     * a spreadsheet would take for formulas) do not stop it.
     */
    public record Preview(
            long batchId,
            Group group,
            String fileName,
            List<Row> rows,
            List<ImportProblem> problems,
            List<ImportProblem> warnings,
            boolean committed) {

        public boolean ready() {
            return problems.isEmpty() && !committed && !rows.isEmpty();
        }

        public long newPeople() {
            return rows.stream().filter(r -> r.match() == null).count();
        }
    }

    /** Stores an upload, made by whoever acts now, for its preview. */
    @Transactional
    public long upload(Group group, String fileName, byte[] content) {
        if (content.length == 0) {
            throw new IllegalArgumentException("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException(String.format(
                    "the file is %.1f MB, larger than the 2 MB an upload may be; split it into smaller files",
                    content.length / 1048576.0));
        }
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException("the file is not UTF-8 text; save it as CSV UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            long line = text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            throw new IllegalArgumentException("line " + line
                    + " holds a NUL character (a zero byte), which a CSV file never has: is it a spreadsheet"
                    + " saved in another format? Save it as CSV UTF-8 and upload that");
        }
        return jdbc.queryForObject(
                "insert into groups.import_batch (group_id, uploaded_by, uploaded_at, file_name, content) values (?, ?, ?, ?, ?) returning id",
                Long.class,
                group.id(),
                AuditActor.who(),
                Timestamp.from(clock.instant()),
                fileName == null ? "upload.csv" : fileName,
                text);
    }

    public Optional<Preview> preview(Group group, long batchId) {
        var batch = jdbc.query(
                "select * from groups.import_batch where id = ? and group_id = ?",
                rs -> rs.next()
                        ? Optional.of(new String[] {
                            rs.getString("file_name"),
                            rs.getString("content"),
                            rs.getTimestamp("committed_at") == null ? "" : "yes"
                        })
                        : Optional.<String[]>empty(),
                batchId,
                group.id());
        // a committed file's text is gone (see commit); what it brought in is in the records and the audit log
        return batch.map(b -> b[2].isEmpty()
                ? check(batchId, group, b[0], b[1], false)
                : new Preview(batchId, group, b[0], List.of(), List.of(), List.of(), true));
    }

    /** Uploads never committed are dropped after a week, with the personal data they hold. */
    @org.springframework.scheduling.annotation.Scheduled(cron = "0 30 3 * * *")
    public int dropStaleUploads() {
        return jdbc.update(
                "delete from groups.import_batch where committed_at is null and uploaded_at < ?",
                Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(7))));
    }

    /**
     * Imports every row in one transaction, as whoever acts now: new people are created, matched
     * people (only those the importer may bring in, see {@link PersonAccess}) gain a membership,
     * any blank details, tags and consent.
     *
     * @throws ImportException when the file has problems now (the database may have changed since the preview)
     */
    @Transactional
    public int commit(Group group, long batchId) {
        Preview preview = preview(group, batchId).orElseThrow(() -> new IllegalArgumentException("no such upload"));
        if (preview.committed()) {
            throw new IllegalStateException("this file has already been imported");
        }
        if (!preview.problems().isEmpty()) {
            throw new ImportException(preview.problems());
        }
        int imported = 0;
        for (Row row : preview.rows()) {
            Person person;
            if (row.match() == null) {
                person = people.find(groups.enrolNew(group.id(), row.draft(), row.role(), row.joinedOn())
                                .personId())
                        .orElseThrow();
                imported++;
            } else {
                if (!row.alreadyMember()) {
                    // the same rule as adding a member by hand; a refusal undoes the whole file
                    groups.join(group.id(), row.match().id(), row.role(), row.joinedOn());
                    imported++;
                }
                person = fillIn(row.match(), row.draft());
            }
            for (var consent : row.consent().entrySet()) {
                people.recordConsent(person.id(), consent.getKey(), consent.getValue(), row.consentMethod());
            }
        }
        // the file's personal data now lives in the records, where erasure and retention reach it
        jdbc.update(
                "update groups.import_batch set committed_at = ?, content = '' where id = ?",
                Timestamp.from(clock.instant()),
                batchId);
        return imported;
    }

    /**
     * Whether the one importing may make this person a member of the group (see {@link Groups#join})
     * and so change their record; for someone already a member, whether its record is open to them.
     */
    private boolean mayBringIn(Group group, Person person) {
        var user = CurrentUser.get();
        try {
            access.originOfLink(
                    user,
                    person,
                    group.kind() == GroupKind.CAUCUS
                            && user.map(u -> groups.canManage(u, group.id())).orElse(false));
            return true;
        } catch (PersonAccess.Refused e) {
            return false;
        }
    }

    private Person fillIn(Person existing, PersonDraft incoming) {
        var tags = new LinkedHashSet<>(existing.tags());
        tags.addAll(incoming.tags());
        boolean changed = !tags.equals(existing.tags())
                || (existing.email() == null && incoming.email() != null)
                || (existing.phone() == null && incoming.phone() != null)
                || (existing.postalAddress() == null && incoming.postalAddress() != null)
                || (existing.constituencyCode() == null && incoming.constituencyCode() != null);
        if (!changed) {
            return existing;
        }
        return people.update(
                existing.id(),
                new PersonDraft(
                        existing.fullName(),
                        existing.kind(),
                        existing.constituencyCode() != null ? existing.constituencyCode() : incoming.constituencyCode(),
                        existing.email() != null ? existing.email() : incoming.email(),
                        existing.phone() != null ? existing.phone() : incoming.phone(),
                        existing.postalAddress() != null ? existing.postalAddress() : incoming.postalAddress(),
                        existing.notes(),
                        tags));
    }

    private Preview check(long batchId, Group group, String fileName, String text, boolean committed) {
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<ImportProblem>();
        CsvTable table;
        try {
            table = CsvTable.withHeader(fileName, text, REQUIRED);
        } catch (ImportException e) {
            return new Preview(batchId, group, fileName, List.of(), e.problems(), List.of(), committed);
        }
        var current = new HashSet<Long>();
        groups.currentMemberships(group.id()).stream().map(Membership::personId).forEach(current::add);
        var emailsSeen = new HashMap<String, Integer>();
        var namesSeen = new HashMap<String, Integer>();
        for (CsvRow csv : table.rows()) {
            try {
                Row row = read(csv, group);
                if (row.draft().email() != null) {
                    Integer earlier = emailsSeen.putIfAbsent(row.draft().email(), csv.line());
                    if (earlier != null) {
                        throw csv.fail("email", row.draft().email() + " is also on line " + earlier);
                    }
                }
                String key = row.draft().fullName().toLowerCase(Locale.ROOT) + "|"
                        + row.draft().constituencyCode();
                Integer earlierName = namesSeen.putIfAbsent(key, csv.line());
                if (earlierName != null && row.draft().email() == null) {
                    throw csv.fail("full_name", "the same name and constituency are also on line " + earlierName);
                }
                rows.add(matched(row, group, current, csv));
            } catch (ImportException e) {
                problems.addAll(e.problems());
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(fileName, csv.line(), null, e.getMessage()));
            }
        }
        return new Preview(batchId, group, fileName, rows, problems, table.formulaWarnings(), committed);
    }

    /**
     * Finds who a row is: someone recorded with the same email, or else with the same name and
     * constituency. Only someone the importer may bring into the group matches; anyone else is a
     * problem on the row, reported without saying who, so that a file can no more reach a record
     * than adding a member by hand can.
     */
    private Row matched(Row row, Group group, java.util.Set<Long> currentMembers, CsvRow csv) {
        Person match = null;
        String by = null;
        if (row.draft().email() != null) {
            var recorded = people.findByEmail(row.draft().email()).filter(p -> !p.erased());
            if (recorded.isPresent() && !mayBringIn(group, recorded.get())) {
                throw csv.fail(
                        "email",
                        "this email belongs to someone recorded outside your groups; invite them, or ask an administrator to add them");
            }
            match = recorded.orElse(null);
            by = match == null ? null : "same email";
        }
        if (match == null) {
            var byName =
                    people
                            .findByNameAndConstituency(
                                    row.draft().fullName(), row.draft().constituencyCode())
                            .stream()
                            .toList();
            var reachable = byName.stream().filter(p -> mayBringIn(group, p)).toList();
            if (reachable.size() == 1) {
                match = reachable.get(0);
                by = "same name and constituency";
            } else if (reachable.size() > 1) {
                throw new IllegalArgumentException("several people are recorded as "
                        + row.draft().fullName() + " in that constituency; give an email");
            } else if (!byName.isEmpty() && row.draft().email() == null) {
                // someone else by that name lives there: an email tells a newcomer apart
                throw csv.fail(
                        "full_name",
                        "someone recorded outside your groups has this name and constituency; give this person's email if"
                                + " they are someone else, or invite them, or ask an administrator to add them");
            }
        }
        boolean already = match != null && currentMembers.contains(match.id());
        return new Row(
                row.line(),
                row.draft(),
                row.role(),
                row.joinedOn(),
                row.consent(),
                row.consentMethod(),
                match,
                by,
                already);
    }

    private Row read(CsvRow csv, Group group) {
        PersonDraft draft;
        try {
            String tags = optional(csv, "tags");
            draft = new PersonDraft(
                    csv.text("full_name"),
                    kind(csv),
                    optional(csv, "constituency_code"),
                    optional(csv, "email"),
                    optional(csv, "phone"),
                    optional(csv, "postal_address"),
                    null,
                    tags == null ? java.util.Set.of() : new LinkedHashSet<>(List.of(tags.split(";"))));
        } catch (ImportException e) {
            throw e;
        } catch (PersonDraft.InvalidField e) {
            throw csv.fail(e.field(), e.getMessage());
        }
        if (draft.constituencyCode() != null
                && (!org.convener.engine.ConstituencyCode.isValid(draft.constituencyCode())
                        || seats.seat(org.convener.engine.ConstituencyCode.of(draft.constituencyCode()))
                                .isEmpty())) {
            throw csv.fail("constituency_code", "\"" + draft.constituencyCode() + "\" is not a 2024 constituency code");
        }
        Role role = Role.MEMBER;
        String roleText = optional(csv, "role");
        if (roleText != null) {
            try {
                role = Role.valueOf(roleText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw csv.fail(
                        "role",
                        "\"" + roleText + "\" is not a role ("
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Role.of(group.kind()))
                                                .map(r -> r.name().toLowerCase())
                                                .toList())
                                + ")");
            }
            if (!List.of(Role.of(group.kind())).contains(role)) {
                throw csv.fail(
                        "role",
                        group.kind().label().toLowerCase() + "s have no "
                                + role.label().toLowerCase() + "s");
            }
        }
        LocalDate joined = groups.today();
        if (optional(csv, "joined_on") != null) {
            joined = csv.date("joined_on", DateTimeFormatter.ISO_LOCAL_DATE, "YYYY-MM-DD");
            if (joined.isAfter(groups.today())) {
                throw csv.fail("joined_on", "a membership cannot start in the future");
            }
        }
        var consent = new java.util.EnumMap<Channel, Boolean>(Channel.class);
        for (Channel channel : Channel.values()) {
            String column = "consent_" + channel.name().toLowerCase(Locale.ROOT);
            if (optional(csv, column) != null) {
                consent.put(channel, csv.yesNo(column));
            }
        }
        String method = optional(csv, "consent_method");
        if (!consent.isEmpty() && method == null) {
            throw csv.fail("consent_method", "say how consent was given (for example \"paper form, March meeting\")");
        }
        return new Row(csv.line(), draft, role, joined, consent, method, null, null, false);
    }

    private static PersonKind kind(CsvRow csv) {
        String kind = optional(csv, "kind");
        if (kind == null) {
            return PersonKind.ACTIVIST;
        }
        // MPs come from the Members list and stakeholders from the stakeholders page, never from a members file
        try {
            PersonKind parsed = PersonKind.valueOf(kind.toUpperCase(Locale.ROOT));
            if (parsed == PersonKind.MP || parsed == PersonKind.STAKEHOLDER) {
                throw new IllegalArgumentException();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw csv.fail("kind", "\"" + kind + "\" is not a kind a members file can give (staff, activist, other)");
        }
    }

    private static String optional(CsvRow csv, String column) {
        try {
            return csv.optionalText(column);
        } catch (IllegalArgumentException missingColumn) {
            return null;
        }
    }
}
