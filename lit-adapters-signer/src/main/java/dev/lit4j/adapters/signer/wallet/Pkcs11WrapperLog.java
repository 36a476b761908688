package dev.lit4j.adapters.signer.wallet;

import java.lang.System.Logger.Level;
import org.xipki.pkcs11.wrapper.Logger;
import org.xipki.pkcs11.wrapper.StaticLogger;

/**
 * Sends the PKCS#11 wrapper's log to {@link System.Logger} {@value #NAME} instead of standard output,
 * where the wrapper prints when nobody gave it a logger. Its chatty information (banner, every session
 * opened, token details) becomes {@code DEBUG}; its warnings and errors stay what they are. The
 * wrapper never logs PINs.
 */
final class Pkcs11WrapperLog implements Logger {
    static final String NAME = "org.xipki.pkcs11.wrapper";

    private static final System.Logger LOG = System.getLogger(NAME);
    private static boolean installed;

    private Pkcs11WrapperLog() {}

    /** Installs this log as the wrapper's, once per process. */
    static synchronized void install() {
        if (!installed) {
            StaticLogger.setLogger(new Pkcs11WrapperLog());
            installed = true;
        }
    }

    @Override
    public void info(String format, Object... arguments) {
        log(Level.DEBUG, format, arguments);
    }

    @Override
    public void warn(String format, Object... arguments) {
        log(Level.WARNING, format, arguments);
    }

    @Override
    public void error(String format, Object... arguments) {
        log(Level.ERROR, format, arguments);
    }

    @Override
    public void debug(String format, Object... arguments) {
        log(Level.TRACE, format, arguments);
    }

    @Override
    public void trace(String format, Object... arguments) {
        log(Level.TRACE, format, arguments);
    }

    @Override
    public boolean isDebugEnabled() {
        return LOG.isLoggable(Level.TRACE);
    }

    @Override
    public boolean isInfoEnabled() {
        return LOG.isLoggable(Level.DEBUG);
    }

    @Override
    public boolean isWarnEnabled() {
        return LOG.isLoggable(Level.WARNING);
    }

    @Override
    public boolean isTraceEnabled() {
        return LOG.isLoggable(Level.TRACE);
    }

    private static void log(Level level, String format, Object... arguments) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, fill(format, arguments));
        }
    }

    /** The wrapper's SLF4J-style message: each {@code {}} replaced by the next argument. */
    static String fill(String format, Object... arguments) {
        if (format == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(format.length() + 32);
        int from = 0;
        int next = 0;
        for (int at = format.indexOf("{}");
                at >= 0 && arguments != null && next < arguments.length;
                at = format.indexOf("{}", from)) {
            out.append(format, from, at).append(arguments[next++]);
            from = at + 2;
        }
        return out.append(format, from, format.length()).toString();
    }
}
