package dev.ecsim.cli;

import dev.ecsim.run.Simulation;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (me.tongfei:progressbar), or nothing. The unit is a hundredth
 * of one simulation's time ({@code Simulation.PROGRESS_STEPS} per run), so a single long run moves
 * the bar as steadily as a sweep of many short ones. Safe to step from several threads.
 */
final class ProgressDisplay implements AutoCloseable {
  /** Wide enough for the task name, the bar and the time left; narrow enough for any terminal. */
  private static final int WIDTH = 80;

  private final ProgressBar bar;
  private final WriterConsumer line;

  private ProgressDisplay(ProgressBar bar, WriterConsumer line) {
    this.bar = bar;
    this.line = line;
  }

  /**
   * Whether to show progress: asked for with {@code --progress}, or by default when the command
   * runs at a terminal and is not {@code --quiet}. Java can only tell whether the process has a
   * console (standard input and output at a terminal), which stands in for "standard error is a
   * terminal".
   */
  static boolean wanted(boolean progressOption, boolean quiet) {
    return progressOption || (!quiet && System.console() != null);
  }

  /** A bar for {@code runs} simulations, drawn on {@code err} when {@code show}, else a no-op. */
  static ProgressDisplay open(String task, int runs, boolean show, PrintWriter err) {
    if (!show) {
      return new ProgressDisplay(null, null);
    }
    WriterConsumer line = new WriterConsumer(err);
    // Several runs are counted as runs ("3/8 runs"); one run in hundredths of its time ("71/100%").
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax((long) runs * Simulation.PROGRESS_STEPS)
        .setStyle(ProgressBarStyle.ASCII)
        .setUnit(runs == 1 ? "%" : " runs", runs == 1 ? 1 : Simulation.PROGRESS_STEPS)
        .setConsumer(line)
        .setUpdateIntervalMillis(200)
        .build();
    return new ProgressDisplay(bar, line);
  }

  /** One hundredth of one run done. */
  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      // The bar's final redraw and its consumer's close run on the library's timer thread; whether
      // they have by now is not promised, so end the line here (a second close does nothing).
      line.close();
    }
  }

  /**
   * Redraws the bar in place with a carriage return; ends the line when the bar closes. A redraw
   * from the bar's timer thread that comes after the close is dropped, so the line stays ended.
   */
  private static final class WriterConsumer implements ProgressBarConsumer {
    private final PrintWriter err;
    private boolean closed;

    WriterConsumer(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int getMaxRenderedLength() {
      return WIDTH;
    }

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        if (closed) {
          return;
        }
        err.print('\r');
        err.print(rendered);
        err.flush();
      }
    }

    @Override
    public void close() {
      synchronized (err) {
        if (closed) {
          return;
        }
        closed = true;
        err.println();
        err.flush();
      }
    }
  }
}
