/** The picocli command line: options to typed config, core call, exit code. Nothing depends on it. */
package org.newsclaims.cli;
