import type { SyncProblemCode } from './sync';

/**
 * People are told what failed in plain words, not in verifier codes. Each code belongs to one of
 * these groups; the screens translate the group (locales/<lng>/content.json, "problems").
 */
export type ProblemGroup =
  | 'offline'
  | 'not-found'
  | 'host-refused'
  | 'server-error'
  | 'stalled'
  | 'connection'
  | 'not-a-source'
  | 'not-signed'
  | 'wrong-source'
  | 'older'
  | 'expired'
  | 'too-big'
  | 'no-room'
  | 'damaged'
  | 'unreadable'
  | 'storage-full'
  | 'browser'
  | 'other';

export function problemGroupOf(code: SyncProblemCode): ProblemGroup {
  switch (code) {
    case 'offline':
    case 'not-found':
    case 'host-refused':
    case 'server-error':
    case 'stalled':
    case 'not-a-source':
    case 'too-big':
    case 'no-room':
    case 'storage-full':
      return code;
    case 'download-failed':
    case 'manifest-missing':
    case 'pack-missing':
      return 'connection';
    case 'signature-missing':
    case 'signature-invalid':
      return 'not-signed';
    case 'manifest-wrong-source':
      return 'wrong-source';
    case 'manifest-rollback':
    case 'manifest-replay':
    case 'pack-rollback':
    case 'pack-replay':
      return 'older';
    case 'manifest-expired':
      return 'expired';
    case 'manifest-too-large':
      return 'too-big';
    case 'pack-length-mismatch':
    case 'pack-hash-mismatch':
      return 'damaged';
    case 'crypto-unavailable':
      return 'browser';
    case 'unexpected-error':
      return 'other';
    default:
      return 'unreadable';
  }
}
