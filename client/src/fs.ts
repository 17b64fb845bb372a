/** Small file helpers over `workspace.fs` (any file system: disk, vscode.dev, github.dev). */
import { workspace, type Uri } from 'vscode';

/** Is there a file or folder at `uri`? */
export async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
