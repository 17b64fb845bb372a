-- Independent-client check: Neovim's built-in LSP client (0.7.2 from Debian, also works on
-- newer versions) drives the standalone MOU language server over stdio and reads its
-- push diagnostics.
--
--   nvim --headless --clean -n -u NONE -c 'luafile test/nvim/check.lua'
--
-- Exit code 0 (`qa!`) on success, 1 (`cq!`) on failure; one result line on stdout.
-- Environment (all optional):
--   MOU_SERVER          path to the server script      (default: <repo>/dist/server.js)
--   MOU_AGREEMENT       thin agreement fixture         (default: fixtures/thin-agreement.md)
--   MOU_NON_AGREEMENT   markdown that is no agreement  (default: fixtures/project-readme.md)
--   MOU_NODE            node executable                (default: node)
--   MOU_TIMEOUT_MS      limit for every wait           (default: 15000)

local EXPECTED_SECTIONS = {
  'roles',
  'points-of-contact',
  'resource-commitments',
  'safety-protocols',
  'intended-outcomes',
}
local EXPECTED_COUNT = #EXPECTED_SECTIONS
local TIMEOUT_MS = tonumber(os.getenv('MOU_TIMEOUT_MS') or '') or 15000

local script_dir = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local repo_dir = vim.fn.fnamemodify(script_dir, ':h:h')
local server_path = os.getenv('MOU_SERVER') or (repo_dir .. '/dist/server.js')
local agreement_path = vim.fn.fnamemodify(os.getenv('MOU_AGREEMENT') or (script_dir .. '/fixtures/thin-agreement.md'), ':p')
local other_path = vim.fn.fnamemodify(os.getenv('MOU_NON_AGREEMENT') or (script_dir .. '/fixtures/project-readme.md'), ':p')
local node = os.getenv('MOU_NODE') or 'node'

local client_id
local server_exit -- { code = ..., signal = ... } once the server process ended
local publishes = {} -- file name -> list of diagnostics arrays, in arrival order
local notes = {}

local Failure = {}
local function fail(msg)
  error(setmetatable({ msg = msg }, Failure), 0)
end

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function publish_count(path)
  return #(publishes[path] or {})
end

-- vim.wait with a condition and a limit; fails fast if the server process dies.
local function wait_for(what, cond)
  local ok = vim.wait(TIMEOUT_MS, function()
    return cond() or server_exit ~= nil
  end, 10)
  if cond() then
    return
  end
  if server_exit then
    fail(string.format('server exited (code %s, signal %s) while waiting for %s',
      tostring(server_exit.code), tostring(server_exit.signal), what))
  end
  if not ok then
    fail(string.format('timed out after %d ms waiting for %s', TIMEOUT_MS, what))
  end
end

local function lsp_data(d)
  return d.user_data and d.user_data.lsp or {}
end

local function describe(d)
  local data = lsp_data(d).data
  return string.format('[%d:%d-%d:%d] source=%s code=%s section=%s %q',
    d.lnum, d.col, d.end_lnum or -1, d.end_col or -1, tostring(d.source), tostring(d.code),
    tostring(type(data) == 'table' and data.section or nil), tostring(d.message))
end

local function describe_all(diags)
  local parts = {}
  for _, d in ipairs(diags) do
    table.insert(parts, '  ' .. describe(d))
  end
  return table.concat(parts, '\n')
end

local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'markdown' -- -u NONE: no filetype detection
  if not vim.lsp.buf_attach_client(buf, client_id) then
    fail('vim.lsp.buf_attach_client failed for ' .. path)
  end
  return buf
end

local function check_agreement(buf, when)
  -- Errors and warnings only: recommended-section hints and information notes are not the point here.
  local diags = vim.diagnostic.get(buf, { severity = { min = vim.diagnostic.severity.WARN } })
  if #diags ~= EXPECTED_COUNT then
    fail(string.format('%s: expected %d diagnostics on %s, got %d:\n%s', when, EXPECTED_COUNT,
      vim.fn.fnamemodify(agreement_path, ':t'), #diags, describe_all(diags)))
  end
  -- The title: the first ATX level-1 heading.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local title_lnum, title_line
  for i, line in ipairs(lines) do
    if line:match('^#%s') then
      title_lnum, title_line = i - 1, line
      break
    end
  end
  assert(title_lnum, 'fixture has no "# " title')
  local wanted = {}
  for _, id in ipairs(EXPECTED_SECTIONS) do
    wanted[id] = true
  end
  local seen = {}
  for _, d in ipairs(diags) do
    local lsp = lsp_data(d)
    local section = type(lsp.data) == 'table' and lsp.data.section or nil
    local problem
    if d.source ~= 'mou' then
      problem = 'source is not "mou"'
    elseif d.code ~= 'missing-section' then
      problem = 'code is not "missing-section"'
    elseif lsp.code ~= nil and lsp.code ~= d.code then
      problem = 'user_data.lsp.code differs from code'
    elseif not wanted[section] then
      problem = 'data.section is not one of the five core section ids'
    elseif seen[section] then
      problem = 'data.section occurs twice'
    elseif d.lnum ~= title_lnum or d.end_lnum ~= title_lnum then
      problem = string.format('range is not on the title line (line %d)', title_lnum)
    elseif not (d.col == 0 or d.col == #title_line:match('^#%s+')) or d.end_col ~= #title_line then
      problem = string.format('range does not cover the title (expected col 0 or %d to %d)',
        #title_line:match('^#%s+'), #title_line)
    end
    if problem then
      fail(string.format('%s: %s: %s\nall diagnostics:\n%s', when, problem, describe(d), describe_all(diags)))
    end
    seen[section] = true
  end
  local first = diags[1]
  for _, d in ipairs(diags) do
    if d.col ~= first.col or d.end_col ~= first.end_col then
      fail(string.format('%s: diagnostics do not share one title range:\n%s', when, describe_all(diags)))
    end
  end
end

local function main()
  vim.o.hidden = true -- keep the agreement loaded (and attached) while the README is shown
  if vim.fn.filereadable(server_path) ~= 1 then
    fail('server not found: ' .. server_path .. ' (run npm run build)')
  end
  for _, p in ipairs({ agreement_path, other_path }) do
    if vim.fn.filereadable(p) ~= 1 then
      fail('fixture not found: ' .. p)
    end
  end

  client_id = vim.lsp.start_client({
    name = 'mou',
    cmd = { node, server_path, '--stdio' },
    root_dir = vim.fn.fnamemodify(agreement_path, ':h'),
    get_language_id = function()
      return 'markdown'
    end,
    flags = { debounce_text_changes = 20 },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri then
          local fname = vim.uri_to_fname(result.uri)
          publishes[fname] = publishes[fname] or {}
          table.insert(publishes[fname], result.diagnostics or {})
        end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then
    fail('vim.lsp.start_client returned nil')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  wait_for('the initialize response', function()
    return client.initialized
  end)
  local caps = client.server_capabilities or {}
  if caps.diagnosticProvider then
    table.insert(notes, 'server advertises diagnosticProvider (pull); 0.7 ignores it and got push')
  end

  -- 1. The thin agreement: five missing-section diagnostics at the title.
  local abuf = open(agreement_path)
  wait_for('non-empty publishDiagnostics for ' .. agreement_path, function()
    local list = publishes[agreement_path] or {}
    return #list > 0 and #list[#list] > 0
  end)
  check_agreement(abuf, 'after didOpen')

  -- 2. The non-agreement: zero diagnostics. Open it, then edit the agreement (appending an
  -- empty line does not change its findings) and wait for the agreement's re-publish: the
  -- server got didOpen(README) before didChange(agreement), so by then it has checked the
  -- README as well (and, if it publishes empty results, we have seen that publish too).
  local obuf = open(other_path)
  local before = publish_count(agreement_path)
  vim.api.nvim_buf_set_lines(abuf, -1, -1, false, { '' })
  wait_for('the agreement to be re-published after didChange (round trip after opening the non-agreement)', function()
    return publish_count(agreement_path) > before
  end)
  local odiags = vim.diagnostic.get(obuf)
  if #odiags ~= 0 then
    fail(string.format('expected no diagnostics on %s, got %d:\n%s',
      vim.fn.fnamemodify(other_path, ':t'), #odiags, describe_all(odiags)))
  end
  local olist = publishes[other_path] or {}
  if #olist == 0 then
    table.insert(notes, 'no publishDiagnostics at all for the non-agreement')
  elseif #olist[#olist] ~= 0 then
    fail('last publishDiagnostics for the non-agreement is not empty')
  end
  check_agreement(abuf, 'after didChange')

  return string.format('%d missing-section diagnostics on the agreement, 0 on the non-agreement (%d/%d publishes)',
    EXPECTED_COUNT, publish_count(agreement_path), #olist)
end

local ok, res = xpcall(main, function(e)
  if getmetatable(e) == Failure then
    return e
  end
  return { msg = 'Lua error: ' .. debug.traceback(tostring(e), 2) }
end)

-- Shut the server down politely (shutdown + exit) before leaving.
local client = client_id and vim.lsp.get_client_by_id(client_id)
if client then
  client.stop()
  vim.wait(3000, function()
    return server_exit ~= nil
  end, 10)
end
if server_exit and (server_exit.code ~= 0 or server_exit.signal ~= 0) then
  table.insert(notes, string.format('server exit code %s signal %s', tostring(server_exit.code), tostring(server_exit.signal)))
elseif client_id and not server_exit then
  table.insert(notes, 'server did not exit within 3 s of shutdown/exit')
end

local note = #notes > 0 and (' [' .. table.concat(notes, '; ') .. ']') or ''
if ok then
  out('PASS nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' ..
    tostring(vim.version().patch) .. ': ' .. res .. note)
  vim.cmd('qa!')
else
  out('FAIL nvim: ' .. res.msg .. note)
  vim.cmd('cq!')
end
