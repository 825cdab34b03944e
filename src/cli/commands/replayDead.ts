// `replay-dead [--receiver T:CODE] [--id ID]`: dead letters back on the queue, attempts from zero.
import { replayDeadLetters } from '../../outbox/pushDispatcher.ts';
import { stringOption, UsageError, type Command, type CommandInput } from '../command.ts';

function receiverOf(input: CommandInput) {
  const text = stringOption(input, 'receiver');
  if (text === undefined) return undefined;
  const m = /^(\d+):(\S+)$/.exec(text);
  if (!m) throw new UsageError(`--receiver must be ORGANISATIONTYPE:CODE, e.g. 8:10100; got ${text}`);
  return { organisationType: Number(m[1]), organisationCode: m[2]! };
}

export const replayDead: Command = {
  name: 'replay-dead',
  summary: "puts pushed messages that became dead letters back on the queue (all, one receiver's, or one)",
  options: {
    receiver: {
      type: 'string',
      value: 'T:CODE',
      help: "only this receiver's: organisation type and code, e.g. 8:10100",
    },
    id: { type: 'string', value: 'ID', help: 'only this message (its BeskedId)' },
  },
  async run(input) {
    const filter = { receiver: receiverOf(input), messageId: stringOption(input, 'id') };
    console.log(`replay: ${await replayDeadLetters(await input.db(), filter)} dead letter(s) back on the queue`);
    return 0;
  },
};
