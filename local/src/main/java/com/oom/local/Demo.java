package com.oom.local;

import java.io.PrintStream;

/** Placeholder until the demo simulation is written. */
final class Demo {
  private final LocalSuite suite;
  private final PrintStream out;

  Demo(LocalSuite suite, int orders, int days, PrintStream out) {
    this.suite = suite;
    this.out = out;
  }

  void run() {
    out.println("demo: " + suite.now());
  }
}
