/**
 * The manifest's FunctionFile page. The only ribbon button is ShowTaskpane,
 * so there is no command function; Office still expects the page to call
 * Office.onReady.
 */
const office = (globalThis as { Office?: typeof Office }).Office;
if (office !== undefined) void office.onReady();

export {};
