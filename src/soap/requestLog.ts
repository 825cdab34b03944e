// The one log line and the request:completed event (metrics) of every request the facade answers on a SOAP
// endpoint — answered by the pipeline, or refused by the HTTP layer before it (400 an invalid Host or proxy
// header, 415 a Content-Type that is not XML, 1014 a body over the size limit). A refusal on another path (a
// WSDL or /services with an invalid Host) gets the log line with no service, and is not counted in the SOAP
// request metrics.
import type { Logger } from '../log.ts';
import type { DfdgEvents, RequestCompleted } from '../observability/events.ts';

/** info when answered, warn for a fault or an HTTP refusal, error (with the cause) for 1011. */
export function logRequest(logger: Logger, c: RequestCompleted, unexpected: unknown = null): void {
  const level = unexpected !== null ? 'error' : c.faultCode !== null || c.status >= 400 ? 'warn' : 'info';
  if (!logger.isLevelEnabled(level)) return; // no child logger per request when nothing would be written
  const log = logger.child({
    requestId: c.requestId,
    service: c.service,
    operation: c.operation,
    organisation: c.organisation,
    userType: c.userType,
    certificate: c.certificate,
  });
  const fields = {
    status: c.status,
    faultCode: c.faultCode,
    ruleId: c.ruleId,
    durationMs: Math.round(c.durationMs * 1000) / 1000,
  };
  log[level](unexpected !== null ? { ...fields, err: unexpected } : fields, 'request');
}

/** Logs the request and, when it reached a service endpoint, counts it. */
export function requestCompleted(
  logger: Logger,
  events: DfdgEvents,
  c: RequestCompleted,
  unexpected: unknown = null,
): void {
  logRequest(logger, c, unexpected);
  if (c.service !== null) events.emit('request:completed', c);
}
