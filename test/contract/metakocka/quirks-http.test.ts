/** Contract tests (API.md §6, §9) as raw HTTP/JSON against the sandbox on a real socket (127.0.0.1, random port). */
import { runContractCases } from './run-cases';
import { httpTransport } from './transports';

runContractCases(httpTransport);
