package org.convener.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.convener.ConvenerTest;
import org.convener.DemoData;
import org.convener.demo.Demo;
import org.convener.engagements.CalendarFeeds;
import org.convener.engagements.Stakeholders;
import org.convener.groups.Group;
import org.convener.groups.GroupKind;
import org.convener.groups.Groups;
import org.convener.groups.Invitations;
import org.convener.groups.OfficerPosts;
import org.convener.groups.Role;
import org.convener.groups.importing.MemberImports;
import org.convener.letters.Letters;
import org.convener.letters.Signatures;
import org.convener.organising.MeetingKind;
import org.convener.organising.Meetings;
import org.convener.organising.Pipeline;
import org.convener.organising.Stage;
import org.convener.platform.CommandLineInterface;
import org.convener.platform.accounts.Accounts;
import org.convener.platform.audit.AuditActor;
import org.convener.platform.imports.DatasetImports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Erasure reaches everything: every column of every table, read from the database's own
 * catalogue, is on a reviewed list saying how erasure reaches it or why it holds nothing personal;
 * and a person who did everything Convener lets one do, once erased, is found in no column at all.
 */
@ConvenerTest
class ErasureCoverageTest {

    /** A column erasure empties, deletes or replaces for the person, and how. */
    private static final Map<String, String> ERASED = new TreeMap<>();

    /** A column that keeps a person's id as an anonymous fact (that they were a member, and when). */
    private static final Map<String, String> PERSON_LINK = new TreeMap<>();

    /**
     * A column saying who did something: an account ("account 12") or a tool's name, never an
     * email, so that erasing the person behind the account (whose email is then replaced) leaves
     * nothing naming them. The database refuses anything else in them.
     */
    private static final Map<String, String> ACTOR = new TreeMap<>();

    /** A column that holds nothing about a person, and why. */
    private static final Map<String, String> NOT_PERSONAL = new TreeMap<>();

    private static void list(Map<String, String> kind, String table, String columns, String why) {
        for (String column : columns.split(",\\s*")) {
            String key = table + "." + column.trim();
            if (ERASED.containsKey(key)
                    || PERSON_LINK.containsKey(key)
                    || ACTOR.containsKey(key)
                    || NOT_PERSONAL.containsKey(key)) {
                throw new IllegalStateException(key + " is listed twice");
            }
            kind.put(key, why);
        }
    }

    static {
        String structure = "ids, references between records, kinds, statuses and the dates records were made";

        // platform
        list(
                NOT_PERSONAL,
                "public.flyway_schema_history",
                "installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time,"
                        + " success",
                "which migrations ran; installed_by is the database role");
        list(
                NOT_PERSONAL,
                "platform.dataset_import",
                "dataset_id, title, publisher, licence, attribution, source_directory, files, records, description,"
                        + " warnings, imported_at",
                "provenance of the published datasets");
        list(
                ERASED,
                "platform.account",
                "email, password_hash, person_id, enabled, failed_attempts, locked_until, last_sign_in_at",
                "replaced or cleared by Accounts.forgetPerson; the account's sessions end (SignedInSessions)");
        list(NOT_PERSONAL, "platform.account", "id, admin, must_change_password, created_at", structure);
        list(NOT_PERSONAL, "platform.account", "session_epoch", "a counter that ends an account's sessions");
        list(
                ERASED,
                "platform.sign_in_device",
                "token_hash, account_id, created_at, last_used_at",
                "the clients an account signed in from, deleted by Accounts.forgetPerson");
        list(
                NOT_PERSONAL,
                "platform.sign_in_throttle",
                "key, failures, last_failure, blocked_until",
                "a client address or a hash of a typed email or device token, tied to no person and dropped a day"
                        + " after its last failure (SignInThrottle.purge)");
        list(
                ERASED,
                "platform.audit_event",
                "before, after",
                "values about a person are encrypted with their own key, which AuditLog.forget deletes");
        list(PERSON_LINK, "platform.audit_event", "subject", "person:ID, whose values can no longer be read");
        list(ACTOR, "platform.audit_event", "actor, actor_id", "the account or tool that acted");
        list(NOT_PERSONAL, "platform.audit_event", "id, at, action, entity_type, entity_id, encrypted", structure);
        list(ERASED, "platform.audit_subject_key", "subject, key", "deleted by AuditLog.forget");
        list(
                ERASED,
                "platform.spring_session",
                "primary_id, session_id, creation_time, last_access_time, max_inactive_interval, expiry_time,"
                        + " principal_name",
                "sessions in the database, indexed by account (never an email); a closed account's are deleted"
                        + " (SignedInSessions)");
        list(
                ERASED,
                "platform.spring_session_attributes",
                "session_primary_id, attribute_name, attribute_bytes",
                "deleted with their session");
        list(
                NOT_PERSONAL,
                "platform.shedlock",
                "name, lock_until, locked_at, locked_by",
                "which instance runs a scheduled job (a host name)");
        list(
                ERASED,
                "platform.api_token",
                "id, account_id, name, token_hash, prefix, scopes, created_at, expires_at, last_used_at, revoked_at",
                "a closed account's tokens are deleted (ApiTokens on AccountClosed)");
        list(
                NOT_PERSONAL,
                "platform.api_rate",
                "key, window_start, requests",
                "a client address or a token's id, counted per minute and purged within minutes");

        // platform: mail
        list(
                ERASED,
                "platform.outbox_message",
                "to_address, to_name, subject, body_text, body_html, link_secret, reason, status",
                "every message to or about the person loses its address and text, and one still queued to them is"
                        + " not sent, by Outbox.forgetPerson (MailRecords.erase)");
        list(
                PERSON_LINK,
                "platform.outbox_message",
                "person_id, about_person_id",
                "that an erased person was sent, or told of in, a message: counts stay true");
        list(
                NOT_PERSONAL,
                "platform.outbox_message",
                "id, message_id, category, reference, unsubscribe_hash, attempts, created_at, not_before, expires_at,"
                        + " last_attempt_at, sent_at",
                structure + "; the Message-ID is random, the unsubscribe token only a hash");
        list(
                ERASED,
                "platform.mail_suppression",
                "address, reason, source, outbox_id, suppressed_at",
                "the suppression of any address the person was mailed at is deleted by Outbox.forgetPerson");
        list(
                ERASED,
                "platform.notification",
                "person_id, subject, body, link",
                "the person's notifications deleted, and others' notifications about them emptied, by"
                        + " Notifications.forgetPerson (MailRecords.erase)");
        list(PERSON_LINK, "platform.notification", "about_person_id", "that a notification told of an erased person");
        list(
                NOT_PERSONAL,
                "platform.notification",
                "id, account_id, kind, dedup_key, delivery, created_at, outbox_id",
                structure + "; the key names records by id");
        list(
                ERASED,
                "platform.notification_preference",
                "account_id, kind, delivery",
                "the person's choices deleted by Notifications.forgetPerson");
        list(
                ERASED,
                "platform.account_invitation",
                "id, email, person_id, admin, token_hash, created_at, expires_at, accepted_at, revoked_at, account_id",
                "invitations of the person to an account deleted by Invitations.forgetPerson (MailRecords.erase)");
        list(ACTOR, "platform.account_invitation", "invited_by_id", "the account that invited");
        list(
                NOT_PERSONAL,
                "platform.password_reset",
                "id, account_id, token_hash, created_at, expires_at, used_at",
                "an account's reset links, by number, stored only as hashes; the account itself is erased");
        list(
                NOT_PERSONAL,
                "platform.password_reset_request",
                "id, address_hash, client, requested_at",
                "throttling of reset requests: a hash of the address asked about (which need not be anyone's) and"
                        + " the client's network address, deleted after a day, linked to no person");

        // seats and polls: the published official record
        String official = "the House of Commons Library's published record, reloaded by ./convener import; it is not"
                + " Convener's record of a person and is not changed by erasing one";
        list(
                NOT_PERSONAL,
                "seats.member_of_parliament",
                "constituency_code, member_id, name, party_name, party_code, email",
                official);
        list(
                NOT_PERSONAL,
                "seats.candidacy",
                "election_id, constituency_code, position, party_code, party_name, candidate_name, votes, sitting_mp",
                official);
        list(NOT_PERSONAL, "seats.region", "code, name, nation", official);
        list(NOT_PERSONAL, "seats.constituency", "code, name, region_code, nation, constituency_type", official);
        list(NOT_PERSONAL, "seats.election", "id, kind, held_on, title", official);
        list(
                NOT_PERSONAL,
                "seats.contest",
                "election_id, constituency_code, electorate, valid_votes, invalid_votes, declared_result, source_line",
                official);
        list(NOT_PERSONAL, "seats.hex", "constituency_code, q, r", "the hex map's layout");
        list(NOT_PERSONAL, "seats.seat_set", "name, title, description, origin, created_at", "lists of seats");
        list(NOT_PERSONAL, "seats.seat_set_member", "set_name, constituency_code", "lists of seats");
        list(
                NOT_PERSONAL,
                "polls.poll",
                "id, fieldwork_start, fieldwork_end, pollster, client, area, sample_size, lab, con, ref, ld, grn, snp, pc,"
                        + " rb, others, mrp, notes, source_line",
                "published polls: pollsters and clients are organisations");

        // people
        list(
                ERASED,
                "people.person",
                "full_name, constituency_code, parliament_member_id, email, phone, postal_address, notes",
                "emptied by People.erase");
        list(
                NOT_PERSONAL,
                "people.person",
                "id, kind, created_at, updated_at, erased_at",
                structure + "; the row stays, anonymous, so counts stay true");
        list(ERASED, "people.person_tag", "person_id, tag", "deleted by People.erase");
        list(
                ERASED,
                "people.consent",
                "id, person_id, channel, granted, recorded_at, method",
                "deleted by People.erase");
        list(ACTOR, "people.consent", "recorded_by", "who recorded it");

        // groups
        list(NOT_PERSONAL, "groups.grp", "id, kind, name, slug, description, illustrative, created_at", "groups");
        list(NOT_PERSONAL, "groups.group_area", "group_id, constituency_code, branch", "where groups work");
        list(PERSON_LINK, "groups.membership", "person_id", "that an erased person was a member, so growth stays true");
        list(ERASED, "groups.membership", "end_reason", "emptied by GroupRecords.erase: why someone left is theirs");
        list(ACTOR, "groups.membership", "made_by", "who made the membership");
        list(NOT_PERSONAL, "groups.membership", "id, group_id, role, started_on, ended_on, origin, made_at", structure);
        list(
                NOT_PERSONAL,
                "groups.officer_post",
                "id, group_id, title, description, sort_order, created_at, retired_on",
                "a group's posts");
        list(PERSON_LINK, "groups.post_holding", "person_id", "that an erased person held a post, and when");
        list(NOT_PERSONAL, "groups.post_holding", "id, post_id, started_on, ended_on", structure);
        list(PERSON_LINK, "groups.volunteer", "person_id", "that an erased person once offered");
        list(
                ERASED,
                "groups.volunteer",
                "message, status, decided_at",
                "the message emptied, an open offer withdrawn, by GroupRecords.erase");
        list(ACTOR, "groups.volunteer", "decided_by", "who appointed or declined");
        list(NOT_PERSONAL, "groups.volunteer", "id, post_id, volunteered_at", structure);
        list(
                ERASED,
                "groups.invitation",
                "id, group_id, person_id, invited_at, status, decided_at",
                "invitations to the person deleted by GroupRecords.erase");
        list(ACTOR, "groups.invitation", "invited_by", "who invited");
        list(
                ERASED,
                "groups.import_batch",
                "content, file_name",
                "uploads the person made, and uploads not yet committed that name them, deleted by GroupRecords.erase;"
                        + " a committed upload's text is already gone");
        list(ACTOR, "groups.import_batch", "uploaded_by", "who uploaded it");
        list(NOT_PERSONAL, "groups.import_batch", "id, group_id, uploaded_at, committed_at", structure);

        // engagements
        list(
                ERASED,
                "engagements.position",
                "id, person_id, category, organisation, role, started_on, ended_on",
                "a stakeholder's posts name them as surely as their name: deleted by EngagementRecords.erase");
        list(
                ERASED,
                "engagements.stakeholder_keeper",
                "person_id, caucus_id, origin, made_at",
                "deleted by EngagementRecords.erase");
        list(ACTOR, "engagements.stakeholder_keeper", "made_by", "who passed the stakeholder to the caucus");
        list(NOT_PERSONAL, "engagements.topic", "id, name, retired", "the caucus's issues");
        list(
                NOT_PERSONAL,
                "engagements.engagement",
                "id, caucus_id, kind, title, starts_at, minutes, place, notes, created_at",
                "the caucus's record of its own meetings, shown to its members; people who were there are"
                        + " attendees, by id");
        list(ACTOR, "engagements.engagement", "created_by", "who logged it");
        list(PERSON_LINK, "engagements.attendee", "person_id", "that an erased person was there");
        list(NOT_PERSONAL, "engagements.attendee", "engagement_id", structure);
        list(NOT_PERSONAL, "engagements.engagement_topic", "engagement_id, topic_id", structure);
        list(
                NOT_PERSONAL,
                "engagements.ask",
                "id, caucus_id, topic_id, title, wording, status, created_at",
                "the caucus's policy asks");
        list(ACTOR, "engagements.ask", "created_by", "who drafted it");
        list(
                NOT_PERSONAL,
                "engagements.ask_transition",
                "id, ask_id, from_status, to_status, on_date, recorded_at, reason, engagement_id",
                "how an ask moved, and why");
        list(ACTOR, "engagements.ask_transition", "recorded_by", "who moved it");
        list(NOT_PERSONAL, "engagements.ask_evidence", "id, ask_id, kind, target, note", "seats, sets and links");
        list(NOT_PERSONAL, "engagements.engagement_ask", "engagement_id, ask_id", structure);
        list(PERSON_LINK, "engagements.commitment", "stakeholder_id", "that an erased stakeholder gave it");
        list(
                NOT_PERSONAL,
                "engagements.commitment",
                "id, engagement_id, ask_id, wording, recorded_at",
                "what an office undertook on an ask: the caucus's record of its work");
        list(ACTOR, "engagements.commitment", "recorded_by", "who recorded it");
        list(PERSON_LINK, "engagements.follow_up", "owner_id", "that an erased person owed it");
        list(
                NOT_PERSONAL,
                "engagements.follow_up",
                "id, engagement_id, group_id, source_kind, source_id, action, due_on, done_at, created_at",
                "the task, and where it arose (an engagement, or a meeting's action point)");
        list(ACTOR, "engagements.follow_up", "done_by", "who marked it done");
        list(
                ERASED,
                "engagements.calendar_feed",
                "id, account_id, token_hash, created_at, revoked_at",
                "the person's feeds deleted by EngagementRecords.erase");

        // organising
        list(
                NOT_PERSONAL,
                "organising.meeting",
                "id, group_id, kind, title, starts_at, minutes, place, online_link, agenda, shown_publicly, cancelled_at,"
                        + " created_at",
                "a group's meetings and events");
        list(ACTOR, "organising.meeting", "created_by", "who scheduled it");
        list(
                ERASED,
                "organising.rsvp",
                "meeting_id, person_id, answer, answered_at",
                "a person's answers, deleted by OrganisingRecords.erase");
        list(PERSON_LINK, "organising.attendance", "person_id", "that an erased person was there, so counts stay true");
        list(NOT_PERSONAL, "organising.attendance", "meeting_id, recorded_at", structure);
        list(ACTOR, "organising.attendance", "recorded_by", "who took attendance");
        list(
                NOT_PERSONAL,
                "organising.minutes_version",
                "meeting_id, number, body, written_at",
                "the group's record of its own meetings, approved by the group; people in it are members acting"
                        + " for the group, as in an engagement's notes");
        list(ACTOR, "organising.minutes_version", "written_by", "who wrote the version");
        list(NOT_PERSONAL, "organising.minutes_approval", "meeting_id, version, at_meeting_id, recorded_at", structure);
        list(ACTOR, "organising.minutes_approval", "recorded_by", "who recorded the approval");
        list(NOT_PERSONAL, "organising.decision", "id, meeting_id, body, recorded_at", "what a meeting decided");
        list(ACTOR, "organising.decision", "recorded_by", "who recorded it");
        list(
                ERASED,
                "organising.group_calendar_feed",
                "id, account_id, group_id, token_hash, created_at, revoked_at",
                "the person's group feeds deleted by OrganisingRecords.erase");
        list(
                PERSON_LINK,
                "organising.candidate",
                "person_id",
                "that an erased person was in a pipeline, for the counts");
        list(
                ERASED,
                "organising.candidate",
                "aim, mentor_id",
                "the aim emptied, and the person removed as anyone's mentor, by OrganisingRecords.erase");
        list(NOT_PERSONAL, "organising.candidate", "id, group_id, office, stage, created_at", structure);
        list(ACTOR, "organising.candidate", "created_by", "who put them forward");
        list(ERASED, "organising.candidate_move", "reason", "replaced by OrganisingRecords.erase");
        list(
                NOT_PERSONAL,
                "organising.candidate_move",
                "id, candidate_id, from_stage, to_stage, on_date, recorded_at",
                structure);
        list(ACTOR, "organising.candidate_move", "recorded_by", "who moved the candidate");
        list(
                ERASED,
                "organising.plan_step",
                "id, candidate_id, title, due_on, done_on, created_at",
                "deleted by OrganisingRecords.erase");
        list(ACTOR, "organising.plan_step", "created_by", "who planned it");
        list(
                ERASED,
                "organising.outside_training",
                "id, candidate_id, title, completed_on",
                "deleted by OrganisingRecords.erase");
        list(
                ERASED,
                "organising.support_need",
                "id, candidate_id, kind, detail, met_on, created_at",
                "deleted by OrganisingRecords.erase");
        list(
                ERASED,
                "organising.background",
                "person_id, working_class, free_school_meals, first_generation, occupation, trade_union, in_own_words,"
                        + " consent_wording, consented_at, updated_at",
                "self-declared; deleted by OrganisingRecords.erase, or when consent is withdrawn");
        list(
                NOT_PERSONAL,
                "organising.course",
                "id, group_id, title, description, recommended, sessions_required, created_at",
                "a group's courses");
        list(ACTOR, "organising.course", "created_by", "who added it");
        list(PERSON_LINK, "organising.course_session", "facilitator_id", "that an erased person facilitated it");
        list(
                NOT_PERSONAL,
                "organising.course_session",
                "id, course_id, title, starts_at, place",
                "a course's sessions");
        list(NOT_PERSONAL, "organising.material", "id, session_id, title, link, file_id, added_at", "course materials");
        list(ACTOR, "organising.material", "added_by", "who added it");
        list(PERSON_LINK, "organising.enrolment", "person_id", "that an erased person enrolled");
        list(NOT_PERSONAL, "organising.enrolment", "course_id, enrolled_at", structure);
        list(PERSON_LINK, "organising.session_attendance", "person_id", "that an erased person attended");
        list(NOT_PERSONAL, "organising.session_attendance", "session_id, recorded_at", structure);
        list(ACTOR, "organising.session_attendance", "recorded_by", "who took attendance");
        list(
                NOT_PERSONAL,
                "organising.stored_file",
                "id, sha256, media_type, size_bytes, content, stored_at",
                "files of research documents and course materials: published research and teaching material");
        list(
                NOT_PERSONAL,
                "organising.document",
                "id, title, kind, source, published_on, file_id, file_name, body_text, visibility, illustrative,"
                        + " uploaded_at, search",
                "the research library: published research and briefings");
        list(ACTOR, "organising.document", "uploaded_by", "who uploaded it");
        list(NOT_PERSONAL, "organising.document_caucus", "document_id, caucus_id", structure);
        list(NOT_PERSONAL, "organising.document_topic", "document_id, topic_id", structure);
        list(NOT_PERSONAL, "organising.document_link", "document_id, target_kind, target_id, linked_at", structure);
        list(ACTOR, "organising.document_link", "linked_by", "who linked it");

        // letters
        list(
                NOT_PERSONAL,
                "letters.letter",
                "id, organising_caucus, status, illustrative, created_at, opened_at, locked_at, published_at",
                structure);
        list(ACTOR, "letters.letter", "created_by", "who drafted it");
        list(
                NOT_PERSONAL,
                "letters.version",
                "letter_id, number, title, body, addressee, written_at",
                "a letter's text");
        list(ACTOR, "letters.version", "written_by", "who wrote the version");
        list(NOT_PERSONAL, "letters.invitation", "letter_id, caucus_id, invited_at", "the caucuses invited");
        list(ACTOR, "letters.invitation", "invited_by", "who invited the caucus");
        list(
                ERASED,
                "letters.signature",
                "signatory_name, constituency, confirmation, withdrawal_note, withdrawn_at",
                "emptied (and the signature withdrawn) by SignatureRecords.erase while the letter is not locked; a"
                        + " locked or published letter is a public record and the database will not change it");
        list(PERSON_LINK, "letters.signature", "person_id", "that an erased person signed");
        list(ACTOR, "letters.signature", "recorded_by, withdrawn_by", "who recorded or withdrew it");
        list(
                NOT_PERSONAL,
                "letters.signature",
                "id, letter_id, caucuses, version, signed_at",
                "which caucuses, by name, and when");
        list(NOT_PERSONAL, "letters.letter_ask", "letter_id, ask_id", structure);

        // messages
        list(
                NOT_PERSONAL,
                "messages.message",
                "id, group_id, subject, body, audience, status, created_at, updated_at, scheduled_for, sent_at,"
                        + " recipients, left_out",
                "a group's message to its members, the group's own record like an engagement's notes; whom it went"
                        + " to is in the recipients and the outbox");
        list(ACTOR, "messages.message", "created_by_id", "the account that wrote it");
        list(PERSON_LINK, "messages.recipient", "person_id", "that an erased person was sent it, so counts stay true");
        list(ERASED, "messages.recipient", "unsubscribed_at", "cleared by MessageRecords.erase");
        list(NOT_PERSONAL, "messages.recipient", "id, message_id, outbox_id", structure);

        // polls entered in the product, metrics and bulletins
        list(
                NOT_PERSONAL,
                "polls.entered_poll",
                "id, fieldwork_start, fieldwork_end, pollster, client, area, sample_size, method, lab, con, ref, ld,"
                        + " grn, snp, pc, rb, others, mrp, notes, source_url, entered_at, withdrawn_at, withdrawn_reason",
                "a published poll and why it was withdrawn: the polling firm's figures, about no one");
        list(ACTOR, "polls.entered_poll", "entered_by_id", "the account that entered it");
        list(
                NOT_PERSONAL,
                "bulletins.metric",
                "id, caucus_id, name, unit, source, method, seat_code, illustrative, created_at",
                "a published figure a caucus tracks, and where it comes from");
        list(
                NOT_PERSONAL,
                "bulletins.metric_value",
                "id, metric_id, refers_to, value, source_url, recorded_at",
                "a published figure's value and its source");
        list(ACTOR, "bulletins.metric_value", "recorded_by_id", "the account that recorded it");
        list(
                NOT_PERSONAL,
                "bulletins.bulletin",
                "id, caucus_id, week, status, public, intro, figures, assembled_at, approved_at, published_at,"
                        + " illustrative",
                "a caucus's weekly numbers: polls, seats and their MPs (public figures, by name), metrics, and links"
                        + " to asks, engagements and letters; no member's contact details or anyone else's name");
        list(ACTOR, "bulletins.bulletin", "approved_by_id", "the account that approved it");
        list(
                NOT_PERSONAL,
                "bulletins.job_run",
                "id, job, instance, started_at, finished_at, outcome, detail",
                "when the weekly job ran, on which machine, and how it ended");

        // ballots (docs/secrecy.md says what these tables can and cannot reveal)
        list(
                NOT_PERSONAL,
                "ballots.contest",
                "id, group_id, kind, title, description, method, seats, ron, seconders, nominations_close_at,"
                        + " electorate_on, opens_at, closes_at, box, illustrative, created_at, counted_at",
                "a group's contest and its timetable");
        list(ACTOR, "ballots.contest", "created_by", "who set it up");
        list(
                PERSON_LINK,
                "ballots.nomination",
                "candidate_id, nominated_by",
                "that an erased person stood or nominated");
        list(ERASED, "ballots.nomination", "statement", "the candidate's statement, blanked by BallotRecords.erase");
        list(
                NOT_PERSONAL,
                "ballots.nomination",
                "id, contest_id, nominated_at, accepted_at, acceptance",
                structure + "; acceptance says how a candidate confirmed (by email, by phone)");
        list(ACTOR, "ballots.nomination", "accepted_by", "who recorded the acceptance");
        list(PERSON_LINK, "ballots.seconder", "person_id", "that an erased person seconded");
        list(NOT_PERSONAL, "ballots.seconder", "nomination_id, seconded_at", structure);
        list(
                PERSON_LINK,
                "ballots.voter",
                "person_id",
                "that an erased person voted, for one vote each and the turnout; never how, which no table holds");
        list(NOT_PERSONAL, "ballots.voter", "contest_id, voted_on", structure);
        list(
                NOT_PERSONAL,
                "ballots.sealed_paper",
                "contest_id, sealed",
                "papers sealed with a key outside the database, destroyed at the count; no voter, order or time");
        list(NOT_PERSONAL, "ballots.paper", "contest_id, ranking", "the opened papers, shuffled, with no voter");
        list(NOT_PERSONAL, "ballots.receipt", "contest_id, code", "receipt codes, with no voter and no paper");
        list(
                NOT_PERSONAL,
                "ballots.result",
                "contest_id, blt, report, seed, counted_at",
                "a declared count: the names on the ballot paper and the totals, the group's public result, kept as a"
                        + " published letter keeps its signatories; no voter is in it");
        list(PERSON_LINK, "ballots.endorsement", "candidate_id", "whom a group endorsed, by id");
        list(ERASED, "ballots.endorsement", "candidate_name", "replaced by 'Erased person #id' by BallotRecords.erase");
        list(NOT_PERSONAL, "ballots.endorsement", "group_id, contest_id, endorsed_on", structure);
        list(
                NOT_PERSONAL,
                "ballots.hustings",
                "id, contest_id, engagement_id, starts_at, place, notes",
                "the hustings");
        list(ERASED, "ballots.hustings", "chair_id", "cleared by BallotRecords.erase");
        list(NOT_PERSONAL, "ballots.speaker", "hustings_id, position, nomination_id", structure);
        list(PERSON_LINK, "ballots.question", "asked_by", "that an erased person sent in a question");
        list(ERASED, "ballots.question", "wording", "blanked by BallotRecords.erase");
        list(NOT_PERSONAL, "ballots.question", "id, hustings_id, submitted_at, chosen_as", structure);

        // votes: Parliament's published division lists
        String divisionLists = "the House's published division lists (MPs' names, member ids and votes), reloaded by"
                + " ./convener import; a public record, not Convener's record of a person, and not changed by erasing"
                + " one";
        list(
                NOT_PERSONAL,
                "votes.division",
                "source, division_id, held_on, number, title, official_ayes, official_noes, deferred, list_title",
                divisionLists);
        list(NOT_PERSONAL, "votes.member", "source, member_id, name", divisionLists);
        list(NOT_PERSONAL, "votes.vote", "source, division_id, member_id, party, lobby, teller", divisionLists);
        list(
                NOT_PERSONAL,
                "votes.free_vote",
                "division_id, marked_at, note",
                "an officer's mark that a division was a free vote, with a note about the division; who marked it"
                        + " is in the audit log");
    }

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    People people;

    @Autowired
    DataProtection dataProtection;

    @Autowired
    Groups groups;

    @Autowired
    OfficerPosts officerPosts;

    @Autowired
    Invitations invitations;

    @Autowired
    Accounts accounts;

    @Autowired
    MemberImports memberImports;

    @Autowired
    Stakeholders stakeholders;

    @Autowired
    Letters letters;

    @Autowired
    Signatures signatures;

    @Autowired
    CalendarFeeds calendars;

    @Autowired
    Meetings meetings;

    @Autowired
    Pipeline pipeline;

    @Autowired
    MockMvc mvc;

    @Autowired
    DatasetImports imports;

    @Autowired
    Demo demo;

    @Autowired
    CommandLineInterface cli;

    @BeforeEach
    void demo() {
        DemoData.loaded(imports, demo, accounts, cli);
    }

    /** Every column of every table the database holds, as schema.table.column. */
    private Set<String> catalogue() {
        return new TreeSet<>(jdbc.queryForList("""
                select c.table_schema || '.' || c.table_name || '.' || c.column_name
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
                """, String.class));
    }

    @Test
    void everyColumnInTheDatabaseIsEitherReachedByErasureOrReviewedAsHoldingNothingPersonal() {
        var listed = new TreeSet<String>();
        for (var kind : List.of(ERASED, PERSON_LINK, ACTOR, NOT_PERSONAL)) {
            listed.addAll(kind.keySet());
        }
        var catalogue = catalogue();
        var unreviewed = new TreeSet<>(catalogue);
        unreviewed.removeAll(listed);
        var gone = new TreeSet<>(listed);
        gone.removeAll(catalogue);
        assertThat(unreviewed).as("""
                        columns no one has said how erasure treats. For each: if it can hold anything about a \
                        person (a name, a contact detail, free text about someone, a file, anything kept against a \
                        person's id), make erasure reach it (a PersonRecords in your module, whose erase(personId) \
                        runs before the person's record is emptied) and list it under ERASED with how; if it keeps \
                        a person's id only as an anonymous fact, list it under PERSON_LINK; if it says who did \
                        something, store AuditActor.who() (an account, never an email), add the check constraint \
                        the other actor columns have, and list it under ACTOR; otherwise list it under \
                        NOT_PERSONAL with the reason. The lists are at the top of ErasureCoverageTest""").isEmpty();
        assertThat(gone)
                .as("columns listed in ErasureCoverageTest that the database no longer has: take them off")
                .isEmpty();
    }

    @Test
    void everyActorColumnRefusesAnythingButAnAccountOrAToolsName() {
        var unguarded = new ArrayList<String>();
        for (String column : ACTOR.keySet()) {
            String[] parts = column.split("\\.");
            if (parts[2].endsWith("_id")) {
                continue;
            }
            int guards = jdbc.queryForObject("""
                    select count(*) from pg_constraint k join pg_class t on t.oid = k.conrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    where k.contype = 'c' and n.nspname = ? and t.relname = ?
                      and pg_get_constraintdef(k.oid) like '%' || ? || '%account [0-9]+%'
                    """, Integer.class, parts[0], parts[1], parts[2]);
            if (guards == 0) {
                unguarded.add(column);
            }
        }
        assertThat(unguarded)
                .as("actor columns without the check that keeps emails out of them")
                .isEmpty();
        assertThat(ACTOR).containsKeys("groups.import_batch.uploaded_by", "people.consent.recorded_by");
    }

    @Test
    void aPersonWhoDidEverythingIsFoundNowhereOnceErased() throws Exception {
        int n = SERIAL.incrementAndGet();
        var marks = new LinkedHashMap<String, String>();
        String name = "Zelda Erasable" + (char) ('a' + n % 26) + n;
        String email = "zelda-erasable-" + n + "@example.net";
        marks.put("name", name);
        marks.put("email", email);
        marks.put("phone", "07700 9" + String.format("%05d", 60000 + n));
        marks.put("address", n + " Erasure Lane, Derby");
        marks.put("notes", "erasable-notes-" + n);
        marks.put("tag", "erasable-tag-" + n);
        marks.put("offer", "erasable-offer-" + n);
        marks.put("reason", "erasable-reason-" + n);
        marks.put("file", "erasable-file-" + n);
        marks.put("aim", "erasable-aim-" + n);
        marks.put("step", "erasable-step-" + n);
        marks.put("training", "erasable-training-" + n);
        marks.put("need", "erasable-need-" + n);
        marks.put("move", "erasable-move-" + n);
        marks.put("occupation", "erasable-occupation-" + n);
        marks.put("background", "erasable-background-" + n);

        // an MP, so she can sign; she runs a caucus and a local group, and is in others
        Person zelda = AuditActor.as(
                "test",
                () -> people.create(
                        new PersonDraft(
                                name,
                                PersonKind.MP,
                                "E14001193",
                                email,
                                marks.get("phone"),
                                marks.get("address"),
                                marks.get("notes"),
                                Set.of(marks.get("tag"))),
                        980000 + n));
        Group caucus = AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.CAUCUS, "Erasure caucus " + n, "erasure-caucus-" + n, null, false, List.of()));
        Group local = localGroup("Erasure local " + n, "erasure-local-" + n);
        Group other = localGroup("Erasure other " + n, "erasure-other-" + n);
        Group left = localGroup("Erasure left " + n, "erasure-left-" + n);
        Person member = AuditActor.as(
                "test",
                () -> people.find(groups.enrolNew(
                                        local.id(),
                                        new PersonDraft(
                                                "Erasure Member " + n,
                                                PersonKind.ACTIVIST,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                Set.of()),
                                        Role.MEMBER,
                                        groups.today())
                                .personId())
                        .orElseThrow());
        var account = AuditActor.as("test", () -> accounts.create(email, zelda.id(), false));
        AuditActor.as("test", () -> {
            groups.join(caucus.id(), zelda.id(), Role.CONVENER, LocalDate.of(2025, 1, 6));
            groups.join(local.id(), zelda.id(), Role.ORGANISER, LocalDate.of(2025, 1, 6));
            var past = groups.join(left.id(), zelda.id(), Role.MEMBER, LocalDate.of(2025, 1, 6));
            groups.leave(past.id(), LocalDate.of(2025, 6, 1), marks.get("reason"));
            var post = officerPosts.createPost(other.id(), "Erasure secretary", null);
            officerPosts.volunteer(post.id(), zelda.id(), marks.get("offer"));
            invitations.invite(other.id(), zelda.id());
            people.recordConsent(zelda.id(), Channel.EMAIL, true, "erasure-consent-" + n);
            accounts.changePassword(account.account().id(), account.oneTimePassword(), DemoData.PASSWORD);
            calendars.issue(account.account().id());
            // someone else's upload that names her, not yet committed
            memberImports.upload(
                    other,
                    "theirs.csv",
                    ("full_name,email\n" + name + "," + email + "\n").getBytes(StandardCharsets.UTF_8));
        });
        var letter = AuditActor.as("test", () -> {
            var draft = letters.draft(caucus.id(), "Erasure letter " + n, null, "Dear Chancellor,", false);
            letters.open(draft.id());
            return draft;
        });

        // and what she did herself, signed in: everything that records who acted
        MockHttpSession session = DemoData.signIn(mvc, email);
        mvc.perform(post("/people/" + member.id() + "/consent")
                .with(csrf())
                .session(session)
                .param("channel", "EMAIL")
                .param("granted", "true")
                .param("method", "erasure test form"));
        mvc.perform(multipart("/groups/" + local.slug() + "/import")
                .file(new MockMultipartFile(
                        "file",
                        marks.get("file") + ".csv",
                        "text/csv",
                        "full_name\nSomeone New\n".getBytes(StandardCharsets.UTF_8)))
                .with(csrf())
                .session(session));
        mvc.perform(post("/stakeholders")
                .with(csrf())
                .session(session)
                .param("fullName", "Erasure Stakeholder " + n)
                .param("category", "ADVISER")
                .param("organisation", "Erasure Office " + n)
                .param("role", "Erasure adviser " + n)
                .param("email", "erasure-stakeholder-" + n + "@example.net")
                .param("keptBy", String.valueOf(caucus.id())));
        Person stakeholder =
                people.findByEmail("erasure-stakeholder-" + n + "@example.net").orElseThrow();
        mvc.perform(post("/engagements")
                .with(csrf())
                .session(session)
                .param("caucusId", String.valueOf(caucus.id()))
                .param("kind", "MEETING")
                .param("title", "Erasure meeting " + n)
                .param("startsAt", "2026-01-05T10:00")
                .param("attendees", String.valueOf(zelda.id()), String.valueOf(stakeholder.id())));
        long engagement = jdbc.queryForObject(
                "select id from engagements.engagement where title = ?", Long.class, "Erasure meeting " + n);
        mvc.perform(post("/engagements/" + engagement + "/follow-ups")
                .with(csrf())
                .session(session)
                .param("action", "Write it up")
                .param("ownerId", String.valueOf(zelda.id()))
                .param("dueOn", "2026-01-12"));
        mvc.perform(post("/engagements/" + engagement + "/asks")
                .with(csrf())
                .session(session)
                .param("topicId", "1")
                .param("title", "Erasure ask " + n)
                .param("wording", "Do the thing."));
        long followUp = jdbc.queryForObject(
                "select id from engagements.follow_up where engagement_id = ?", Long.class, engagement);
        mvc.perform(post("/follow-ups/" + followUp + "/done").with(csrf()).session(session));
        mvc.perform(post("/letters/" + letter.id() + "/sign").with(csrf()).session(session));
        assertThat(signatures.liveSignatures(letter.id())).hasSize(1);
        // the grassroots side: she answers a meeting, enters a pipeline with a plan, training, a need
        // and her background, takes a course, and subscribes to the group's calendar
        var meeting = AuditActor.as(
                "test",
                () -> meetings.schedule(new Meetings.Details(
                        local.id(),
                        MeetingKind.MEETING,
                        "Erasure meeting " + n,
                        java.time.Instant.now().plusSeconds(86400),
                        90,
                        "Erasure Hall",
                        null,
                        null,
                        false)));
        mvc.perform(post("/meetings/" + meeting.id() + "/rsvp")
                .with(csrf())
                .session(session)
                .param("answer", "YES"));
        mvc.perform(post("/groups/" + local.slug() + "/pipeline")
                .with(csrf())
                .session(session)
                .param("office", "COUNCIL")
                .param("aim", marks.get("aim")));
        long candidate = pipeline.ofPerson(zelda.id()).get(0).id();
        mvc.perform(post("/candidates/" + candidate + "/plan")
                .with(csrf())
                .session(session)
                .param("title", marks.get("step"))
                .param("dueOn", "2027-01-01"));
        mvc.perform(post("/candidates/" + candidate + "/training")
                .with(csrf())
                .session(session)
                .param("title", marks.get("training"))
                .param("on", "2026-01-01"));
        mvc.perform(post("/candidates/" + candidate + "/support")
                .with(csrf())
                .session(session)
                .param("kind", "CHILDCARE")
                .param("detail", marks.get("need")));
        mvc.perform(post("/candidates/" + candidate + "/moves")
                .with(csrf())
                .session(session)
                .param("to", "DEVELOPING")
                .param("reason", marks.get("move")));
        mvc.perform(post("/account/background")
                .with(csrf())
                .session(session)
                .param("workingClass", "YES")
                .param("occupation", marks.get("occupation"))
                .param("inOwnWords", marks.get("background"))
                .param("consent", "true"));
        mvc.perform(post("/groups/" + local.slug() + "/calendar").with(csrf()).session(session));
        assertThat(pipeline.find(candidate).orElseThrow().stage()).isEqualTo(Stage.DEVELOPING);
        assertThat(pipeline.backgroundFor(
                        new org.convener.platform.CurrentUser(
                                account.account().id(), email, zelda.id(), Set.of("MEMBER")),
                        zelda.id()))
                .isPresent();
        assertThat(meetings.rsvps(meeting.id())).hasSize(1);
        assertThat(signatures.liveSignatures(letter.id())).hasSize(1);
        assertThat(found(marks.values())).as("what was recorded before erasure").isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from people.consent where recorded_by = ?",
                        Integer.class,
                        AuditActor.account(account.account().id())))
                .isEqualTo(1);
        marks.put("stakeholder", stakeholder.fullName());
        marks.put("stakeholder email", stakeholder.email());
        marks.put("stakeholder post", "Erasure adviser " + n);
        marks.put("stakeholder office", "Erasure Office " + n);

        AuditActor.as("test", () -> {
            dataProtection.erase(zelda.id());
            dataProtection.erase(stakeholder.id());
        });

        assertThat(found(marks.values()))
                .as("columns that still hold what was said about them")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from groups.volunteer where person_id = ? and status = 'OPEN'",
                        Integer.class,
                        zelda.id()))
                .as("open offers")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from engagements.calendar_feed where account_id = ?",
                        Integer.class,
                        account.account().id()))
                .as("calendar feeds")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from groups.import_batch where uploaded_by = ?",
                        Integer.class,
                        AuditActor.account(account.account().id())))
                .as("uploads she made")
                .isZero();
        assertThat(meetings.rsvps(meeting.id())).as("answers to meetings").isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from organising.group_calendar_feed where account_id = ?",
                        Integer.class,
                        account.account().id()))
                .as("group calendar feeds")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from organising.background where person_id = ?", Integer.class, zelda.id()))
                .as("self-declared background")
                .isZero();
        assertThat(pipeline.ofPerson(zelda.id()))
                .as("that she was in the pipeline stays, anonymous")
                .hasSize(1);
        assertThat(invitations.invitationsOf(zelda.id())).isEmpty();
        assertThat(stakeholders.keepersOf(stakeholder.id())).isEmpty();
        assertThat(stakeholders.positions(stakeholder.id())).isEmpty();
        assertThat(signatures.liveSignatures(letter.id())).isEmpty();
        // what stays is anonymous: she was a member, and the account she acted with is named by number
        assertThat(groups.membershipsOf(zelda.id())).hasSize(3);
        assertThat(accounts.actorName(AuditActor.account(account.account().id())))
                .isEqualTo("erased-" + account.account().id() + "@localhost");
    }

    private Group localGroup(String name, String slug) {
        return AuditActor.as(
                "test",
                () -> groups.create(
                        GroupKind.LOCAL_GROUP, name, slug, null, false, List.of(new Group.Area("E14001193", null))));
    }

    /** Every text column, of every table, that holds any of the values: as schema.table.column = value. */
    private List<String> found(java.util.Collection<String> values) {
        var hits = new ArrayList<String>();
        var columns = jdbc.queryForList("""
                select c.table_schema, c.table_name, c.column_name
                from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
                  and c.data_type in ('text', 'character varying', 'json', 'jsonb')
                """);
        for (var column : columns) {
            String sql = "select count(*) from \"%s\".\"%s\" where \"%s\"::text ilike ?"
                    .formatted(column.get("table_schema"), column.get("table_name"), column.get("column_name"));
            for (String value : values) {
                int count = jdbc.queryForObject(sql, Integer.class, "%" + value + "%");
                if (count > 0) {
                    hits.add(column.get("table_schema") + "." + column.get("table_name") + "."
                            + column.get("column_name") + " = " + value);
                }
            }
        }
        return hits;
    }
}
