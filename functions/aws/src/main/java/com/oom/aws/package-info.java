/** Adapters implementing the core's ports on AWS: DynamoDB, SQS, End User Messaging SMS v2. */
package com.oom.aws;
