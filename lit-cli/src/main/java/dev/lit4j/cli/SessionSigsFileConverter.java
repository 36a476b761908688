package dev.lit4j.cli;

import dev.lit4j.domain.session.SessionSigs;
import dev.lit4j.domain.session.SessionSigsJson;

/** A file of session sigs, as {@code lit4j session-sigs} prints them (a map of node URL to session sig). */
final class SessionSigsFileConverter extends FileOptionConverter<SessionSigs> {
    @Override
    SessionSigs parseContent(String content) {
        return SessionSigsJson.parse(content);
    }
}
