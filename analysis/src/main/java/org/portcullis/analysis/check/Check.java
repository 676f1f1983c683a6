package org.portcullis.analysis.check;

import java.util.List;

/** One kind of warning: plays what it needs through the context's simulator and reports what breaks. */
interface Check {
    List<Finding> run(CheckContext ctx);
}
