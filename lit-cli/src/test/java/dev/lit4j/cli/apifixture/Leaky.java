package dev.lit4j.cli.apifixture;

import dev.lit4j.cli.apifixture.internal.Hidden;
import java.util.List;
import java.util.function.Supplier;

/** A fixture: a public type that names {@link Hidden} everywhere a signature can, and where it may. */
public class Leaky<T extends Hidden> implements Supplier<Hidden> {
    /** A field. */
    public List<Hidden> field = List.of();
    /** A protected field. */
    protected Hidden inherited;

    private Hidden privateField;

    /** A constructor parameter. */
    public Leaky(Hidden hidden) {
        this.privateField = hidden;
    }

    @Override
    public Hidden get() {
        return privateField;
    }

    /** A method type parameter bound and a thrown type. */
    public <U extends List<? extends Hidden>> void take(U values) throws Hidden {
        privateField = values.get(0);
    }

    Hidden packagePrivate() {
        return privateField;
    }

    /** A record component. */
    public record Component(Hidden value) {}

    /** Not reachable: the enclosing type is package-private, so its public members are not API. */
    static final class Unreachable {
        /** A public method of a type nobody outside the package can name. */
        public Hidden method() {
            return new Hidden();
        }
    }
}
