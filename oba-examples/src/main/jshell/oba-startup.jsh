// oba's JShell startup script: imports oba's packages and loads the Intensive Family Support
// example's synthetic data, so that a researcher can slice it at the prompt. Open it with the
// repository's launcher, which builds what it needs on first use:
//   ./oba-jshell
// or by hand:
//   mvn -q -B package -DskipTests
//   jshell --class-path "$(cat oba-examples/target/classpath.txt):oba-examples/target/classes" \
//       --startup DEFAULT --startup oba-examples/src/main/jshell/oba-startup.jsh
// Defines: framework (the IFS outcomes framework), records (one SubjectRecords per family),
// evaluation (the IFS measures over 2025-26, as of 2026-03-31) and card (the IFS report card).
import java.time.*;
import org.obaframework.core.*;
import org.obaframework.core.framework.*;
import org.obaframework.core.records.*;
import org.obaframework.core.change.*;
import org.obaframework.core.aggregate.*;
import org.obaframework.core.report.*;
import org.obaframework.core.curve.*;
import org.obaframework.core.stats.*;
import org.obaframework.json.*;
import org.obaframework.examples.ifs.*;

OutcomesFramework framework = IfsData.framework();
List<SubjectRecords> records = IfsData.records();
Evaluation evaluation = IfsData.evaluation();
ReportCard card = IfsData.reportCard();
System.out.println("oba: " + records.size() + " synthetic IFS families in `records`, their " +
    "report card in `card` (card.toText()), the IFS measures in `evaluation`.");
