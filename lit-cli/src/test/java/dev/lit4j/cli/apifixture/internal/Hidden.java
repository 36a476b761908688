package dev.lit4j.cli.apifixture.internal;

/** A fixture: an internal type, for {@code PublicApiTest} to find in the fixture's public signatures. */
public class Hidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A fixture: an internal type may name another in its own signatures. */
    public Hidden next() {
        return this;
    }
}
