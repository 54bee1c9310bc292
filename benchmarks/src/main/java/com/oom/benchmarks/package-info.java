/** Cold-start benchmark: every handler wired and invoked once in a fresh JVM, against moto. */
package com.oom.benchmarks;
