/**
 * JSON.parse keeps the last of two equal keys, where another reader may keep the first: a
 * manifest saying `"profile": "no-contacts"` and then `"profile": "complete"` would tell two
 * readers two stories. A signed manifest must have one meaning, so a duplicate key at any depth
 * is refused. This walks text that JSON.parse has already accepted (so every string is closed)
 * and compares keys decoded (`"a"` and `"\u0061"` are the same key).
 */
export function duplicateKey(text: string): string | null {
  // One set of keys per open object; null for an array.
  const open: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') open.push(new Set());
    else if (c === '[') open.push(null);
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      let next = end + 1;
      while (next < text.length && ' \t\r\n'.includes(text[next])) next++;
      // A string followed by a colon is a key of the innermost object.
      if (text[next] === ':') {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const keys = open.at(-1);
        if (keys?.has(key)) return key;
        keys?.add(key);
      }
      i = end;
    }
  }
  return null;
}
