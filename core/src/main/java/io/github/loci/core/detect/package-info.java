/** Language identification of sources whose language is not declared. */
package io.github.loci.core.detect;
