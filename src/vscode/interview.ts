import * as vscode from 'vscode';
import interviewText from '../knowledge/interview.pt.txt';
import { getPassage, passages } from '../knowledge/index';
import { INTERVIEW_PATH, INTERVIEW_SCHEME } from './constants';
import { speakerLabel } from './hover';

/**
 * The shipped interview, served by a read-only file system under its own scheme: the editor shows a lock, nothing
 * can save into it, and nothing is read from outside the package.
 */
export class InterviewProvider implements vscode.FileSystemProvider {
  static readonly uri = vscode.Uri.from({ scheme: INTERVIEW_SCHEME, path: INTERVIEW_PATH });
  private readonly bytes = new TextEncoder().encode(interviewText);
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0, permissions: vscode.FilePermission.Readonly };
    if (uri.path !== INTERVIEW_PATH) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: this.bytes.byteLength, permissions: vscode.FilePermission.Readonly };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [[INTERVIEW_PATH.slice(1), vscode.FileType.File]];
  }

  readFile(uri: vscode.Uri): Uint8Array {
    if (uri.path !== INTERVIEW_PATH) throw vscode.FileSystemError.FileNotFound(uri);
    return this.bytes;
  }

  createDirectory(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): never {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

/** Opens the interview, revealing and selecting a passage's lines when one is given (else offers a list). */
export async function openInterview(passageId?: unknown): Promise<vscode.TextEditor | undefined> {
  let id = typeof passageId === 'string' ? passageId : undefined;
  if (id === undefined && passageId === undefined) {
    const pick = await vscode.window.showQuickPick(
      passages.map((p) => ({ label: p.topic, description: speakerLabel(p), detail: p.text_pt.slice(0, 140), id: p.id })),
      { placeHolder: vscode.l10n.t('Open the interview at a passage'), matchOnDescription: true, matchOnDetail: true },
    );
    if (!pick) {
      id = undefined;
    } else {
      id = pick.id;
    }
  }
  const doc = await vscode.workspace.openTextDocument(InterviewProvider.uri);
  const p = id ? getPassage(id) : undefined;
  if (id && !p) void vscode.window.showWarningMessage(vscode.l10n.t('Unknown interview passage: {0}', id));
  const editor = await vscode.window.showTextDocument(doc, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  if (p) {
    const [a, b] = p.seed_lines;
    const end = doc.lineAt(Math.min(doc.lineCount - 1, b - 1)).range.end;
    const range = new vscode.Range(a - 1, 0, end.line, end.character);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }
  return editor;
}
