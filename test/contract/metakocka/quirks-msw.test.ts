/** The same contract table as quirks-http.test.ts, through the msw handlers on the same core (no socket). */
import { runContractCases } from './run-cases';
import { closeMsw, mswTransport } from './transports';

afterAll(() => closeMsw());

runContractCases(mswTransport);
