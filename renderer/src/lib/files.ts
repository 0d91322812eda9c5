/**
 * Files cross the boundary as base64 (directory-files.ts): the renderer reads a chosen file
 * into base64 and turns a returned file into a download with a Blob and an `<a download>`.
 */

export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Chunked: String.fromCharCode on a whole 10 MB file would overflow the call stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Base64 UTF-8 text (the HSDS export) back to a string. */
export const base64ToText = (base64: string): string => new TextDecoder('utf-8').decode(base64ToBytes(base64));

export function downloadFile(file: { fileName: string; mimeType: string; contentBase64: string }): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some engines start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
