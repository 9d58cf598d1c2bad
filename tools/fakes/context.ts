// What an execution has around it. Google documents no `source` for time-driven events, and reports
// differ on whether an add-on's hourly trigger gets an active document: the fakes model the stricter
// case on request. Without one, getActive returns null, and (stricter still, since it is not
// documented either way) so do getDocumentProperties and getDocumentLock.
export class ExecutionContext {
  activeDocument = true;
}
