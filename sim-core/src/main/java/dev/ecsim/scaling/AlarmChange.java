package dev.ecsim.scaling;

/** An alarm changed state at the end of a period, for the event log. */
public record AlarmChange(long atMillis, String alarm, AlarmState from, AlarmState to, String reason) {}
