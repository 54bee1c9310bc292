/** The Lambda functions: AWS event → command → use case → response. */
package com.oom.handlers;
