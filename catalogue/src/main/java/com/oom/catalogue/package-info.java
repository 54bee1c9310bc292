/**
 * The catalogue of the suite: every function (handler class, trigger, memory, timeout, the settings
 * it reads, its sample event), every queue, every schedule, every API route and the table with its
 * indexes, each stated once. The handlers route from it, the CDK app deploys from it, the local
 * runner emulates from it, the benchmark measures from it, and the README's tables are generated
 * from it ({@link com.oom.catalogue.ReadmeTables}). JDK and the domain core only.
 */
package com.oom.catalogue;
