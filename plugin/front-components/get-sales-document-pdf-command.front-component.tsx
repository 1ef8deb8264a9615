import { defineFrontComponent } from 'twenty-sdk/define';

import { GET_SALES_DOCUMENT_PDF_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { documentCommand } from 'ui/commands/document-commands';
import { HeadlessCommand } from 'ui/commands/headless-command';
import { inLanguage } from 'ui/shared/in-language';

function GetSalesDocumentPdfCommand() {
  return (
    <HeadlessCommand
      run={({ client, host, t, selectedIds }) => documentCommand(client, host, t, 'get-pdf', selectedIds)}
    />
  );
}

export default defineFrontComponent({
  universalIdentifier: GET_SALES_DOCUMENT_PDF_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'get-sales-document-pdf-command',
  description: 'Fetches the PDF of the selected document from Metakocka and stores it as an attachment.',
  isHeadless: true,
  component: inLanguage(GetSalesDocumentPdfCommand),
});
