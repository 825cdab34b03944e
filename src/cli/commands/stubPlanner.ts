// `stub-planner [options]`: runs the stub planner (src/cli/stubPlanner.ts), an ExternalBookingService v3 endpoint
// for tests and harnesses. Point the facade's PLANNER_ENDPOINTS at the address it prints, e.g.
// PLANNER_ENDPOINTS=10100=http://127.0.0.1:8090/3/ExternalBookingService.svc. Touches no database.
import fs from 'node:fs';
import type { PlannerInterviewOptionType } from '../../contract/generated/types.ts';
import { numberOption, stringOption, UsageError, type Command } from '../command.ts';
import { onStopSignal } from '../onStopSignal.ts';
import { StubPlanner, type PlannerMode } from '../stubPlanner.ts';

const MODES: readonly PlannerMode[] = ['answer', 'fail', 'drop', 'garbage', 'invalid', 'fault'];

export const stubPlanner: Command = {
  name: 'stub-planner',
  summary: "a jobcentre's planner system (ExternalBookingService v3) that answers configured offers or fails as told",
  options: {
    port: { type: 'string', value: 'PORT', help: 'port to listen on (default 8090; 0: any free port)' },
    options: {
      type: 'string',
      value: 'FILE',
      help: 'JSON array of InterviewOption objects to offer (default: one sample jobsamtale)',
    },
    'slots-per-option': { type: 'string', value: 'N', help: 'meeting times per option and window (default 3)' },
    mode: { type: 'string', value: 'MODE', help: `answer (default), ${MODES.slice(1).join(', ')}` },
    'fault-code': { type: 'string', value: 'CODE', help: 'the fault code of mode fault (default 4770)' },
    'delay-ms': { type: 'string', value: 'MS', help: 'wait this long before answering' },
  },
  async run(input) {
    const planner = new StubPlanner();
    const mode = (stringOption(input, 'mode') ?? 'answer') as PlannerMode;
    if (!MODES.includes(mode)) throw new UsageError(`--mode must be one of ${MODES.join(', ')}`);
    const file = stringOption(input, 'options');
    planner.behaviour = {
      mode,
      delayMs: numberOption(input, 'delay-ms', 0),
      faultCode: numberOption(input, 'fault-code', 4770),
      slotsPerOption: numberOption(input, 'slots-per-option', 3),
      options: file
        ? (JSON.parse(fs.readFileSync(file, 'utf8')) as PlannerInterviewOptionType[])
        : planner.behaviour.options,
    };
    const url = await planner.listen(numberOption(input, 'port', 8090));
    console.log(`stub planner listening on ${url} (PLANNER_ENDPOINTS=<jobcentre>=${url})`);
    onStopSignal(() => planner.close());
    return 'running';
  },
};
