package org.convener.people;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A person's details as entered, checked before they are stored.
 *
 * @param tags free labels such as "driver" or "trade union rep"
 */
public record PersonDraft(
        String fullName,
        PersonKind kind,
        String constituencyCode,
        String email,
        String phone,
        String postalAddress,
        String notes,
        Set<String> tags) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9 -]{0,39}");

    public PersonDraft {
        fullName = trim(fullName);
        if (fullName == null || fullName.length() > 200) {
            throw new InvalidField("full_name", "a person needs a name of up to 200 characters");
        }
        if (kind == null) {
            kind = PersonKind.ACTIVIST;
        }
        constituencyCode = trim(constituencyCode);
        email = trim(email);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                throw new InvalidField("email", "\"" + email + "\" is not an email address");
            }
        }
        phone = trim(phone);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidField("phone", "\"" + phone + "\" is not a phone number");
        }
        postalAddress = trim(postalAddress);
        notes = trim(notes);
        var clean = new TreeSet<String>();
        for (String tag : tags == null ? Set.<String>of() : tags) {
            String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT);
            if (t.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(t).matches()) {
                throw new InvalidField(
                        "tags", "\"" + tag + "\" is not a tag: use up to 40 letters, digits, spaces and hyphens");
            }
            clean.add(t);
        }
        tags = Set.copyOf(clean);
    }

    /** A value that will not do, with the field it was given in (named as in the CSV columns). */
    public static final class InvalidField extends IllegalArgumentException {
        private final String field;

        InvalidField(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String t = value.trim();
        return t.isEmpty() ? null : t;
    }
}
