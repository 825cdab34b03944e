// Per-request metrics, counted from the request:completed events of one facade instance: request count and duration
// per service, operation and fault code, and refusals per rule id.
import { Counter, Histogram, type Registry } from '../observability/metrics.ts';
import type { DfdgEvents } from '../observability/events.ts';

export function registerRequestMetrics(registry: Registry, events: DfdgEvents): void {
  const labelNames = ['service', 'operation', 'fault_code'] as const;
  const requests = new Counter({
    name: 'dfdg_soap_requests_total',
    help: 'SOAP requests by service, operation and DFDG fault code ("" for none).',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'dfdg_soap_request_duration_seconds',
    help: 'Time from the whole request body to the reply, by service, operation and fault code.',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'dfdg_rule_refusals_total',
    help: 'Requests a business rule refused, by rule id and fault code.',
    labelNames: ['rule_id', 'fault_code'],
    registers: [registry],
  });
  events.on('request:completed', (e) => {
    const labels = {
      service: e.service ?? '',
      operation: e.operation ?? '',
      fault_code: e.faultCode === null ? '' : String(e.faultCode),
    };
    requests.inc(labels);
    duration.observe(labels, e.durationMs / 1000);
    if (e.ruleId !== null) refusals.inc({ rule_id: e.ruleId, fault_code: String(e.faultCode) });
  });
}
