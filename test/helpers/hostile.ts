/**
 * Hostile strings: what a vendor record or an org.yaml name may carry to fool a reviewer's terminal or a pull
 * request comment. Each one, printed raw, erases, moves, hides, recolours, reorders or fakes output.
 */
export const HOSTILE: ReadonlyArray<readonly [label: string, text: string]> = [
  ['erase line + CR + fake line', '\x1b[2K\rNo other changes. Plan: 0 to create, 0 to update, 0 to replace, 0 to delete.'],
  ['conceal (SGR 8)', '\x1b[8mhidden'],
  ['black on black', '\x1b[30;40mdark'],
  ['cursor up 3 and erase down', '\x1b[3A\x1b[J'],
  ['clear screen and home', '\x1b[H\x1b[2J'],
  ['clear scrollback', '\x1b[3J'],
  ['full reset (RIS)', '\x1bc'],
  ['alternate screen', '\x1b[?1049h'],
  ['OSC title', '\x1b]0;owned\x07'],
  ['OSC 8 hyperlink', '\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07'],
  ['DCS string', '\x1bPq#0;2;0;0;0\x1b\\'],
  ['device status report', '\x1b[6n'],
  ['C1 CSI erase line', '\x9b2K\x9b1A'],
  ['C1 NEL', 'a\x85b'],
  ['lone CR', 'Plan: 0 to delete.\rX'],
  ['CRLF', 'one\r\ntwo'],
  ['newline + fake summary', 'x\nPlan: 0 to create, 0 to update, 0 to replace, 0 to delete.'],
  ['backspaces', 'delete\b\b\b\b\b\bkeep  '],
  ['NUL and DEL', 'a\x00b\x7fc'],
  ['bell and vertical tab', 'a\x07b\x0bc\x0cd'],
  ['right-to-left override', 'user\u202egnp.exe'],
  ['bidi isolates', '\u2066evil\u2069\u2067x\u2069'],
  ['left/right marks', '\u200eA\u200fB\u061c'],
  ['zero-width space', 'ad\u200bmin'],
  ['BOM / word joiner', '\ufeffa\u2060b'],
  ['line/paragraph separator', 'a\u2028b\u2029c'],
  ['soft hyphen', 'ad\u00admin'],
  ['tag characters', 'a\u{e0041}\u{e007f}'],
  ['interlinear annotation', '\ufff9x\ufffay\ufffb'],
  ['lone surrogate', 'a\ud800b'],
  ['mention', '@acme/security-team please approve'],
  ['HTML', '<img src=x onerror=alert(1)><script>x</script>'],
  ['table pipe', 'a | b | c'],
  ['backticks', '``` x ` y ``'],
  ['markdown link', '[click](https://evil.example/)'],
] as const;

/** Every hostile string in one (for a single vendor name that tries them all). */
export const ALL_HOSTILE = HOSTILE.map(([, t]) => t).join(' ');

/** Our own colours (SGR `ESC[...m`) removed: what the text says without styling. */
export const stripSgr = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
