package dev.lit4j.cli;

import java.time.Duration;
import java.time.Instant;

/** How far a time is from now, in words: {@code in 1d 2h 3m 4s}, {@code 5m 0s ago}. Whole seconds. */
final class TimeLeft {
    private TimeLeft() {}

    /** {@code time} relative to {@code now}. */
    static String describe(Instant time, Instant now) {
        long seconds = seconds(time, now);
        if (seconds == 0) {
            return "now";
        }
        String span = span(Math.abs(seconds));
        return seconds > 0 ? "in " + span : span + " ago";
    }

    /** The whole seconds from {@code now} to {@code time}, cut toward zero; negative when {@code time} is past. */
    static long seconds(Instant time, Instant now) {
        return Duration.between(now, time).toMillis() / 1000;
    }

    private static String span(long seconds) {
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long rest = seconds % 60;
        if (days > 0) {
            return days + "d " + hours + "h " + minutes + "m " + rest + "s";
        }
        if (hours > 0) {
            return hours + "h " + minutes + "m " + rest + "s";
        }
        return minutes > 0 ? minutes + "m " + rest + "s" : rest + "s";
    }
}
