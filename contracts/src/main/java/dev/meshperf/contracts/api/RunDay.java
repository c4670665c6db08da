package dev.meshperf.contracts.api;

import java.time.LocalDate;

/**
 * The runs that started on one day (in the time zone asked for), for a calendar.
 *
 * @param failed runs that ended FAILED or PARTIAL
 * @param sloFailed runs that completed but missed an SLO
 */
public record RunDay(LocalDate date, long runs, long completed, long failed, long sloFailed) {
}
