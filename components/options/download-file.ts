/**
 * Saves a file through the browser's download bar: an object URL clicked as a download link.
 * No `downloads` permission is needed, and nothing leaves the machine.
 */
export function downloadFile(fileName: string, content: Blob): void {
  const url = URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; revoking later keeps slow disks safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
