/**
 * The discrete-event engine: a clock in milliseconds, an event queue ordered by (time, sequence)
 * and named random streams seeded from (scenario seed, stream name). It knows nothing of ECS, so
 * any model can schedule on it and it can be tested alone.
 *
 * <p>May depend on: nothing else of ecsim (ArchitectureTest holds it to that); Commons Math for
 * the random generators.
 */
package dev.ecsim.engine;
