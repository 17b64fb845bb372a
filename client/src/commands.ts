/** Client commands: thin wrappers that ask the server and show the result. */
import { commands, window, workspace, SnippetString, type ExtensionContext } from 'vscode';
import { ExecuteCommandRequest, type BaseLanguageClient } from 'vscode-languageclient/node';
import { AgreementTypesRequest, FIX_ALL_COMMAND, SkeletonRequest, type FixAllResult } from '../../server/src/protocol';

export function registerCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand('mou.insertAllMissingSections', async () => {
      const editor = window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') {
        void window.showInformationMessage('Open a markdown agreement first.');
        return;
      }
      const result = (await client.sendRequest(ExecuteCommandRequest.type, {
        command: FIX_ALL_COMMAND,
        arguments: [editor.document.uri.toString()],
      })) as FixAllResult | undefined;
      if (result && result.inserted === 0) void window.showInformationMessage('This agreement already has every required section.');
    }),
    commands.registerCommand('mou.newAgreement', async () => {
      const types = await client.sendRequest(AgreementTypesRequest);
      const pick = await window.showQuickPick(
        types.map((t) => ({ label: t.title, detail: t.description, id: t.id })),
        { title: 'New agreement (1/3): what kind of partnership?', placeHolder: 'Choose the agreement type', ignoreFocusOut: true },
      );
      if (!pick) return;
      const school = await window.showInputBox({ title: 'New agreement (2/3)', prompt: 'The school, college or STEM center', placeHolder: 'e.g. Riverside STEM Center', ignoreFocusOut: true });
      if (school === undefined) return;
      const partner = await window.showInputBox({ title: 'New agreement (3/3)', prompt: 'The partner organisation', placeHolder: 'e.g. Acme Robotics', ignoreFocusOut: true });
      if (partner === undefined) return;
      const text = await client.sendRequest(SkeletonRequest, { type: pick.id, school, partner, snippet: true });
      const doc = await workspace.openTextDocument({ language: 'markdown', content: '' });
      const editor = await window.showTextDocument(doc);
      await editor.insertSnippet(new SnippetString(text));
    }),
  );
}
