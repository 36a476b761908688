package dev.lit4j.cli;

import dev.lit4j.domain.encryption.AccessControlConditions;

/**
 * A file of access control conditions: a bare JSON array ({@code accessControlConditions}) or an object with
 * one of the four kinds.
 */
final class ConditionsConverter extends FileOptionConverter<AccessControlConditions> {
    @Override
    AccessControlConditions parseContent(String content) {
        return AccessControlConditions.fromJson("conditions", content);
    }
}
