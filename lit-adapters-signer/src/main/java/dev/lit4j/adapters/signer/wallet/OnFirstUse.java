package dev.lit4j.adapters.signer.wallet;

import jakarta.inject.Provider;
import java.util.function.Supplier;

/**
 * Makes its value on the first {@link #get()} and returns that value ever after; a failed attempt is
 * tried again on the next call. The signer modules bind through it rather than as Guice singletons on
 * purpose: {@code Stage.PRODUCTION} makes singletons while the injector is built, and opening a key store
 * or logging in to a token must wait until a signer is needed, and never happen for a replaced default.
 */
final class OnFirstUse<T> implements Provider<T> {
    private final Supplier<? extends T> maker;
    private volatile T value;

    OnFirstUse(Supplier<? extends T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = maker.get();
                    value = made;
                }
            }
        }
        return made;
    }
}
