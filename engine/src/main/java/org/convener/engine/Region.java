package org.convener.engine;

/**
 * An English region or, outside England, the nation itself, as ONS codes them (E12000001–9,
 * S92000003, W92000004, N92000002).
 */
public record Region(String code, String name) {

    public Region {
        if (code == null || !code.matches("(E12|S92|W92|N92)\\d{6}")) {
            throw new IllegalArgumentException("\"" + code + "\" is not an ONS region or nation code");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("region " + code + " has no name");
        }
    }
}
