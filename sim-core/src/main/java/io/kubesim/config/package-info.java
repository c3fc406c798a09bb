/** Shared argument checks for the immutable configuration records of the model. */
package io.kubesim.config;
