// The Intensive Family Support example's embedded synthetic data, for JShell:
//   mvn -q -B package -DskipTests
//   jshell --class-path "$(cat oba-examples/target/classpath.txt):oba-examples/target/classes" \
//       oba-examples/src/main/jshell/ifs.jsh
// Statements continue over lines with a trailing dot or comma, since JShell runs a line as soon
// as it is a complete statement.
import org.obaframework.core.aggregate.*;
import org.obaframework.core.records.*;
import org.obaframework.core.report.*;
import org.obaframework.examples.ifs.*;

System.out.println(IfsData.records().size() + " families");
ReportCard card = IfsData.reportCard();
System.out.println(card.toText());

// Any breakdown, with disclosure control: the attendance measure by delivery model. A card holds
// only what may be published; the exact counts, for analysis inside the organisation, are the
// evaluation's results.
ReportCard byModel = IfsData.reportCard(
    ReportOptions.defaults().withDisclosure(DisclosurePolicy.DFE),
    Breakdown.deliveryModel());
Proportion attendance = (Proportion) IfsData.results(IfsData.evaluation()).
    total(IfsFramework.ATTENDANCE_IMPROVED).orElseThrow();
System.out.println(IfsFramework.ATTENDANCE_IMPROVED + ": " + attendance.numerator() + " of " +
    attendance.denominator() + " families");
/exit
