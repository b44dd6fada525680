import { KioskError } from './kiosk-error.js';
import { isRequestName, requests, type ParsedRequestOf, type RequestName } from './contract.js';

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.message}`).join('; ');
}

/**
 * The one check every transport and the core make on a request: a known name and a payload its
 * schema accepts. A refusal is one clear error; nothing downstream sees the bad payload.
 */
export function parseRequest(name: string, payload: unknown): { name: RequestName; payload: ParsedRequestOf<RequestName> } {
  if (!isRequestName(name)) {
    const hint = `unknown request "${name.slice(0, 60)}"`;
    throw new KioskError({ code: 'UNKNOWN_REQUEST', message: '终端无法处理该操作', hint, en: { message: 'This terminal cannot do that', hint } });
  }
  const parsed = requests[name].request.safeParse(payload);
  if (!parsed.success) {
    const hint = describeIssues(parsed.error.issues);
    throw new KioskError({ code: 'BAD_REQUEST', message: '提交的内容格式不正确，请重试', hint, en: { message: 'What was sent is not in the right form; please try again', hint } });
  }
  return { name, payload: parsed.data };
}
