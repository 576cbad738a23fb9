/* Generated from schemas/org.schema.json by `npm run gen` (Ajv standalone code, src/gen/org-validator.ts). Do not edit; a test fails when stale. */
// @ts-nocheck
import { createRequire } from 'node:module';
const ajvRuntime = createRequire(import.meta.url);
export const root = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://ringform.dev/schemas/org.schema.json","title":"ringform org.yaml","description":"A cloud-telephony organisation as code: the users, extensions, roles, departments (queues) and call-receiving schedules that ringform reconciles against a vendor.","type":"object","additionalProperties":false,"required":["version","provider"],"properties":{"version":{"description":"Version of the org.yaml format. Only 1 exists today.","const":1,"examples":[1]},"provider":{"$ref":"#/definitions/Provider"},"settings":{"$ref":"#/definitions/Settings"},"roles":{"description":"Custom roles, each derived from a built-in role with permission switches. Built-in roles (agent, supervisor, manager, admin, owner) need no declaration.","type":"array","items":{"$ref":"#/definitions/Role"},"examples":[[{"name":"team-lead","base":"supervisor","permissions":{"listenToCalls":true}}]]},"schedules":{"description":"Named call-receiving hours: weekly time slots in an IANA timezone, with holidays and specific-date overrides. Referenced by users (receiveCalls) and departments (hours).","type":"array","items":{"$ref":"#/definitions/Schedule"},"examples":[[{"name":"business-hours","timezone":"Asia/Kolkata","weekly":{"mon":["09:00-18:00"]}}]]},"extensions":{"description":"Extensions with settings beyond the defaults. An extension a user names but that is not listed here is created with the defaults (type web, no force login).","type":"array","items":{"$ref":"#/definitions/Extension"},"examples":[[{"number":"101","type":"sip","forceLogin":true}]]},"users":{"description":"The people of the organisation, identified by email.","type":"array","items":{"$ref":"#/definitions/User"},"examples":[[{"email":"priya@example.com","name":"Priya Sharma","extension":"101"}]]},"departments":{"description":"Departments, also called queues, hunt groups or call groups: a number that rings a set of users by a routing strategy.","type":"array","items":{"$ref":"#/definitions/Department"},"examples":[[{"name":"Sales","extension":"200","routing":"round-robin","members":["priya@example.com"]}]]}},"definitions":{"Provider":{"description":"The vendor that holds the live organisation, and how to reach it. Never put a secret here: name where the secret comes from.","examples":[{"type":"netsapiens","endpoint":"https://pbx.example.com/ns-api/v2","domain":"acme.example.com","credentials":{"tokenEnv":"NETSAPIENS_API_KEY"}}],"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The vendor. `sandbox` is the embedded local provider (state in a JSON file; no network, no credentials).","enum":["sandbox","netsapiens","smartflo","myoperator","squaretalk"],"examples":["sandbox","netsapiens"]},"endpoint":{"description":"Base URL of the vendor API. Each provider has a default where the vendor has one host. For the sandbox, the path of its state file (default .ringform/sandbox.json).","type":"string","minLength":1,"examples":["https://pbx.example.com/ns-api/v2",".ringform/sandbox.json"]},"domain":{"description":"The account, tenant or domain inside the vendor (NetSapiens domain, Smartflo account, MyOperator company).","type":"string","minLength":1,"examples":["acme.example.com"]},"credentials":{"$ref":"#/definitions/Credentials"},"limits":{"$ref":"#/definitions/Limits"},"vendor":{"$ref":"#/definitions/VendorFields"}}},"Limits":{"description":"How fast ringform talks to the vendor. Unset: the provider's default for its vendor (README, Pacing: NetSapiens 10/s, Smartflo 3/s, MyOperator 20 a minute). `--rate` on the command line overrides `rate`. Ignored by providers that make no HTTP calls (sandbox, squaretalk).","examples":[{"rate":5,"concurrency":2}],"type":"object","additionalProperties":false,"properties":{"rate":{"description":"Requests per second, from 0.01 (one every 100 s) to 1000; 0.5 is one every 2 s.","type":"number","minimum":0.01,"maximum":1000,"examples":[5,0.5]},"concurrency":{"description":"Requests in flight at once, from 1 to 64.","type":"integer","minimum":1,"maximum":64,"examples":[2]}}},"Credentials":{"description":"Where credentials come from: names of environment variables, or a file. Secret values are never written in org.yaml.","examples":[{"tokenEnv":"NETSAPIENS_API_KEY"},{"usernameEnv":"SMARTFLO_LOGIN","passwordEnv":"SMARTFLO_PASSWORD"}],"type":"object","additionalProperties":false,"properties":{"tokenEnv":{"description":"Name of the environment variable holding an API token or key.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["NETSAPIENS_API_KEY"]},"usernameEnv":{"description":"Name of the environment variable holding the login name, for vendors that log in with a username and password.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["SMARTFLO_LOGIN"]},"passwordEnv":{"description":"Name of the environment variable holding the password for a username/password login.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["SMARTFLO_PASSWORD"]},"clientIdEnv":{"description":"Name of the environment variable holding an OAuth2 client id (NetSapiens password grant).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["NS_CLIENT_ID"]},"clientSecretEnv":{"description":"Name of the environment variable holding an OAuth2 client secret.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["NS_CLIENT_SECRET"]},"file":{"description":"Path of a JSON file holding credentials (keys token, username, password, clientId, clientSecret), relative to org.yaml. Keep it out of version control.","type":"string","minLength":1,"examples":["~/.config/ringform/acme.json"]}}},"Settings":{"description":"Organisation-wide defaults, safety rails and rules for objects ringform must leave alone.","examples":[{"timezone":"Asia/Kolkata","extensionRanges":["100-199"],"prune":{"users":true},"guards":{"maxDeletes":10}}],"type":"object","additionalProperties":false,"properties":{"timezone":{"description":"Default IANA timezone for schedules that do not name one. Default UTC.","type":"string","minLength":1,"default":"UTC","examples":["Asia/Kolkata"]},"extensionRanges":{"description":"Ranges that every extension (of users, of departments and under `extensions`) must fall in, as FROM-TO (inclusive, FROM <= TO, same number of digits). None given: any extension is allowed.","type":"array","items":{"type":"string","pattern":"^[0-9]{2,8}-[0-9]{2,8}$","description":"An inclusive extension range FROM-TO.","examples":["100-199"]},"examples":[["100-199","200-299"]]},"prune":{"$ref":"#/definitions/Prune"},"ignore":{"description":"Live objects matched by any rule are left alone: never updated, never deleted, counted as unmanaged.","type":"array","items":{"$ref":"#/definitions/IgnoreRule"},"examples":[[{"email":"*@vendor-support.example"},{"extension":"9*"}]]},"guards":{"$ref":"#/definitions/Guards"},"invites":{"description":"Default invite policy for users with panel access: `auto` sends one invite to a user who has not accepted one, `never` sends none. Default auto.","enum":["auto","never"],"default":"auto","examples":["auto"]},"coverage":{"$ref":"#/definitions/Coverage"}}},"CoverageLevel":{"description":"How validate reports a coverage finding: `warning` (default), `error` (validate and plan fail) or `off`.","enum":["warning","error","off"],"examples":["error"]},"Coverage":{"description":"How validate reports coverage: open hours in which nobody can take calls (RF320), only one member can (RF321), or callers fall through to failover (RF322). Each kind defaults to `warning`; `departments` sets one level for every finding of a department.","type":"object","additionalProperties":false,"examples":[{"nobodyAvailable":"error","singleAgent":"off","departments":{"Night Line":"off"}}],"properties":{"nobodyAvailable":{"$ref":"#/definitions/CoverageLevel","description":"RF320: open, nobody available, and no failover answers. Default warning.","examples":["error"]},"singleAgent":{"$ref":"#/definitions/CoverageLevel","description":"RF321: open with exactly one member available. Default warning.","examples":["off"]},"failover":{"$ref":"#/definitions/CoverageLevel","description":"RF322: open, nobody available, callers fall through to a failover that answers. Default warning.","examples":["warning"]},"departments":{"description":"By department name, a level for all of that department's coverage findings (overrides the three above).","type":"object","additionalProperties":{"$ref":"#/definitions/CoverageLevel"},"examples":[{"Night Line":"off","Support":"error"}]}}},"Prune":{"description":"Whether live objects absent from org.yaml are deleted, per collection. The default is false for every collection: absent objects are left alone and counted as unmanaged.","examples":[{"users":true,"departments":true}],"type":"object","additionalProperties":false,"properties":{"users":{"description":"Delete live users absent from org.yaml.","type":"boolean","default":false,"examples":[false]},"extensions":{"description":"Delete live extensions absent from org.yaml and not used by a user.","type":"boolean","default":false,"examples":[false]},"departments":{"description":"Delete live departments absent from org.yaml.","type":"boolean","default":false,"examples":[false]},"members":{"description":"Remove live department members absent from the department's members in org.yaml. Default true, unlike the others: a department's member list is owned by the department that declares it.","type":"boolean","default":true,"examples":[true]},"schedules":{"description":"Delete live schedules absent from org.yaml.","type":"boolean","default":false,"examples":[false]},"roles":{"description":"Delete live custom roles absent from org.yaml.","type":"boolean","default":false,"examples":[false]}}},"IgnoreRule":{"description":"A rule matching live objects to leave alone. Globs use * and ?; all fields given must match.","examples":[{"email":"*@support.vendor.example"}],"type":"object","additionalProperties":false,"minProperties":1,"properties":{"email":{"description":"Glob on a user's email.","type":"string","minLength":1,"examples":["*@support.vendor.example"]},"extension":{"description":"Glob on a user's, extension's or department's extension number.","type":"string","minLength":1,"examples":["9*"]},"name":{"description":"Glob on a user's, department's, schedule's or role's name.","type":"string","minLength":1,"examples":["Test *"]}}},"Guards":{"description":"Safety rails checked on every plan. Exceeding a limit stops the plan unless --force is given; protections cannot be forced.","examples":[{"maxDeletes":10,"maxDeletePercent":25,"protectedUsers":["owner@example.com"]}],"type":"object","additionalProperties":false,"properties":{"maxDeletes":{"description":"The most objects a plan may delete (or replace) without --force. Default: no absolute limit.","type":"integer","minimum":0,"examples":[10]},"maxDeletePercent":{"description":"The largest share of the live objects of one collection a plan may delete without --force, in percent. Default 30. Only checked when that collection has at least 10 live objects; deleting all or nearly all of any collection needs --force at any size, whatever this says (README, Guards).","type":"number","minimum":0,"maximum":100,"default":30,"examples":[25]},"protectedUsers":{"description":"Emails of users that must never be deleted, disabled or demoted by a plan (account owners, break-glass admins). Cannot be overridden by --force.","type":"array","items":{"type":"string","format":"email","description":"A protected user's email.","examples":["owner@example.com"]},"examples":[["owner@example.com"]]}}},"Role":{"description":"A custom role: a built-in base role with permission switches turned on or off.","examples":[{"name":"team-lead","base":"supervisor","permissions":{"listenToCalls":true}}],"type":"object","additionalProperties":false,"required":["name","base"],"properties":{"name":{"description":"Name of the role, used by users' `role`. Must not be the name of a built-in role.","type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$","examples":["team-lead"]},"base":{"$ref":"#/definitions/BuiltinRole"},"description":{"description":"What the role is for.","type":"string","examples":["Supervisor who may also export reports"]},"permissions":{"description":"Permission switches on top of the base role, by name (camelCase). Which names a vendor knows is checked by its provider.","type":"object","propertyNames":{"pattern":"^[a-z][A-Za-z0-9]*$"},"additionalProperties":{"type":"boolean"},"examples":[{"listenToCalls":true,"exportReports":false}]},"vendor":{"$ref":"#/definitions/VendorFields"}}},"BuiltinRole":{"description":"A built-in role every vendor maps to its own: agent (takes calls), supervisor (monitors agents), manager (manages departments), admin (manages the organisation), owner (the account owner).","enum":["agent","supervisor","manager","admin","owner"],"examples":["supervisor"]},"Schedule":{"description":"Call-receiving hours. Outside the slots, calls are not offered (departments use their failover).","examples":[{"name":"business-hours","weekly":{"mon":["09:00-18:00"]},"holidays":[{"date":"2026-12-25"}]}],"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Name of the schedule, used by `receiveCalls` and `hours`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$","examples":["business-hours"]},"timezone":{"description":"IANA timezone the slots are in. Defaults to settings.timezone.","type":"string","minLength":1,"examples":["Asia/Kolkata"]},"weekly":{"$ref":"#/definitions/Weekly"},"holidays":{"description":"Dates on which the schedule is closed all day.","type":"array","items":{"$ref":"#/definitions/Holiday"},"examples":[[{"date":"2026-12-25","name":"Christmas"}]]},"overrides":{"description":"Dates with their own slots instead of the weekly ones (an empty list closes the day).","type":"array","items":{"$ref":"#/definitions/DateOverride"},"examples":[[{"date":"2026-12-31","slots":["09:00-13:00"]}]]},"vendor":{"$ref":"#/definitions/VendorFields"}}},"Weekly":{"description":"Open time slots per weekday, each HH:MM-HH:MM in 24-hour time. A day not listed is closed.","type":"object","additionalProperties":false,"properties":{"mon":{"$ref":"#/definitions/Slots"},"tue":{"$ref":"#/definitions/Slots"},"wed":{"$ref":"#/definitions/Slots"},"thu":{"$ref":"#/definitions/Slots"},"fri":{"$ref":"#/definitions/Slots"},"sat":{"$ref":"#/definitions/Slots"},"sun":{"$ref":"#/definitions/Slots"}},"examples":[{"mon":["09:00-13:00","14:00-18:00"],"sat":["10:00-14:00"]}]},"Slots":{"description":"Time slots in one day, HH:MM-HH:MM, end after start, not overlapping.","type":"array","items":{"$ref":"#/definitions/Slot"},"examples":[["09:00-13:00","14:00-18:00"]]},"Slot":{"description":"One open time slot, HH:MM-HH:MM in 24-hour time (24:00 allowed as an end).","type":"string","pattern":"^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$","examples":["09:00-18:00"]},"Holiday":{"description":"A date on which the schedule is closed.","examples":[{"date":"2026-12-25","name":"Christmas"}],"type":"object","additionalProperties":false,"required":["date"],"properties":{"date":{"description":"The date, YYYY-MM-DD.","type":"string","format":"date","examples":["2026-12-25"]},"name":{"description":"What the holiday is.","type":"string","examples":["Christmas"]}}},"DateOverride":{"description":"A date with its own slots.","examples":[{"date":"2026-12-31","slots":["09:00-13:00"]}],"type":"object","additionalProperties":false,"required":["date","slots"],"properties":{"date":{"description":"The date, YYYY-MM-DD.","type":"string","format":"date","examples":["2026-12-31"]},"slots":{"$ref":"#/definitions/Slots"}}},"ExtensionNumber":{"description":"An extension number: 2 to 8 digits, written as a string so leading zeros survive.","type":"string","pattern":"^[0-9]{2,8}$","examples":["101"]},"Extension":{"description":"A phone extension and how it connects.","examples":[{"number":"101","type":"sip","device":{"mac":"00:1A:2B:3C:4D:5E"}}],"type":"object","additionalProperties":false,"required":["number"],"properties":{"number":{"$ref":"#/definitions/ExtensionNumber"},"type":{"description":"How calls reach it: `web` (browser dashboard only), `sip` (softphone or IP phone), `sip-tls` (SIP over TLS). Default web.","enum":["web","sip","sip-tls"],"default":"web","examples":["sip"]},"forceLogin":{"description":"Calls ring only while the user is logged in to the dashboard. Default false.","type":"boolean","default":false,"examples":[true]},"callerId":{"description":"Outbound caller id, E.164.","type":"string","pattern":"^\\+[1-9][0-9]{6,14}$","examples":["+912240001000"]},"device":{"$ref":"#/definitions/Device"},"vendor":{"$ref":"#/definitions/VendorFields"}}},"Device":{"description":"A desk phone provisioned for the extension.","examples":[{"mac":"00:1A:2B:3C:4D:5E","model":"Yealink T54W"}],"type":"object","additionalProperties":false,"required":["mac"],"properties":{"mac":{"description":"MAC address, six hex pairs separated by colons.","type":"string","pattern":"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$","examples":["00:1A:2B:3C:4D:5E"]},"model":{"description":"Phone model as the vendor names it.","type":"string","examples":["Yealink T54W"]}}},"UserRef":{"description":"A user, by email.","type":"string","format":"email","examples":["priya@example.com"]},"User":{"description":"A person: panel login, extension, role, call-receiving hours and departments.","examples":[{"email":"priya@example.com","name":"Priya Sharma","extension":"101","departments":["Sales"]}],"type":"object","additionalProperties":false,"required":["email","name"],"properties":{"email":{"description":"The user's identity and login. To change it, put the old one under `previously`.","type":"string","format":"email","examples":["priya@example.com"]},"name":{"description":"Full name as shown in the panel and caller id.","type":"string","minLength":1,"maxLength":100,"examples":["Priya Sharma"]},"phone":{"description":"Mobile or direct number, E.164 (+ country code, no spaces).","type":"string","examples":["+919876543210"]},"extension":{"$ref":"#/definitions/ExtensionNumber"},"role":{"description":"A built-in role (agent, supervisor, manager, admin, owner) or the name of a custom role declared under `roles`. Default agent.","type":"string","minLength":1,"default":"agent","examples":["agent","supervisor","manager","admin","owner"]},"panelAccess":{"description":"true: a pro user who logs in to the panel (and is invited); false: call-only. Default true.","type":"boolean","default":true,"examples":[true]},"status":{"description":"active or disabled (kept, but cannot log in or take calls). Default active.","enum":["active","disabled"],"default":"active","examples":["active"]},"receiveCalls":{"description":"When the user takes calls: `always`, `never`, or the name of a schedule. Default always.","type":"string","minLength":1,"default":"always","examples":["business-hours"]},"forwarding":{"$ref":"#/definitions/Forwarding"},"voicemail":{"$ref":"#/definitions/Voicemail"},"departments":{"description":"Departments this user is a member of, by name. Adds the user at the end of each department's member list unless the department lists them itself.","type":"array","items":{"type":"string","minLength":1,"description":"A department name.","examples":["Sales"]},"examples":[["Sales","Support"]]},"invite":{"description":"Invite policy for this user, overriding settings.invites. Default: settings.invites.","enum":["auto","never"],"examples":["never"]},"previously":{"description":"Earlier emails of this user, so that an email change is planned as an update, not a delete and a create.","type":"array","items":{"type":"string","format":"email","description":"An earlier email.","examples":["priya.s@example.com"]},"examples":[["priya.s@example.com"]]},"loginId":{"description":"The id the user signs in to the panel with, at least 6 characters (Smartflo's Login ID). Left out: unmanaged; a new user signs in with the email. Smartflo only.","type":"string","minLength":1,"maxLength":100,"examples":["priya.sharma"]},"loginBasedCalling":{"description":"Calls reach the user only while signed in to the panel (Smartflo's Login Based Calling). Left out: unmanaged. Smartflo only.","type":"boolean","examples":[true]},"callerIds":{"description":"Numbers of the account the user may call out as (Smartflo's Allowed Caller IDs), E.164; the first is the extension's caller id. Left out: unmanaged (a new Smartflo user gets provider.vendor.smartflo.caller_id or the account's only number). Smartflo only.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^\\+[1-9]\\d{6,14}$","description":"A number of the account, E.164.","examples":["+912240001000"]},"examples":[["+912240001000"]]},"agentGroups":{"description":"Agent groups the user's agent belongs to, by name as the panel shows them (Smartflo's Agent Group). Left out: unmanaged. Smartflo only.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"description":"An agent group's name.","examples":["Inbound"]},"examples":[["Inbound"]]},"reportsOf":{"description":"Whose call records (CDR) and reports the user sees in the panel: `all`, or a list of users by email ([] for no one else's). Smartflo's Users for CDR/Reports. Left out: unmanaged. Smartflo only.","oneOf":[{"const":"all","description":"Everyone's call records."},{"type":"array","uniqueItems":true,"items":{"type":"string","format":"email","description":"A declared user's email.","examples":["arjun@example.com"]},"examples":[["arjun@example.com"]]}],"examples":["all",["arjun@example.com"]]},"allowedIps":{"description":"IP addresses the user may sign in to the panel from ([] or left out of a new user: any). Smartflo's Allowed IPs, which no public API sets: the plan makes it a panel step. Left out: unmanaged. Smartflo only.","type":"array","uniqueItems":true,"items":{"type":"string","description":"An IPv4 or IPv6 address, optionally with a /prefix.","examples":["203.0.113.7"]},"examples":[["203.0.113.7"]]},"vendor":{"$ref":"#/definitions/VendorFields"}}},"ForwardTarget":{"description":"Where a forwarded call goes: an E.164 number (+ country code, no spaces) or `voicemail` (the user's own voicemail box).","type":"string","pattern":"^(voicemail|\\+[1-9]\\d{6,14})$","patternErrorMessage":"Not a forwarding target: write `voicemail` or an E.164 number (+ and the country code, then the number, no spaces), e.g. +919876543210.","examples":["voicemail","+919876543210"]},"NoAnswerForward":{"description":"Forward a call the user does not answer: where to, and after how many seconds of ringing.","examples":[{"to":"voicemail","after":20}],"type":"object","additionalProperties":false,"required":["to"],"properties":{"to":{"$ref":"#/definitions/ForwardTarget"},"after":{"description":"Seconds the user's phones ring before the call is forwarded, 5 to 300. Default 20.","type":"integer","minimum":5,"maximum":300,"default":20,"examples":[20]}}},"ScheduledForwarding":{"description":"Forwarding that applies while a schedule is open, instead of the user's other forwarding: the schedule and at least one forward.","examples":[{"schedule":"after-hours","always":"voicemail"}],"type":"object","additionalProperties":false,"required":["schedule"],"minProperties":2,"properties":{"schedule":{"description":"The name of a schedule under `schedules`.","type":"string","minLength":1,"examples":["after-hours"]},"always":{"$ref":"#/definitions/ForwardTarget","description":"Forward every call while the schedule is open; the user's phones do not ring."},"busy":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls that arrive while the user is on a call."},"noAnswer":{"$ref":"#/definitions/NoAnswerForward"},"unregistered":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls while none of the user's phones is connected (registered)."}}},"Forwarding":{"description":"Call forwarding: where the user's calls go always, when busy, when not answered, or when no phone is connected; each target a number or `voicemail`. `schedules` gives other forwarding while a schedule is open (the first listed open schedule wins). Left out, the vendor's forwarding is left as it is; written, it is the whole forwarding (`forwarding: {}` turns every forward off).","examples":[{"busy":"voicemail","noAnswer":{"to":"+919876543210","after":25},"schedules":[{"schedule":"after-hours","always":"voicemail"}]}],"type":"object","additionalProperties":false,"properties":{"always":{"$ref":"#/definitions/ForwardTarget","description":"Forward every call; the user's phones do not ring."},"busy":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls that arrive while the user is on a call."},"noAnswer":{"$ref":"#/definitions/NoAnswerForward"},"unregistered":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls while none of the user's phones is connected (registered)."},"schedules":{"description":"Forwarding by schedule, first match first: while a listed schedule is open, its forwarding applies instead of the one above. A schedule appears at most once.","type":"array","items":{"$ref":"#/definitions/ScheduledForwarding"},"examples":[[{"schedule":"after-hours","always":"voicemail"}]]}}},"SecretRef":{"description":"Where a secret comes from, never the secret itself: `env` names an environment variable, `credential` a key of the provider's credentials file (provider.credentials.file).","examples":[{"env":"PRIYA_VOICEMAIL_PIN"},{"credential":"priyaVoicemailPin"}],"oneOf":[{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"description":"Name of the environment variable holding the secret.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["PRIYA_VOICEMAIL_PIN"]}}},{"type":"object","additionalProperties":false,"required":["credential"],"properties":{"credential":{"description":"Key of the credentials file (provider.credentials.file) holding the secret.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","examples":["priyaVoicemailPin"]}}}]},"Voicemail":{"description":"The user's voicemail box. Left out, the vendor's voicemail settings are left as they are.","examples":[{"enabled":true,"email":"attach","pin":{"env":"PRIYA_VOICEMAIL_PIN"}}],"type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether the user has a voicemail box. Default true.","type":"boolean","default":true,"examples":[true]},"email":{"description":"Email on a new message: `attach` (the recording attached), `notify` (a notice with a link, no recording) or `none`. Default none.","enum":["attach","notify","none"],"default":"none","examples":["attach"]},"pin":{"$ref":"#/definitions/SecretRef","description":"The voicemail PIN (4 to 10 digits), from an environment variable or the credentials file; never written in org.yaml. ringform sets it and never reads it back: see README, Voicemail PIN."}}},"Member":{"description":"A department member: a user's email, or an object with the email and a priority (1 rings first).","oneOf":[{"$ref":"#/definitions/UserRef"},{"type":"object","additionalProperties":false,"required":["user"],"properties":{"user":{"$ref":"#/definitions/UserRef"},"priority":{"description":"Ring priority, lowest first (1 first; 0 is accepted because some vendors count from 0, e.g. NetSapiens agent ordinals). Default: the position in the list.","type":"integer","minimum":0,"maximum":99,"examples":[1]}}}],"examples":["priya@example.com",{"user":"arjun@example.com","priority":2}]},"Failover":{"description":"Where unanswered or out-of-hours calls go.","examples":[{"type":"department","target":"Support"},{"type":"voicemail"}],"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"voicemail, user (by email), department (by name), external (an E.164 number) or hangup.","enum":["voicemail","user","department","external","hangup"],"examples":["department"]},"target":{"description":"The email, department name or E.164 number; none for voicemail and hangup.","type":"string","minLength":1,"examples":["Support"]}}},"Department":{"description":"A department (queue, hunt group): an extension that rings its members by a routing strategy.","examples":[{"name":"Sales","extension":"200","routing":"round-robin","members":["priya@example.com"]}],"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Name of the department, its identity. At most 30 characters (the tightest vendor limit).","type":"string","minLength":1,"maxLength":30,"examples":["Sales"]},"extension":{"$ref":"#/definitions/ExtensionNumber"},"manager":{"description":"The department manager, by email.","type":"string","format":"email","examples":["meera@example.com"]},"routing":{"description":"How calls are offered: simultaneous (ring all), round-robin, serial (in member order, a.k.a. linear), longest-idle, or balanced (fewest calls). Default simultaneous.","enum":["simultaneous","round-robin","serial","longest-idle","balanced"],"default":"simultaneous","examples":["round-robin"]},"ringTimeout":{"description":"Seconds a call rings a member before moving on. Default 25.","type":"integer","minimum":5,"maximum":600,"default":25,"examples":[25]},"stickyAgent":{"description":"Send a returning caller to the member who last spoke to them. Default false.","type":"boolean","default":false,"examples":[true]},"hours":{"description":"Schedule during which the department takes calls (name). Default: always open.","type":"string","minLength":1,"examples":["business-hours"]},"failover":{"$ref":"#/definitions/Failover"},"members":{"description":"Members in ring order.","type":"array","items":{"$ref":"#/definitions/Member"},"examples":[["priya@example.com",{"user":"arjun@example.com","priority":2}]]},"vendor":{"$ref":"#/definitions/VendorFields"}}},"VendorFields":{"description":"Vendor-specific fields the neutral model does not cover, by provider type. Checked by that provider; ignored by the others.","type":"object","additionalProperties":false,"properties":{"sandbox":{"type":"object","description":"Fields for the sandbox provider.","examples":[{}]},"netsapiens":{"type":"object","description":"NetSapiens fields, with the API's own names.","examples":[{"dial-policy":"US & Canada"}]},"smartflo":{"type":"object","description":"Smartflo fields, with the API's own names.","examples":[{"is_international_calling":true}]},"myoperator":{"type":"object","description":"MyOperator fields, with the API's own names.","examples":[{"alternate_number":"9876500000"}]},"squaretalk":{"type":"object","description":"Squaretalk panel fields.","examples":[{"callWaiting":true}]}},"examples":[{"netsapiens":{"dial-policy":"US & Canada"}}]}}};
const schema12 = {"description":"The vendor that holds the live organisation, and how to reach it. Never put a secret here: name where the secret comes from.","examples":[{"type":"netsapiens","endpoint":"https://pbx.example.com/ns-api/v2","domain":"acme.example.com","credentials":{"tokenEnv":"NETSAPIENS_API_KEY"}}],"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"The vendor. `sandbox` is the embedded local provider (state in a JSON file; no network, no credentials).","enum":["sandbox","netsapiens","smartflo","myoperator","squaretalk"],"examples":["sandbox","netsapiens"]},"endpoint":{"description":"Base URL of the vendor API. Each provider has a default where the vendor has one host. For the sandbox, the path of its state file (default .ringform/sandbox.json).","type":"string","minLength":1,"examples":["https://pbx.example.com/ns-api/v2",".ringform/sandbox.json"]},"domain":{"description":"The account, tenant or domain inside the vendor (NetSapiens domain, Smartflo account, MyOperator company).","type":"string","minLength":1,"examples":["acme.example.com"]},"credentials":{"$ref":"#/definitions/Credentials"},"limits":{"$ref":"#/definitions/Limits"},"vendor":{"$ref":"#/definitions/VendorFields"}}};
const schema13 = {"description":"Where credentials come from: names of environment variables, or a file. Secret values are never written in org.yaml.","examples":[{"tokenEnv":"NETSAPIENS_API_KEY"},{"usernameEnv":"SMARTFLO_LOGIN","passwordEnv":"SMARTFLO_PASSWORD"}],"type":"object","additionalProperties":false,"properties":{"tokenEnv":{"description":"Name of the environment variable holding an API token or key.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["NETSAPIENS_API_KEY"]},"usernameEnv":{"description":"Name of the environment variable holding the login name, for vendors that log in with a username and password.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["SMARTFLO_LOGIN"]},"passwordEnv":{"description":"Name of the environment variable holding the password for a username/password login.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["SMARTFLO_PASSWORD"]},"clientIdEnv":{"description":"Name of the environment variable holding an OAuth2 client id (NetSapiens password grant).","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["NS_CLIENT_ID"]},"clientSecretEnv":{"description":"Name of the environment variable holding an OAuth2 client secret.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["NS_CLIENT_SECRET"]},"file":{"description":"Path of a JSON file holding credentials (keys token, username, password, clientId, clientSecret), relative to org.yaml. Keep it out of version control.","type":"string","minLength":1,"examples":["~/.config/ringform/acme.json"]}}};
const schema14 = {"description":"How fast ringform talks to the vendor. Unset: the provider's default for its vendor (README, Pacing: NetSapiens 10/s, Smartflo 3/s, MyOperator 20 a minute). `--rate` on the command line overrides `rate`. Ignored by providers that make no HTTP calls (sandbox, squaretalk).","examples":[{"rate":5,"concurrency":2}],"type":"object","additionalProperties":false,"properties":{"rate":{"description":"Requests per second, from 0.01 (one every 100 s) to 1000; 0.5 is one every 2 s.","type":"number","minimum":0.01,"maximum":1000,"examples":[5,0.5]},"concurrency":{"description":"Requests in flight at once, from 1 to 64.","type":"integer","minimum":1,"maximum":64,"examples":[2]}}};
const schema15 = {"description":"Vendor-specific fields the neutral model does not cover, by provider type. Checked by that provider; ignored by the others.","type":"object","additionalProperties":false,"properties":{"sandbox":{"type":"object","description":"Fields for the sandbox provider.","examples":[{}]},"netsapiens":{"type":"object","description":"NetSapiens fields, with the API's own names.","examples":[{"dial-policy":"US & Canada"}]},"smartflo":{"type":"object","description":"Smartflo fields, with the API's own names.","examples":[{"is_international_calling":true}]},"myoperator":{"type":"object","description":"MyOperator fields, with the API's own names.","examples":[{"alternate_number":"9876500000"}]},"squaretalk":{"type":"object","description":"Squaretalk panel fields.","examples":[{"callWaiting":true}]}},"examples":[{"netsapiens":{"dial-policy":"US & Canada"}}]};
const func2 = ajvRuntime("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "endpoint")) || (key0 === "domain")) || (key0 === "credentials")) || (key0 === "limits")) || (key0 === "vendor"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((((data0 === "sandbox") || (data0 === "netsapiens")) || (data0 === "smartflo")) || (data0 === "myoperator")) || (data0 === "squaretalk"))){
const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.type.enum,parentSchema:schema12.properties.type,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.endpoint !== undefined){
let data1 = data.endpoint;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err3 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.endpoint,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/endpoint",schemaPath:"#/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.endpoint.type,parentSchema:schema12.properties.endpoint,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.domain !== undefined){
let data2 = data.domain;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12.properties.domain,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.domain.type,parentSchema:schema12.properties.domain,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.credentials !== undefined){
let data3 = data.credentials;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((((((key1 === "tokenEnv") || (key1 === "usernameEnv")) || (key1 === "passwordEnv")) || (key1 === "clientIdEnv")) || (key1 === "clientSecretEnv")) || (key1 === "file"))){
const err7 = {instancePath:instancePath+"/credentials",schemaPath:"#/definitions/Credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.tokenEnv !== undefined){
let data4 = data3.tokenEnv;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err8 = {instancePath:instancePath+"/credentials/tokenEnv",schemaPath:"#/definitions/Credentials/properties/tokenEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.tokenEnv,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/credentials/tokenEnv",schemaPath:"#/definitions/Credentials/properties/tokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.tokenEnv.type,parentSchema:schema13.properties.tokenEnv,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.usernameEnv !== undefined){
let data5 = data3.usernameEnv;
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err10 = {instancePath:instancePath+"/credentials/usernameEnv",schemaPath:"#/definitions/Credentials/properties/usernameEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.usernameEnv,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/credentials/usernameEnv",schemaPath:"#/definitions/Credentials/properties/usernameEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.usernameEnv.type,parentSchema:schema13.properties.usernameEnv,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.passwordEnv !== undefined){
let data6 = data3.passwordEnv;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err12 = {instancePath:instancePath+"/credentials/passwordEnv",schemaPath:"#/definitions/Credentials/properties/passwordEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.passwordEnv,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/credentials/passwordEnv",schemaPath:"#/definitions/Credentials/properties/passwordEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.passwordEnv.type,parentSchema:schema13.properties.passwordEnv,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.clientIdEnv !== undefined){
let data7 = data3.clientIdEnv;
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err14 = {instancePath:instancePath+"/credentials/clientIdEnv",schemaPath:"#/definitions/Credentials/properties/clientIdEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.clientIdEnv,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/credentials/clientIdEnv",schemaPath:"#/definitions/Credentials/properties/clientIdEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.clientIdEnv.type,parentSchema:schema13.properties.clientIdEnv,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.clientSecretEnv !== undefined){
let data8 = data3.clientSecretEnv;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err16 = {instancePath:instancePath+"/credentials/clientSecretEnv",schemaPath:"#/definitions/Credentials/properties/clientSecretEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema13.properties.clientSecretEnv,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/credentials/clientSecretEnv",schemaPath:"#/definitions/Credentials/properties/clientSecretEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.clientSecretEnv.type,parentSchema:schema13.properties.clientSecretEnv,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.file !== undefined){
let data9 = data3.file;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err18 = {instancePath:instancePath+"/credentials/file",schemaPath:"#/definitions/Credentials/properties/file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema13.properties.file,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/credentials/file",schemaPath:"#/definitions/Credentials/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.properties.file.type,parentSchema:schema13.properties.file,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/credentials",schemaPath:"#/definitions/Credentials/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.limits !== undefined){
let data10 = data.limits;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key2 in data10){
if(!((key2 === "rate") || (key2 === "concurrency"))){
const err21 = {instancePath:instancePath+"/limits",schemaPath:"#/definitions/Limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data10.rate !== undefined){
let data11 = data10.rate;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 1000 || isNaN(data11)){
const err22 = {instancePath:instancePath+"/limits/rate",schemaPath:"#/definitions/Limits/properties/rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema14.properties.rate,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data11 < 0.01 || isNaN(data11)){
const err23 = {instancePath:instancePath+"/limits/rate",schemaPath:"#/definitions/Limits/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0.01},message:"must be >= 0.01",schema:0.01,parentSchema:schema14.properties.rate,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/limits/rate",schemaPath:"#/definitions/Limits/properties/rate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema14.properties.rate.type,parentSchema:schema14.properties.rate,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data10.concurrency !== undefined){
let data12 = data10.concurrency;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err25 = {instancePath:instancePath+"/limits/concurrency",schemaPath:"#/definitions/Limits/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema14.properties.concurrency.type,parentSchema:schema14.properties.concurrency,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 64 || isNaN(data12)){
const err26 = {instancePath:instancePath+"/limits/concurrency",schemaPath:"#/definitions/Limits/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema14.properties.concurrency,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err27 = {instancePath:instancePath+"/limits/concurrency",schemaPath:"#/definitions/Limits/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema14.properties.concurrency,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/limits",schemaPath:"#/definitions/Limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.vendor !== undefined){
let data13 = data.vendor;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
if(!(((((key3 === "sandbox") || (key3 === "netsapiens")) || (key3 === "smartflo")) || (key3 === "myoperator")) || (key3 === "squaretalk"))){
const err29 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.sandbox !== undefined){
let data14 = data13.sandbox;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err30 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.netsapiens !== undefined){
let data15 = data13.netsapiens;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err31 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data13.smartflo !== undefined){
let data16 = data13.smartflo;
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
const err32 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.myoperator !== undefined){
let data17 = data13.myoperator;
if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){
const err33 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data13.squaretalk !== undefined){
let data18 = data13.squaretalk;
if(!(data18 && typeof data18 == "object" && !Array.isArray(data18))){
const err34 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema16 = {"description":"Organisation-wide defaults, safety rails and rules for objects ringform must leave alone.","examples":[{"timezone":"Asia/Kolkata","extensionRanges":["100-199"],"prune":{"users":true},"guards":{"maxDeletes":10}}],"type":"object","additionalProperties":false,"properties":{"timezone":{"description":"Default IANA timezone for schedules that do not name one. Default UTC.","type":"string","minLength":1,"default":"UTC","examples":["Asia/Kolkata"]},"extensionRanges":{"description":"Ranges that every extension (of users, of departments and under `extensions`) must fall in, as FROM-TO (inclusive, FROM <= TO, same number of digits). None given: any extension is allowed.","type":"array","items":{"type":"string","pattern":"^[0-9]{2,8}-[0-9]{2,8}$","description":"An inclusive extension range FROM-TO.","examples":["100-199"]},"examples":[["100-199","200-299"]]},"prune":{"$ref":"#/definitions/Prune"},"ignore":{"description":"Live objects matched by any rule are left alone: never updated, never deleted, counted as unmanaged.","type":"array","items":{"$ref":"#/definitions/IgnoreRule"},"examples":[[{"email":"*@vendor-support.example"},{"extension":"9*"}]]},"guards":{"$ref":"#/definitions/Guards"},"invites":{"description":"Default invite policy for users with panel access: `auto` sends one invite to a user who has not accepted one, `never` sends none. Default auto.","enum":["auto","never"],"default":"auto","examples":["auto"]},"coverage":{"$ref":"#/definitions/Coverage"}}};
const schema17 = {"description":"Whether live objects absent from org.yaml are deleted, per collection. The default is false for every collection: absent objects are left alone and counted as unmanaged.","examples":[{"users":true,"departments":true}],"type":"object","additionalProperties":false,"properties":{"users":{"description":"Delete live users absent from org.yaml.","type":"boolean","default":false,"examples":[false]},"extensions":{"description":"Delete live extensions absent from org.yaml and not used by a user.","type":"boolean","default":false,"examples":[false]},"departments":{"description":"Delete live departments absent from org.yaml.","type":"boolean","default":false,"examples":[false]},"members":{"description":"Remove live department members absent from the department's members in org.yaml. Default true, unlike the others: a department's member list is owned by the department that declares it.","type":"boolean","default":true,"examples":[true]},"schedules":{"description":"Delete live schedules absent from org.yaml.","type":"boolean","default":false,"examples":[false]},"roles":{"description":"Delete live custom roles absent from org.yaml.","type":"boolean","default":false,"examples":[false]}}};
const schema18 = {"description":"A rule matching live objects to leave alone. Globs use * and ?; all fields given must match.","examples":[{"email":"*@support.vendor.example"}],"type":"object","additionalProperties":false,"minProperties":1,"properties":{"email":{"description":"Glob on a user's email.","type":"string","minLength":1,"examples":["*@support.vendor.example"]},"extension":{"description":"Glob on a user's, extension's or department's extension number.","type":"string","minLength":1,"examples":["9*"]},"name":{"description":"Glob on a user's, department's, schedule's or role's name.","type":"string","minLength":1,"examples":["Test *"]}}};
const schema19 = {"description":"Safety rails checked on every plan. Exceeding a limit stops the plan unless --force is given; protections cannot be forced.","examples":[{"maxDeletes":10,"maxDeletePercent":25,"protectedUsers":["owner@example.com"]}],"type":"object","additionalProperties":false,"properties":{"maxDeletes":{"description":"The most objects a plan may delete (or replace) without --force. Default: no absolute limit.","type":"integer","minimum":0,"examples":[10]},"maxDeletePercent":{"description":"The largest share of the live objects of one collection a plan may delete without --force, in percent. Default 30. Only checked when that collection has at least 10 live objects; deleting all or nearly all of any collection needs --force at any size, whatever this says (README, Guards).","type":"number","minimum":0,"maximum":100,"default":30,"examples":[25]},"protectedUsers":{"description":"Emails of users that must never be deleted, disabled or demoted by a plan (account owners, break-glass admins). Cannot be overridden by --force.","type":"array","items":{"type":"string","format":"email","description":"A protected user's email.","examples":["owner@example.com"]},"examples":[["owner@example.com"]]}}};
const pattern5 = new RegExp("^[0-9]{2,8}-[0-9]{2,8}$", "u");
const formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const schema20 = {"description":"How validate reports coverage: open hours in which nobody can take calls (RF320), only one member can (RF321), or callers fall through to failover (RF322). Each kind defaults to `warning`; `departments` sets one level for every finding of a department.","type":"object","additionalProperties":false,"examples":[{"nobodyAvailable":"error","singleAgent":"off","departments":{"Night Line":"off"}}],"properties":{"nobodyAvailable":{"$ref":"#/definitions/CoverageLevel","description":"RF320: open, nobody available, and no failover answers. Default warning.","examples":["error"]},"singleAgent":{"$ref":"#/definitions/CoverageLevel","description":"RF321: open with exactly one member available. Default warning.","examples":["off"]},"failover":{"$ref":"#/definitions/CoverageLevel","description":"RF322: open, nobody available, callers fall through to a failover that answers. Default warning.","examples":["warning"]},"departments":{"description":"By department name, a level for all of that department's coverage findings (overrides the three above).","type":"object","additionalProperties":{"$ref":"#/definitions/CoverageLevel"},"examples":[{"Night Line":"off","Support":"error"}]}}};
const schema21 = {"description":"How validate reports a coverage finding: `warning` (default), `error` (validate and plan fail) or `off`.","enum":["warning","error","off"],"examples":["error"]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "nobodyAvailable") || (key0 === "singleAgent")) || (key0 === "failover")) || (key0 === "departments"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.nobodyAvailable !== undefined){
let data0 = data.nobodyAvailable;
if(!(((data0 === "warning") || (data0 === "error")) || (data0 === "off"))){
const err1 = {instancePath:instancePath+"/nobodyAvailable",schemaPath:"#/definitions/CoverageLevel/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.singleAgent !== undefined){
let data1 = data.singleAgent;
if(!(((data1 === "warning") || (data1 === "error")) || (data1 === "off"))){
const err2 = {instancePath:instancePath+"/singleAgent",schemaPath:"#/definitions/CoverageLevel/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.failover !== undefined){
let data2 = data.failover;
if(!(((data2 === "warning") || (data2 === "error")) || (data2 === "off"))){
const err3 = {instancePath:instancePath+"/failover",schemaPath:"#/definitions/CoverageLevel/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.departments !== undefined){
let data3 = data.departments;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
let data4 = data3[key1];
if(!(((data4 === "warning") || (data4 === "error")) || (data4 === "off"))){
const err4 = {instancePath:instancePath+"/departments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/CoverageLevel/enum",keyword:"enum",params:{allowedValues: schema21.enum},message:"must be equal to one of the allowed values",schema:schema21.enum,parentSchema:schema21,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.departments.type,parentSchema:schema20.properties.departments,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "timezone") || (key0 === "extensionRanges")) || (key0 === "prune")) || (key0 === "ignore")) || (key0 === "guards")) || (key0 === "invites")) || (key0 === "coverage"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.timezone !== undefined){
let data0 = data.timezone;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err1 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema16.properties.timezone,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.timezone.type,parentSchema:schema16.properties.timezone,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.extensionRanges !== undefined){
let data1 = data.extensionRanges;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err3 = {instancePath:instancePath+"/extensionRanges/" + i0,schemaPath:"#/properties/extensionRanges/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}-[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}-[0-9]{2,8}$"+"\"",schema:"^[0-9]{2,8}-[0-9]{2,8}$",parentSchema:schema16.properties.extensionRanges.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/extensionRanges/" + i0,schemaPath:"#/properties/extensionRanges/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema16.properties.extensionRanges.items.type,parentSchema:schema16.properties.extensionRanges.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/extensionRanges",schemaPath:"#/properties/extensionRanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.extensionRanges.type,parentSchema:schema16.properties.extensionRanges,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.prune !== undefined){
let data3 = data.prune;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((((((key1 === "users") || (key1 === "extensions")) || (key1 === "departments")) || (key1 === "members")) || (key1 === "schedules")) || (key1 === "roles"))){
const err6 = {instancePath:instancePath+"/prune",schemaPath:"#/definitions/Prune/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.users !== undefined){
let data4 = data3.users;
if(typeof data4 !== "boolean"){
const err7 = {instancePath:instancePath+"/prune/users",schemaPath:"#/definitions/Prune/properties/users/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.users.type,parentSchema:schema17.properties.users,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.extensions !== undefined){
let data5 = data3.extensions;
if(typeof data5 !== "boolean"){
const err8 = {instancePath:instancePath+"/prune/extensions",schemaPath:"#/definitions/Prune/properties/extensions/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.extensions.type,parentSchema:schema17.properties.extensions,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.departments !== undefined){
let data6 = data3.departments;
if(typeof data6 !== "boolean"){
const err9 = {instancePath:instancePath+"/prune/departments",schemaPath:"#/definitions/Prune/properties/departments/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.departments.type,parentSchema:schema17.properties.departments,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.members !== undefined){
let data7 = data3.members;
if(typeof data7 !== "boolean"){
const err10 = {instancePath:instancePath+"/prune/members",schemaPath:"#/definitions/Prune/properties/members/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.members.type,parentSchema:schema17.properties.members,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.schedules !== undefined){
let data8 = data3.schedules;
if(typeof data8 !== "boolean"){
const err11 = {instancePath:instancePath+"/prune/schedules",schemaPath:"#/definitions/Prune/properties/schedules/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.schedules.type,parentSchema:schema17.properties.schedules,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.roles !== undefined){
let data9 = data3.roles;
if(typeof data9 !== "boolean"){
const err12 = {instancePath:instancePath+"/prune/roles",schemaPath:"#/definitions/Prune/properties/roles/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema17.properties.roles.type,parentSchema:schema17.properties.roles,data:data9};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/prune",schemaPath:"#/definitions/Prune/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.ignore !== undefined){
let data10 = data.ignore;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(Object.keys(data11).length < 1){
const err14 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/definitions/IgnoreRule/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data11){
if(!(((key2 === "email") || (key2 === "extension")) || (key2 === "name"))){
const err15 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/definitions/IgnoreRule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data11.email !== undefined){
let data12 = data11.email;
if(typeof data12 === "string"){
if(func2(data12) < 1){
const err16 = {instancePath:instancePath+"/ignore/" + i1+"/email",schemaPath:"#/definitions/IgnoreRule/properties/email/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.email,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/ignore/" + i1+"/email",schemaPath:"#/definitions/IgnoreRule/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.email.type,parentSchema:schema18.properties.email,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.extension !== undefined){
let data13 = data11.extension;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err18 = {instancePath:instancePath+"/ignore/" + i1+"/extension",schemaPath:"#/definitions/IgnoreRule/properties/extension/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.extension,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/ignore/" + i1+"/extension",schemaPath:"#/definitions/IgnoreRule/properties/extension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.extension.type,parentSchema:schema18.properties.extension,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.name !== undefined){
let data14 = data11.name;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err20 = {instancePath:instancePath+"/ignore/" + i1+"/name",schemaPath:"#/definitions/IgnoreRule/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.name,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/ignore/" + i1+"/name",schemaPath:"#/definitions/IgnoreRule/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.name.type,parentSchema:schema18.properties.name,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/definitions/IgnoreRule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema16.properties.ignore.type,parentSchema:schema16.properties.ignore,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.guards !== undefined){
let data15 = data.guards;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key3 in data15){
if(!(((key3 === "maxDeletes") || (key3 === "maxDeletePercent")) || (key3 === "protectedUsers"))){
const err24 = {instancePath:instancePath+"/guards",schemaPath:"#/definitions/Guards/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data15.maxDeletes !== undefined){
let data16 = data15.maxDeletes;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err25 = {instancePath:instancePath+"/guards/maxDeletes",schemaPath:"#/definitions/Guards/properties/maxDeletes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.maxDeletes.type,parentSchema:schema19.properties.maxDeletes,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err26 = {instancePath:instancePath+"/guards/maxDeletes",schemaPath:"#/definitions/Guards/properties/maxDeletes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.maxDeletes,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data15.maxDeletePercent !== undefined){
let data17 = data15.maxDeletePercent;
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 100 || isNaN(data17)){
const err27 = {instancePath:instancePath+"/guards/maxDeletePercent",schemaPath:"#/definitions/Guards/properties/maxDeletePercent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema19.properties.maxDeletePercent,data:data17};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err28 = {instancePath:instancePath+"/guards/maxDeletePercent",schemaPath:"#/definitions/Guards/properties/maxDeletePercent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema19.properties.maxDeletePercent,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/guards/maxDeletePercent",schemaPath:"#/definitions/Guards/properties/maxDeletePercent/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema19.properties.maxDeletePercent.type,parentSchema:schema19.properties.maxDeletePercent,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data15.protectedUsers !== undefined){
let data18 = data15.protectedUsers;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
let data19 = data18[i2];
if(typeof data19 === "string"){
if(!(formats0.test(data19))){
const err30 = {instancePath:instancePath+"/guards/protectedUsers/" + i2,schemaPath:"#/definitions/Guards/properties/protectedUsers/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema19.properties.protectedUsers.items,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/guards/protectedUsers/" + i2,schemaPath:"#/definitions/Guards/properties/protectedUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.protectedUsers.items.type,parentSchema:schema19.properties.protectedUsers.items,data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/guards/protectedUsers",schemaPath:"#/definitions/Guards/properties/protectedUsers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema19.properties.protectedUsers.type,parentSchema:schema19.properties.protectedUsers,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/guards",schemaPath:"#/definitions/Guards/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data:data15};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.invites !== undefined){
let data20 = data.invites;
if(!((data20 === "auto") || (data20 === "never"))){
const err34 = {instancePath:instancePath+"/invites",schemaPath:"#/properties/invites/enum",keyword:"enum",params:{allowedValues: schema16.properties.invites.enum},message:"must be equal to one of the allowed values",schema:schema16.properties.invites.enum,parentSchema:schema16.properties.invites,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.coverage !== undefined){
if(!(validate14(data.coverage, {instancePath:instancePath+"/coverage",parentData:data,parentDataProperty:"coverage",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema16.type,parentSchema:schema16,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema25 = {"description":"A custom role: a built-in base role with permission switches turned on or off.","examples":[{"name":"team-lead","base":"supervisor","permissions":{"listenToCalls":true}}],"type":"object","additionalProperties":false,"required":["name","base"],"properties":{"name":{"description":"Name of the role, used by users' `role`. Must not be the name of a built-in role.","type":"string","pattern":"^[a-z][a-z0-9-]{0,39}$","examples":["team-lead"]},"base":{"$ref":"#/definitions/BuiltinRole"},"description":{"description":"What the role is for.","type":"string","examples":["Supervisor who may also export reports"]},"permissions":{"description":"Permission switches on top of the base role, by name (camelCase). Which names a vendor knows is checked by its provider.","type":"object","propertyNames":{"pattern":"^[a-z][A-Za-z0-9]*$"},"additionalProperties":{"type":"boolean"},"examples":[{"listenToCalls":true,"exportReports":false}]},"vendor":{"$ref":"#/definitions/VendorFields"}}};
const schema26 = {"description":"A built-in role every vendor maps to its own: agent (takes calls), supervisor (monitors agents), manager (manages departments), admin (manages the organisation), owner (the account owner).","enum":["agent","supervisor","manager","admin","owner"],"examples":["supervisor"]};
const pattern6 = new RegExp("^[a-z][a-z0-9-]{0,39}$", "u");
const pattern7 = new RegExp("^[a-z][A-Za-z0-9]*$", "u");

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.base === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "base")) || (key0 === "description")) || (key0 === "permissions")) || (key0 === "vendor"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z][a-z0-9-]{0,39}$",parentSchema:schema25.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.base !== undefined){
let data1 = data.base;
if(!(((((data1 === "agent") || (data1 === "supervisor")) || (data1 === "manager")) || (data1 === "admin")) || (data1 === "owner"))){
const err5 = {instancePath:instancePath+"/base",schemaPath:"#/definitions/BuiltinRole/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.permissions !== undefined){
let data3 = data.permissions;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern7.test(key1)){
const err7 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[a-z][A-Za-z0-9]*$"+"\"",schema:"^[a-z][A-Za-z0-9]*$",parentSchema:schema25.properties.permissions.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
const err8 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema25.properties.permissions.propertyNames,parentSchema:schema25.properties.permissions,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 !== "boolean"){
const err9 = {instancePath:instancePath+"/permissions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/permissions/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.permissions.additionalProperties.type,parentSchema:schema25.properties.permissions.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.permissions.type,parentSchema:schema25.properties.permissions,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.vendor !== undefined){
let data5 = data.vendor;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(((((key3 === "sandbox") || (key3 === "netsapiens")) || (key3 === "smartflo")) || (key3 === "myoperator")) || (key3 === "squaretalk"))){
const err11 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.sandbox !== undefined){
let data6 = data5.sandbox;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err12 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.netsapiens !== undefined){
let data7 = data5.netsapiens;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err13 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.smartflo !== undefined){
let data8 = data5.smartflo;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err14 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.myoperator !== undefined){
let data9 = data5.myoperator;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err15 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.squaretalk !== undefined){
let data10 = data5.squaretalk;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err16 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

const schema28 = {"description":"Call-receiving hours. Outside the slots, calls are not offered (departments use their failover).","examples":[{"name":"business-hours","weekly":{"mon":["09:00-18:00"]},"holidays":[{"date":"2026-12-25"}]}],"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Name of the schedule, used by `receiveCalls` and `hours`.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$","examples":["business-hours"]},"timezone":{"description":"IANA timezone the slots are in. Defaults to settings.timezone.","type":"string","minLength":1,"examples":["Asia/Kolkata"]},"weekly":{"$ref":"#/definitions/Weekly"},"holidays":{"description":"Dates on which the schedule is closed all day.","type":"array","items":{"$ref":"#/definitions/Holiday"},"examples":[[{"date":"2026-12-25","name":"Christmas"}]]},"overrides":{"description":"Dates with their own slots instead of the weekly ones (an empty list closes the day).","type":"array","items":{"$ref":"#/definitions/DateOverride"},"examples":[[{"date":"2026-12-31","slots":["09:00-13:00"]}]]},"vendor":{"$ref":"#/definitions/VendorFields"}}};
const schema32 = {"description":"A date on which the schedule is closed.","examples":[{"date":"2026-12-25","name":"Christmas"}],"type":"object","additionalProperties":false,"required":["date"],"properties":{"date":{"description":"The date, YYYY-MM-DD.","type":"string","format":"date","examples":["2026-12-25"]},"name":{"description":"What the holiday is.","type":"string","examples":["Christmas"]}}};
const pattern8 = new RegExp("^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$", "u");
const schema29 = {"description":"Open time slots per weekday, each HH:MM-HH:MM in 24-hour time. A day not listed is closed.","type":"object","additionalProperties":false,"properties":{"mon":{"$ref":"#/definitions/Slots"},"tue":{"$ref":"#/definitions/Slots"},"wed":{"$ref":"#/definitions/Slots"},"thu":{"$ref":"#/definitions/Slots"},"fri":{"$ref":"#/definitions/Slots"},"sat":{"$ref":"#/definitions/Slots"},"sun":{"$ref":"#/definitions/Slots"}},"examples":[{"mon":["09:00-13:00","14:00-18:00"],"sat":["10:00-14:00"]}]};
const schema30 = {"description":"Time slots in one day, HH:MM-HH:MM, end after start, not overlapping.","type":"array","items":{"$ref":"#/definitions/Slot"},"examples":[["09:00-13:00","14:00-18:00"]]};
const schema31 = {"description":"One open time slot, HH:MM-HH:MM in 24-hour time (24:00 allowed as an end).","type":"string","pattern":"^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$","examples":["09:00-18:00"]};
const pattern9 = new RegExp("^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/Slot/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$"+"\"",schema:"^[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}$",parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/definitions/Slot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.type,parentSchema:schema31,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "mon") || (key0 === "tue")) || (key0 === "wed")) || (key0 === "thu")) || (key0 === "fri")) || (key0 === "sat")) || (key0 === "sun"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.mon !== undefined){
if(!(validate21(data.mon, {instancePath:instancePath+"/mon",parentData:data,parentDataProperty:"mon",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.tue !== undefined){
if(!(validate21(data.tue, {instancePath:instancePath+"/tue",parentData:data,parentDataProperty:"tue",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.wed !== undefined){
if(!(validate21(data.wed, {instancePath:instancePath+"/wed",parentData:data,parentDataProperty:"wed",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.thu !== undefined){
if(!(validate21(data.thu, {instancePath:instancePath+"/thu",parentData:data,parentDataProperty:"thu",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.fri !== undefined){
if(!(validate21(data.fri, {instancePath:instancePath+"/fri",parentData:data,parentDataProperty:"fri",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sat !== undefined){
if(!(validate21(data.sat, {instancePath:instancePath+"/sat",parentData:data,parentDataProperty:"sat",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sun !== undefined){
if(!(validate21(data.sun, {instancePath:instancePath+"/sun",parentData:data,parentDataProperty:"sun",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema33 = {"description":"A date with its own slots.","examples":[{"date":"2026-12-31","slots":["09:00-13:00"]}],"type":"object","additionalProperties":false,"required":["date","slots"],"properties":{"date":{"description":"The date, YYYY-MM-DD.","type":"string","format":"date","examples":["2026-12-31"]},"slots":{"$ref":"#/definitions/Slots"}}};
const formats2 = ajvRuntime("ajv-formats/dist/formats").fullFormats.date;

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.slots === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slots"},message:"must have required property '"+"slots"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "date") || (key0 === "slots"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.date !== undefined){
let data0 = data.date;
if(typeof data0 === "string"){
if(!(formats2.validate(data0))){
const err3 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema33.properties.date,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.date.type,parentSchema:schema33.properties.date,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.slots !== undefined){
if(!(validate21(data.slots, {instancePath:instancePath+"/slots",parentData:data,parentDataProperty:"slots",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "timezone")) || (key0 === "weekly")) || (key0 === "holidays")) || (key0 === "overrides")) || (key0 === "vendor"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$",parentSchema:schema28.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.name.type,parentSchema:schema28.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timezone !== undefined){
let data1 = data.timezone;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.timezone.type,parentSchema:schema28.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.weekly !== undefined){
if(!(validate20(data.weekly, {instancePath:instancePath+"/weekly",parentData:data,parentDataProperty:"weekly",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.holidays !== undefined){
let data3 = data.holidays;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.date === undefined){
const err6 = {instancePath:instancePath+"/holidays/" + i0,schemaPath:"#/definitions/Holiday/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema32.required,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "date") || (key1 === "name"))){
const err7 = {instancePath:instancePath+"/holidays/" + i0,schemaPath:"#/definitions/Holiday/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.date !== undefined){
let data5 = data4.date;
if(typeof data5 === "string"){
if(!(formats2.validate(data5))){
const err8 = {instancePath:instancePath+"/holidays/" + i0+"/date",schemaPath:"#/definitions/Holiday/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema32.properties.date,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/holidays/" + i0+"/date",schemaPath:"#/definitions/Holiday/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.date.type,parentSchema:schema32.properties.date,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.name !== undefined){
let data6 = data4.name;
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/holidays/" + i0+"/name",schemaPath:"#/definitions/Holiday/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/holidays/" + i0,schemaPath:"#/definitions/Holiday/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.holidays.type,parentSchema:schema28.properties.holidays,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.overrides !== undefined){
let data7 = data.overrides;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate30(data7[i1], {instancePath:instancePath+"/overrides/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.overrides.type,parentSchema:schema28.properties.overrides,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.vendor !== undefined){
let data9 = data.vendor;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(((((key2 === "sandbox") || (key2 === "netsapiens")) || (key2 === "smartflo")) || (key2 === "myoperator")) || (key2 === "squaretalk"))){
const err14 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.sandbox !== undefined){
let data10 = data9.sandbox;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err15 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.netsapiens !== undefined){
let data11 = data9.netsapiens;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err16 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.smartflo !== undefined){
let data12 = data9.smartflo;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err17 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.myoperator !== undefined){
let data13 = data9.myoperator;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err18 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.squaretalk !== undefined){
let data14 = data9.squaretalk;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err19 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema35 = {"description":"A phone extension and how it connects.","examples":[{"number":"101","type":"sip","device":{"mac":"00:1A:2B:3C:4D:5E"}}],"type":"object","additionalProperties":false,"required":["number"],"properties":{"number":{"$ref":"#/definitions/ExtensionNumber"},"type":{"description":"How calls reach it: `web` (browser dashboard only), `sip` (softphone or IP phone), `sip-tls` (SIP over TLS). Default web.","enum":["web","sip","sip-tls"],"default":"web","examples":["sip"]},"forceLogin":{"description":"Calls ring only while the user is logged in to the dashboard. Default false.","type":"boolean","default":false,"examples":[true]},"callerId":{"description":"Outbound caller id, E.164.","type":"string","pattern":"^\\+[1-9][0-9]{6,14}$","examples":["+912240001000"]},"device":{"$ref":"#/definitions/Device"},"vendor":{"$ref":"#/definitions/VendorFields"}}};
const schema36 = {"description":"An extension number: 2 to 8 digits, written as a string so leading zeros survive.","type":"string","pattern":"^[0-9]{2,8}$","examples":["101"]};
const schema37 = {"description":"A desk phone provisioned for the extension.","examples":[{"mac":"00:1A:2B:3C:4D:5E","model":"Yealink T54W"}],"type":"object","additionalProperties":false,"required":["mac"],"properties":{"mac":{"description":"MAC address, six hex pairs separated by colons.","type":"string","pattern":"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$","examples":["00:1A:2B:3C:4D:5E"]},"model":{"description":"Phone model as the vendor names it.","type":"string","examples":["Yealink T54W"]}}};
const pattern10 = new RegExp("^[0-9]{2,8}$", "u");
const pattern11 = new RegExp("^\\+[1-9][0-9]{6,14}$", "u");
const pattern12 = new RegExp("^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "number") || (key0 === "type")) || (key0 === "forceLogin")) || (key0 === "callerId")) || (key0 === "device")) || (key0 === "vendor"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err2 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/ExtensionNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}$"+"\"",schema:"^[0-9]{2,8}$",parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/ExtensionNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!(((data1 === "web") || (data1 === "sip")) || (data1 === "sip-tls"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.type.enum,parentSchema:schema35.properties.type,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.forceLogin !== undefined){
let data2 = data.forceLogin;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/forceLogin",schemaPath:"#/properties/forceLogin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.forceLogin.type,parentSchema:schema35.properties.forceLogin,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.callerId !== undefined){
let data3 = data.callerId;
if(typeof data3 === "string"){
if(!pattern11.test(data3)){
const err6 = {instancePath:instancePath+"/callerId",schemaPath:"#/properties/callerId/pattern",keyword:"pattern",params:{pattern: "^\\+[1-9][0-9]{6,14}$"},message:"must match pattern \""+"^\\+[1-9][0-9]{6,14}$"+"\"",schema:"^\\+[1-9][0-9]{6,14}$",parentSchema:schema35.properties.callerId,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/callerId",schemaPath:"#/properties/callerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.callerId.type,parentSchema:schema35.properties.callerId,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.device !== undefined){
let data4 = data.device;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.mac === undefined){
const err8 = {instancePath:instancePath+"/device",schemaPath:"#/definitions/Device/required",keyword:"required",params:{missingProperty: "mac"},message:"must have required property '"+"mac"+"'",schema:schema37.required,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "mac") || (key1 === "model"))){
const err9 = {instancePath:instancePath+"/device",schemaPath:"#/definitions/Device/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.mac !== undefined){
let data5 = data4.mac;
if(typeof data5 === "string"){
if(!pattern12.test(data5)){
const err10 = {instancePath:instancePath+"/device/mac",schemaPath:"#/definitions/Device/properties/mac/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"+"\"",schema:"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$",parentSchema:schema37.properties.mac,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/device/mac",schemaPath:"#/definitions/Device/properties/mac/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.mac.type,parentSchema:schema37.properties.mac,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.model !== undefined){
let data6 = data4.model;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/device/model",schemaPath:"#/definitions/Device/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.model.type,parentSchema:schema37.properties.model,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/device",schemaPath:"#/definitions/Device/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.vendor !== undefined){
let data7 = data.vendor;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(((((key2 === "sandbox") || (key2 === "netsapiens")) || (key2 === "smartflo")) || (key2 === "myoperator")) || (key2 === "squaretalk"))){
const err14 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.sandbox !== undefined){
let data8 = data7.sandbox;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err15 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.netsapiens !== undefined){
let data9 = data7.netsapiens;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err16 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.smartflo !== undefined){
let data10 = data7.smartflo;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err17 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.myoperator !== undefined){
let data11 = data7.myoperator;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err18 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.squaretalk !== undefined){
let data12 = data7.squaretalk;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err19 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

const schema39 = {"description":"A person: panel login, extension, role, call-receiving hours and departments.","examples":[{"email":"priya@example.com","name":"Priya Sharma","extension":"101","departments":["Sales"]}],"type":"object","additionalProperties":false,"required":["email","name"],"properties":{"email":{"description":"The user's identity and login. To change it, put the old one under `previously`.","type":"string","format":"email","examples":["priya@example.com"]},"name":{"description":"Full name as shown in the panel and caller id.","type":"string","minLength":1,"maxLength":100,"examples":["Priya Sharma"]},"phone":{"description":"Mobile or direct number, E.164 (+ country code, no spaces).","type":"string","examples":["+919876543210"]},"extension":{"$ref":"#/definitions/ExtensionNumber"},"role":{"description":"A built-in role (agent, supervisor, manager, admin, owner) or the name of a custom role declared under `roles`. Default agent.","type":"string","minLength":1,"default":"agent","examples":["agent","supervisor","manager","admin","owner"]},"panelAccess":{"description":"true: a pro user who logs in to the panel (and is invited); false: call-only. Default true.","type":"boolean","default":true,"examples":[true]},"status":{"description":"active or disabled (kept, but cannot log in or take calls). Default active.","enum":["active","disabled"],"default":"active","examples":["active"]},"receiveCalls":{"description":"When the user takes calls: `always`, `never`, or the name of a schedule. Default always.","type":"string","minLength":1,"default":"always","examples":["business-hours"]},"forwarding":{"$ref":"#/definitions/Forwarding"},"voicemail":{"$ref":"#/definitions/Voicemail"},"departments":{"description":"Departments this user is a member of, by name. Adds the user at the end of each department's member list unless the department lists them itself.","type":"array","items":{"type":"string","minLength":1,"description":"A department name.","examples":["Sales"]},"examples":[["Sales","Support"]]},"invite":{"description":"Invite policy for this user, overriding settings.invites. Default: settings.invites.","enum":["auto","never"],"examples":["never"]},"previously":{"description":"Earlier emails of this user, so that an email change is planned as an update, not a delete and a create.","type":"array","items":{"type":"string","format":"email","description":"An earlier email.","examples":["priya.s@example.com"]},"examples":[["priya.s@example.com"]]},"loginId":{"description":"The id the user signs in to the panel with, at least 6 characters (Smartflo's Login ID). Left out: unmanaged; a new user signs in with the email. Smartflo only.","type":"string","minLength":1,"maxLength":100,"examples":["priya.sharma"]},"loginBasedCalling":{"description":"Calls reach the user only while signed in to the panel (Smartflo's Login Based Calling). Left out: unmanaged. Smartflo only.","type":"boolean","examples":[true]},"callerIds":{"description":"Numbers of the account the user may call out as (Smartflo's Allowed Caller IDs), E.164; the first is the extension's caller id. Left out: unmanaged (a new Smartflo user gets provider.vendor.smartflo.caller_id or the account's only number). Smartflo only.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^\\+[1-9]\\d{6,14}$","description":"A number of the account, E.164.","examples":["+912240001000"]},"examples":[["+912240001000"]]},"agentGroups":{"description":"Agent groups the user's agent belongs to, by name as the panel shows them (Smartflo's Agent Group). Left out: unmanaged. Smartflo only.","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"description":"An agent group's name.","examples":["Inbound"]},"examples":[["Inbound"]]},"reportsOf":{"description":"Whose call records (CDR) and reports the user sees in the panel: `all`, or a list of users by email ([] for no one else's). Smartflo's Users for CDR/Reports. Left out: unmanaged. Smartflo only.","oneOf":[{"const":"all","description":"Everyone's call records."},{"type":"array","uniqueItems":true,"items":{"type":"string","format":"email","description":"A declared user's email.","examples":["arjun@example.com"]},"examples":[["arjun@example.com"]]}],"examples":["all",["arjun@example.com"]]},"allowedIps":{"description":"IP addresses the user may sign in to the panel from ([] or left out of a new user: any). Smartflo's Allowed IPs, which no public API sets: the plan makes it a panel step. Left out: unmanaged. Smartflo only.","type":"array","uniqueItems":true,"items":{"type":"string","description":"An IPv4 or IPv6 address, optionally with a /prefix.","examples":["203.0.113.7"]},"examples":[["203.0.113.7"]]},"vendor":{"$ref":"#/definitions/VendorFields"}}};
const func10 = Object.prototype.hasOwnProperty;
const pattern23 = new RegExp("^\\+[1-9]\\d{6,14}$", "u");
const schema41 = {"description":"Call forwarding: where the user's calls go always, when busy, when not answered, or when no phone is connected; each target a number or `voicemail`. `schedules` gives other forwarding while a schedule is open (the first listed open schedule wins). Left out, the vendor's forwarding is left as it is; written, it is the whole forwarding (`forwarding: {}` turns every forward off).","examples":[{"busy":"voicemail","noAnswer":{"to":"+919876543210","after":25},"schedules":[{"schedule":"after-hours","always":"voicemail"}]}],"type":"object","additionalProperties":false,"properties":{"always":{"$ref":"#/definitions/ForwardTarget","description":"Forward every call; the user's phones do not ring."},"busy":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls that arrive while the user is on a call."},"noAnswer":{"$ref":"#/definitions/NoAnswerForward"},"unregistered":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls while none of the user's phones is connected (registered)."},"schedules":{"description":"Forwarding by schedule, first match first: while a listed schedule is open, its forwarding applies instead of the one above. A schedule appears at most once.","type":"array","items":{"$ref":"#/definitions/ScheduledForwarding"},"examples":[[{"schedule":"after-hours","always":"voicemail"}]]}}};
const schema42 = {"description":"Where a forwarded call goes: an E.164 number (+ country code, no spaces) or `voicemail` (the user's own voicemail box).","type":"string","pattern":"^(voicemail|\\+[1-9]\\d{6,14})$","patternErrorMessage":"Not a forwarding target: write `voicemail` or an E.164 number (+ and the country code, then the number, no spaces), e.g. +919876543210.","examples":["voicemail","+919876543210"]};
const pattern14 = new RegExp("^(voicemail|\\+[1-9]\\d{6,14})$", "u");
const schema44 = {"description":"Forward a call the user does not answer: where to, and after how many seconds of ringing.","examples":[{"to":"voicemail","after":20}],"type":"object","additionalProperties":false,"required":["to"],"properties":{"to":{"$ref":"#/definitions/ForwardTarget"},"after":{"description":"Seconds the user's phones ring before the call is forwarded, 5 to 300. Default 20.","type":"integer","minimum":5,"maximum":300,"default":20,"examples":[20]}}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.to === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "to") || (key0 === "after"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.to !== undefined){
let data0 = data.to;
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
const err2 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/ForwardTarget/pattern",keyword:"pattern",params:{pattern: "^(voicemail|\\+[1-9]\\d{6,14})$"},message:"must match pattern \""+"^(voicemail|\\+[1-9]\\d{6,14})$"+"\"",schema:"^(voicemail|\\+[1-9]\\d{6,14})$",parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/to",schemaPath:"#/definitions/ForwardTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.after !== undefined){
let data1 = data.after;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.after.type,parentSchema:schema44.properties.after,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 300 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 300},message:"must be <= 300",schema:300,parentSchema:schema44.properties.after,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 5 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/after",schemaPath:"#/properties/after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema44.properties.after,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

const schema47 = {"description":"Forwarding that applies while a schedule is open, instead of the user's other forwarding: the schedule and at least one forward.","examples":[{"schedule":"after-hours","always":"voicemail"}],"type":"object","additionalProperties":false,"required":["schedule"],"minProperties":2,"properties":{"schedule":{"description":"The name of a schedule under `schedules`.","type":"string","minLength":1,"examples":["after-hours"]},"always":{"$ref":"#/definitions/ForwardTarget","description":"Forward every call while the schedule is open; the user's phones do not ring."},"busy":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls that arrive while the user is on a call."},"noAnswer":{"$ref":"#/definitions/NoAnswerForward"},"unregistered":{"$ref":"#/definitions/ForwardTarget","description":"Forward calls while none of the user's phones is connected (registered)."}}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 2){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 2},message:"must NOT have fewer than 2 properties",schema:2,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.schedule === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "schedule") || (key0 === "always")) || (key0 === "busy")) || (key0 === "noAnswer")) || (key0 === "unregistered"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.schedule !== undefined){
let data0 = data.schedule;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.schedule,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.schedule.type,parentSchema:schema47.properties.schedule,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.always !== undefined){
let data1 = data.always;
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err5 = {instancePath:instancePath+"/always",schemaPath:"#/definitions/ForwardTarget/pattern",keyword:"pattern",params:{pattern: "^(voicemail|\\+[1-9]\\d{6,14})$"},message:"must match pattern \""+"^(voicemail|\\+[1-9]\\d{6,14})$"+"\"",schema:"^(voicemail|\\+[1-9]\\d{6,14})$",parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/always",schemaPath:"#/definitions/ForwardTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.busy !== undefined){
let data2 = data.busy;
if(typeof data2 === "string"){
if(!pattern14.test(data2)){
const err7 = {instancePath:instancePath+"/busy",schemaPath:"#/definitions/ForwardTarget/pattern",keyword:"pattern",params:{pattern: "^(voicemail|\\+[1-9]\\d{6,14})$"},message:"must match pattern \""+"^(voicemail|\\+[1-9]\\d{6,14})$"+"\"",schema:"^(voicemail|\\+[1-9]\\d{6,14})$",parentSchema:schema42,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/busy",schemaPath:"#/definitions/ForwardTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.noAnswer !== undefined){
if(!(validate38(data.noAnswer, {instancePath:instancePath+"/noAnswer",parentData:data,parentDataProperty:"noAnswer",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.unregistered !== undefined){
let data4 = data.unregistered;
if(typeof data4 === "string"){
if(!pattern14.test(data4)){
const err9 = {instancePath:instancePath+"/unregistered",schemaPath:"#/definitions/ForwardTarget/pattern",keyword:"pattern",params:{pattern: "^(voicemail|\\+[1-9]\\d{6,14})$"},message:"must match pattern \""+"^(voicemail|\\+[1-9]\\d{6,14})$"+"\"",schema:"^(voicemail|\\+[1-9]\\d{6,14})$",parentSchema:schema42,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/unregistered",schemaPath:"#/definitions/ForwardTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "always") || (key0 === "busy")) || (key0 === "noAnswer")) || (key0 === "unregistered")) || (key0 === "schedules"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.always !== undefined){
let data0 = data.always;
if(typeof data0 === "string"){
if(!pattern14.test(data0)){
const err1 = {instancePath:instancePath+"/always",schemaPath:"#/definitions/ForwardTarget/pattern",keyword:"pattern",params:{pattern: "^(voicemail|\\+[1-9]\\d{6,14})$"},message:"must match pattern \""+"^(voicemail|\\+[1-9]\\d{6,14})$"+"\"",schema:"^(voicemail|\\+[1-9]\\d{6,14})$",parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/always",schemaPath:"#/definitions/ForwardTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.busy !== undefined){
let data1 = data.busy;
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
const err3 = {instancePath:instancePath+"/busy",schemaPath:"#/definitions/ForwardTarget/pattern",keyword:"pattern",params:{pattern: "^(voicemail|\\+[1-9]\\d{6,14})$"},message:"must match pattern \""+"^(voicemail|\\+[1-9]\\d{6,14})$"+"\"",schema:"^(voicemail|\\+[1-9]\\d{6,14})$",parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/busy",schemaPath:"#/definitions/ForwardTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.noAnswer !== undefined){
if(!(validate38(data.noAnswer, {instancePath:instancePath+"/noAnswer",parentData:data,parentDataProperty:"noAnswer",rootData}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.unregistered !== undefined){
let data3 = data.unregistered;
if(typeof data3 === "string"){
if(!pattern14.test(data3)){
const err5 = {instancePath:instancePath+"/unregistered",schemaPath:"#/definitions/ForwardTarget/pattern",keyword:"pattern",params:{pattern: "^(voicemail|\\+[1-9]\\d{6,14})$"},message:"must match pattern \""+"^(voicemail|\\+[1-9]\\d{6,14})$"+"\"",schema:"^(voicemail|\\+[1-9]\\d{6,14})$",parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/unregistered",schemaPath:"#/definitions/ForwardTarget/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.type,parentSchema:schema42,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schedules !== undefined){
let data4 = data.schedules;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate40(data4[i0], {instancePath:instancePath+"/schedules/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/schedules",schemaPath:"#/properties/schedules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.schedules.type,parentSchema:schema41.properties.schedules,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}

const schema51 = {"description":"The user's voicemail box. Left out, the vendor's voicemail settings are left as they are.","examples":[{"enabled":true,"email":"attach","pin":{"env":"PRIYA_VOICEMAIL_PIN"}}],"type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Whether the user has a voicemail box. Default true.","type":"boolean","default":true,"examples":[true]},"email":{"description":"Email on a new message: `attach` (the recording attached), `notify` (a notice with a link, no recording) or `none`. Default none.","enum":["attach","notify","none"],"default":"none","examples":["attach"]},"pin":{"$ref":"#/definitions/SecretRef","description":"The voicemail PIN (4 to 10 digits), from an environment variable or the credentials file; never written in org.yaml. ringform sets it and never reads it back: see README, Voicemail PIN."}}};
const schema52 = {"description":"Where a secret comes from, never the secret itself: `env` names an environment variable, `credential` a key of the provider's credentials file (provider.credentials.file).","examples":[{"env":"PRIYA_VOICEMAIL_PIN"},{"credential":"priyaVoicemailPin"}],"oneOf":[{"type":"object","additionalProperties":false,"required":["env"],"properties":{"env":{"description":"Name of the environment variable holding the secret.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","examples":["PRIYA_VOICEMAIL_PIN"]}}},{"type":"object","additionalProperties":false,"required":["credential"],"properties":{"credential":{"description":"Key of the credentials file (provider.credentials.file) holding the secret.","type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_.-]*$","examples":["priyaVoicemailPin"]}}}]};
const pattern22 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "enabled") || (key0 === "email")) || (key0 === "pin"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.enabled !== undefined){
let data0 = data.enabled;
if(typeof data0 !== "boolean"){
const err1 = {instancePath:instancePath+"/enabled",schemaPath:"#/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.enabled.type,parentSchema:schema51.properties.enabled,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.email !== undefined){
let data1 = data.email;
if(!(((data1 === "attach") || (data1 === "notify")) || (data1 === "none"))){
const err2 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/enum",keyword:"enum",params:{allowedValues: schema51.properties.email.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.email.enum,parentSchema:schema51.properties.email,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.pin !== undefined){
let data2 = data.pin;
const _errs7 = errors;
let valid2 = false;
let passing0 = null;
const _errs8 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.env === undefined){
const err3 = {instancePath:instancePath+"/pin",schemaPath:"#/definitions/SecretRef/oneOf/0/required",keyword:"required",params:{missingProperty: "env"},message:"must have required property '"+"env"+"'",schema:schema52.oneOf[0].required,parentSchema:schema52.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data2){
if(!(key1 === "env")){
const err4 = {instancePath:instancePath+"/pin",schemaPath:"#/definitions/SecretRef/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema52.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.env !== undefined){
let data3 = data2.env;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err5 = {instancePath:instancePath+"/pin/env",schemaPath:"#/definitions/SecretRef/oneOf/0/properties/env/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema52.oneOf[0].properties.env,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/pin/env",schemaPath:"#/definitions/SecretRef/oneOf/0/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.oneOf[0].properties.env.type,parentSchema:schema52.oneOf[0].properties.env,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/pin",schemaPath:"#/definitions/SecretRef/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.oneOf[0].type,parentSchema:schema52.oneOf[0],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs13 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.credential === undefined){
const err8 = {instancePath:instancePath+"/pin",schemaPath:"#/definitions/SecretRef/oneOf/1/required",keyword:"required",params:{missingProperty: "credential"},message:"must have required property '"+"credential"+"'",schema:schema52.oneOf[1].required,parentSchema:schema52.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key2 in data2){
if(!(key2 === "credential")){
const err9 = {instancePath:instancePath+"/pin",schemaPath:"#/definitions/SecretRef/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema52.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.credential !== undefined){
let data4 = data2.credential;
if(typeof data4 === "string"){
if(!pattern22.test(data4)){
const err10 = {instancePath:instancePath+"/pin/credential",schemaPath:"#/definitions/SecretRef/oneOf/1/properties/credential/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_.-]*$",parentSchema:schema52.oneOf[1].properties.credential,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/pin/credential",schemaPath:"#/definitions/SecretRef/oneOf/1/properties/credential/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.oneOf[1].properties.credential.type,parentSchema:schema52.oneOf[1].properties.credential,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/pin",schemaPath:"#/definitions/SecretRef/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.oneOf[1].type,parentSchema:schema52.oneOf[1],data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err13 = {instancePath:instancePath+"/pin",schemaPath:"#/definitions/SecretRef/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema52.oneOf,parentSchema:schema52,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema39.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema39.properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.email.type,parentSchema:schema39.properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema39.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phone !== undefined){
let data2 = data.phone;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.phone.type,parentSchema:schema39.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.extension !== undefined){
let data3 = data.extension;
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
const err9 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}$"+"\"",schema:"^[0-9]{2,8}$",parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.role !== undefined){
let data4 = data.role;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.role,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.role.type,parentSchema:schema39.properties.role,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.panelAccess !== undefined){
let data5 = data.panelAccess;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/panelAccess",schemaPath:"#/properties/panelAccess/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.panelAccess.type,parentSchema:schema39.properties.panelAccess,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.status !== undefined){
let data6 = data.status;
if(!((data6 === "active") || (data6 === "disabled"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema39.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.status.enum,parentSchema:schema39.properties.status,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.receiveCalls !== undefined){
let data7 = data.receiveCalls;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err15 = {instancePath:instancePath+"/receiveCalls",schemaPath:"#/properties/receiveCalls/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.receiveCalls,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/receiveCalls",schemaPath:"#/properties/receiveCalls/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.receiveCalls.type,parentSchema:schema39.properties.receiveCalls,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.forwarding !== undefined){
if(!(validate37(data.forwarding, {instancePath:instancePath+"/forwarding",parentData:data,parentDataProperty:"forwarding",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.voicemail !== undefined){
if(!(validate44(data.voicemail, {instancePath:instancePath+"/voicemail",parentData:data,parentDataProperty:"voicemail",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.departments !== undefined){
let data10 = data.departments;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err17 = {instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.departments.items,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.departments.items.type,parentSchema:schema39.properties.departments.items,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.departments.type,parentSchema:schema39.properties.departments,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.invite !== undefined){
let data12 = data.invite;
if(!((data12 === "auto") || (data12 === "never"))){
const err20 = {instancePath:instancePath+"/invite",schemaPath:"#/properties/invite/enum",keyword:"enum",params:{allowedValues: schema39.properties.invite.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.invite.enum,parentSchema:schema39.properties.invite,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.previously !== undefined){
let data13 = data.previously;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(!(formats0.test(data14))){
const err21 = {instancePath:instancePath+"/previously/" + i1,schemaPath:"#/properties/previously/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema39.properties.previously.items,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/previously/" + i1,schemaPath:"#/properties/previously/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.previously.items.type,parentSchema:schema39.properties.previously.items,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/previously",schemaPath:"#/properties/previously/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.previously.type,parentSchema:schema39.properties.previously,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.loginId !== undefined){
let data15 = data.loginId;
if(typeof data15 === "string"){
if(func2(data15) > 100){
const err24 = {instancePath:instancePath+"/loginId",schemaPath:"#/properties/loginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema39.properties.loginId,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data15) < 1){
const err25 = {instancePath:instancePath+"/loginId",schemaPath:"#/properties/loginId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.loginId,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/loginId",schemaPath:"#/properties/loginId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.loginId.type,parentSchema:schema39.properties.loginId,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.loginBasedCalling !== undefined){
let data16 = data.loginBasedCalling;
if(typeof data16 !== "boolean"){
const err27 = {instancePath:instancePath+"/loginBasedCalling",schemaPath:"#/properties/loginBasedCalling/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.loginBasedCalling.type,parentSchema:schema39.properties.loginBasedCalling,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.callerIds !== undefined){
let data17 = data.callerIds;
if(Array.isArray(data17)){
if(data17.length < 1){
const err28 = {instancePath:instancePath+"/callerIds",schemaPath:"#/properties/callerIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39.properties.callerIds,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
let data18 = data17[i2];
if(typeof data18 === "string"){
if(!pattern23.test(data18)){
const err29 = {instancePath:instancePath+"/callerIds/" + i2,schemaPath:"#/properties/callerIds/items/pattern",keyword:"pattern",params:{pattern: "^\\+[1-9]\\d{6,14}$"},message:"must match pattern \""+"^\\+[1-9]\\d{6,14}$"+"\"",schema:"^\\+[1-9]\\d{6,14}$",parentSchema:schema39.properties.callerIds.items,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/callerIds/" + i2,schemaPath:"#/properties/callerIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.callerIds.items.type,parentSchema:schema39.properties.callerIds.items,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i3 = data17.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data17[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err31 = {instancePath:instancePath+"/callerIds",schemaPath:"#/properties/callerIds/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema39.properties.callerIds,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err32 = {instancePath:instancePath+"/callerIds",schemaPath:"#/properties/callerIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.callerIds.type,parentSchema:schema39.properties.callerIds,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.agentGroups !== undefined){
let data19 = data.agentGroups;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i4=0; i4<len3; i4++){
let data20 = data19[i4];
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err33 = {instancePath:instancePath+"/agentGroups/" + i4,schemaPath:"#/properties/agentGroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.agentGroups.items,data:data20};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/agentGroups/" + i4,schemaPath:"#/properties/agentGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.agentGroups.items.type,parentSchema:schema39.properties.agentGroups.items,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i5 = data19.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data19[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err35 = {instancePath:instancePath+"/agentGroups",schemaPath:"#/properties/agentGroups/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema39.properties.agentGroups,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err36 = {instancePath:instancePath+"/agentGroups",schemaPath:"#/properties/agentGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.agentGroups.type,parentSchema:schema39.properties.agentGroups,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.reportsOf !== undefined){
let data21 = data.reportsOf;
const _errs42 = errors;
let valid12 = false;
let passing0 = null;
const _errs43 = errors;
if("all" !== data21){
const err37 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf/0/const",keyword:"const",params:{allowedValue: "all"},message:"must be equal to constant",schema:"all",parentSchema:schema39.properties.reportsOf.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs43 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs44 = errors;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i6=0; i6<len4; i6++){
let data22 = data21[i6];
if(typeof data22 === "string"){
if(!(formats0.test(data22))){
const err38 = {instancePath:instancePath+"/reportsOf/" + i6,schemaPath:"#/properties/reportsOf/oneOf/1/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema39.properties.reportsOf.oneOf[1].items,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/reportsOf/" + i6,schemaPath:"#/properties/reportsOf/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.reportsOf.oneOf[1].items.type,parentSchema:schema39.properties.reportsOf.oneOf[1].items,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i7 = data21.length;
let j2;
if(i7 > 1){
const indices2 = {};
for(;i7--;){
let item2 = data21[i7];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err40 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema39.properties.reportsOf.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break;
}
indices2[item2] = i7;
}
}
}
else {
const err41 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.reportsOf.oneOf[1].type,parentSchema:schema39.properties.reportsOf.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid12){
valid12 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid12 = true;
passing0 = 1;
}
}
if(!valid12){
const err42 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema39.properties.reportsOf.oneOf,parentSchema:schema39.properties.reportsOf,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data.allowedIps !== undefined){
let data23 = data.allowedIps;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i8=0; i8<len5; i8++){
let data24 = data23[i8];
if(typeof data24 !== "string"){
const err43 = {instancePath:instancePath+"/allowedIps/" + i8,schemaPath:"#/properties/allowedIps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.allowedIps.items.type,parentSchema:schema39.properties.allowedIps.items,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i9 = data23.length;
let j3;
if(i9 > 1){
const indices3 = {};
for(;i9--;){
let item3 = data23[i9];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err44 = {instancePath:instancePath+"/allowedIps",schemaPath:"#/properties/allowedIps/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)",schema:true,parentSchema:schema39.properties.allowedIps,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices3[item3] = i9;
}
}
}
else {
const err45 = {instancePath:instancePath+"/allowedIps",schemaPath:"#/properties/allowedIps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.allowedIps.type,parentSchema:schema39.properties.allowedIps,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.vendor !== undefined){
let data25 = data.vendor;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key1 in data25){
if(!(((((key1 === "sandbox") || (key1 === "netsapiens")) || (key1 === "smartflo")) || (key1 === "myoperator")) || (key1 === "squaretalk"))){
const err46 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data25.sandbox !== undefined){
let data26 = data25.sandbox;
if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){
const err47 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data26};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data25.netsapiens !== undefined){
let data27 = data25.netsapiens;
if(!(data27 && typeof data27 == "object" && !Array.isArray(data27))){
const err48 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data27};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data25.smartflo !== undefined){
let data28 = data25.smartflo;
if(!(data28 && typeof data28 == "object" && !Array.isArray(data28))){
const err49 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data28};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.myoperator !== undefined){
let data29 = data25.myoperator;
if(!(data29 && typeof data29 == "object" && !Array.isArray(data29))){
const err50 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data29};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data25.squaretalk !== undefined){
let data30 = data25.squaretalk;
if(!(data30 && typeof data30 == "object" && !Array.isArray(data30))){
const err51 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data30};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

const schema54 = {"description":"A department (queue, hunt group): an extension that rings its members by a routing strategy.","examples":[{"name":"Sales","extension":"200","routing":"round-robin","members":["priya@example.com"]}],"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"Name of the department, its identity. At most 30 characters (the tightest vendor limit).","type":"string","minLength":1,"maxLength":30,"examples":["Sales"]},"extension":{"$ref":"#/definitions/ExtensionNumber"},"manager":{"description":"The department manager, by email.","type":"string","format":"email","examples":["meera@example.com"]},"routing":{"description":"How calls are offered: simultaneous (ring all), round-robin, serial (in member order, a.k.a. linear), longest-idle, or balanced (fewest calls). Default simultaneous.","enum":["simultaneous","round-robin","serial","longest-idle","balanced"],"default":"simultaneous","examples":["round-robin"]},"ringTimeout":{"description":"Seconds a call rings a member before moving on. Default 25.","type":"integer","minimum":5,"maximum":600,"default":25,"examples":[25]},"stickyAgent":{"description":"Send a returning caller to the member who last spoke to them. Default false.","type":"boolean","default":false,"examples":[true]},"hours":{"description":"Schedule during which the department takes calls (name). Default: always open.","type":"string","minLength":1,"examples":["business-hours"]},"failover":{"$ref":"#/definitions/Failover"},"members":{"description":"Members in ring order.","type":"array","items":{"$ref":"#/definitions/Member"},"examples":[["priya@example.com",{"user":"arjun@example.com","priority":2}]]},"vendor":{"$ref":"#/definitions/VendorFields"}}};
const schema56 = {"description":"Where unanswered or out-of-hours calls go.","examples":[{"type":"department","target":"Support"},{"type":"voicemail"}],"type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"voicemail, user (by email), department (by name), external (an E.164 number) or hangup.","enum":["voicemail","user","department","external","hangup"],"examples":["department"]},"target":{"description":"The email, department name or E.164 number; none for voicemail and hangup.","type":"string","minLength":1,"examples":["Support"]}}};
const schema57 = {"description":"A department member: a user's email, or an object with the email and a priority (1 rings first).","oneOf":[{"$ref":"#/definitions/UserRef"},{"type":"object","additionalProperties":false,"required":["user"],"properties":{"user":{"$ref":"#/definitions/UserRef"},"priority":{"description":"Ring priority, lowest first (1 first; 0 is accepted because some vendors count from 0, e.g. NetSapiens agent ordinals). Default: the position in the list.","type":"integer","minimum":0,"maximum":99,"examples":[1]}}}],"examples":["priya@example.com",{"user":"arjun@example.com","priority":2}]};
const schema58 = {"description":"A user, by email.","type":"string","format":"email","examples":["priya@example.com"]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!(formats0.test(data))){
const err0 = {instancePath,schemaPath:"#/definitions/UserRef/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/definitions/UserRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.user === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema57.oneOf[1].required,parentSchema:schema57.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "user") || (key0 === "priority"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.user !== undefined){
let data0 = data.user;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err4 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/UserRef/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/user",schemaPath:"#/definitions/UserRef/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.type,parentSchema:schema58,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.priority !== undefined){
let data1 = data.priority;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.oneOf[1].properties.priority.type,parentSchema:schema57.oneOf[1].properties.priority,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 99 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99",schema:99,parentSchema:schema57.oneOf[1].properties.priority,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/priority",schemaPath:"#/oneOf/1/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema57.oneOf[1].properties.priority,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err10 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate48.errors = vErrors;
return errors === 0;
}


function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema54.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 30){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters",schema:30,parentSchema:schema54.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.name.type,parentSchema:schema54.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.extension !== undefined){
let data1 = data.extension;
if(typeof data1 === "string"){
if(!pattern10.test(data1)){
const err5 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}$"+"\"",schema:"^[0-9]{2,8}$",parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.manager !== undefined){
let data2 = data.manager;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err7 = {instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema54.properties.manager,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.manager.type,parentSchema:schema54.properties.manager,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.routing !== undefined){
let data3 = data.routing;
if(!(((((data3 === "simultaneous") || (data3 === "round-robin")) || (data3 === "serial")) || (data3 === "longest-idle")) || (data3 === "balanced"))){
const err9 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/enum",keyword:"enum",params:{allowedValues: schema54.properties.routing.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.routing.enum,parentSchema:schema54.properties.routing,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ringTimeout !== undefined){
let data4 = data.ringTimeout;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/ringTimeout",schemaPath:"#/properties/ringTimeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.ringTimeout.type,parentSchema:schema54.properties.ringTimeout,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 600 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/ringTimeout",schemaPath:"#/properties/ringTimeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema54.properties.ringTimeout,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 5 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/ringTimeout",schemaPath:"#/properties/ringTimeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema54.properties.ringTimeout,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.stickyAgent !== undefined){
let data5 = data.stickyAgent;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/stickyAgent",schemaPath:"#/properties/stickyAgent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.stickyAgent.type,parentSchema:schema54.properties.stickyAgent,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hours !== undefined){
let data6 = data.hours;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err14 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.hours,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.hours.type,parentSchema:schema54.properties.hours,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.failover !== undefined){
let data7 = data.failover;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.type === undefined){
const err16 = {instancePath:instancePath+"/failover",schemaPath:"#/definitions/Failover/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema56.required,parentSchema:schema56,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "type") || (key1 === "target"))){
const err17 = {instancePath:instancePath+"/failover",schemaPath:"#/definitions/Failover/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.type !== undefined){
let data8 = data7.type;
if(!(((((data8 === "voicemail") || (data8 === "user")) || (data8 === "department")) || (data8 === "external")) || (data8 === "hangup"))){
const err18 = {instancePath:instancePath+"/failover/type",schemaPath:"#/definitions/Failover/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.type.enum,parentSchema:schema56.properties.type,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.target !== undefined){
let data9 = data7.target;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err19 = {instancePath:instancePath+"/failover/target",schemaPath:"#/definitions/Failover/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.target,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/failover/target",schemaPath:"#/definitions/Failover/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.target.type,parentSchema:schema56.properties.target,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/failover",schemaPath:"#/definitions/Failover/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.members !== undefined){
let data10 = data.members;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate48(data10[i0], {instancePath:instancePath+"/members/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.members.type,parentSchema:schema54.properties.members,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.vendor !== undefined){
let data12 = data.vendor;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(!(((((key2 === "sandbox") || (key2 === "netsapiens")) || (key2 === "smartflo")) || (key2 === "myoperator")) || (key2 === "squaretalk"))){
const err23 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.sandbox !== undefined){
let data13 = data12.sandbox;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err24 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.netsapiens !== undefined){
let data14 = data12.netsapiens;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err25 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.smartflo !== undefined){
let data15 = data12.smartflo;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err26 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.myoperator !== undefined){
let data16 = data12.myoperator;
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
const err27 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.squaretalk !== undefined){
let data17 = data12.squaretalk;
if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){
const err28 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://ringform.dev/schemas/org.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.provider === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "version") || (key0 === "provider")) || (key0 === "settings")) || (key0 === "roles")) || (key0 === "schedules")) || (key0 === "extensions")) || (key0 === "users")) || (key0 === "departments"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(1 !== data0){
const err3 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.provider !== undefined){
if(!(validate11(data.provider, {instancePath:instancePath+"/provider",parentData:data,parentDataProperty:"provider",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
if(data.settings !== undefined){
if(!(validate13(data.settings, {instancePath:instancePath+"/settings",parentData:data,parentDataProperty:"settings",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.roles !== undefined){
let data3 = data.roles;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate17(data3[i0], {instancePath:instancePath+"/roles/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/roles",schemaPath:"#/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.roles.type,parentSchema:schema11.properties.roles,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.schedules !== undefined){
let data5 = data.schedules;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate19(data5[i1], {instancePath:instancePath+"/schedules/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/schedules",schemaPath:"#/properties/schedules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.schedules.type,parentSchema:schema11.properties.schedules,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.extensions !== undefined){
let data7 = data.extensions;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate34(data7[i2], {instancePath:instancePath+"/extensions/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/extensions",schemaPath:"#/properties/extensions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.extensions.type,parentSchema:schema11.properties.extensions,data:data7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.users !== undefined){
let data9 = data.users;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(!(validate36(data9[i3], {instancePath:instancePath+"/users/" + i3,parentData:data9,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/users",schemaPath:"#/properties/users/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.users.type,parentSchema:schema11.properties.users,data:data9};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.departments !== undefined){
let data11 = data.departments;
if(Array.isArray(data11)){
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
if(!(validate47(data11[i4], {instancePath:instancePath+"/departments/" + i4,parentData:data11,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.departments.type,parentSchema:schema11.properties.departments,data:data11};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const list_roles = validate51;

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.base === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "base")) || (key0 === "description")) || (key0 === "permissions")) || (key0 === "vendor"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,39}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,39}$"+"\"",schema:"^[a-z][a-z0-9-]{0,39}$",parentSchema:schema25.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.name.type,parentSchema:schema25.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.base !== undefined){
let data1 = data.base;
if(!(((((data1 === "agent") || (data1 === "supervisor")) || (data1 === "manager")) || (data1 === "admin")) || (data1 === "owner"))){
const err5 = {instancePath:instancePath+"/base",schemaPath:"#/definitions/BuiltinRole/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values",schema:schema26.enum,parentSchema:schema26,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.description.type,parentSchema:schema25.properties.description,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.permissions !== undefined){
let data3 = data.permissions;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
const _errs10 = errors;
if(typeof key1 === "string"){
if(!pattern7.test(key1)){
const err7 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[a-z][A-Za-z0-9]*$"+"\"",schema:"^[a-z][A-Za-z0-9]*$",parentSchema:schema25.properties.permissions.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var valid2 = _errs10 === errors;
if(!valid2){
const err8 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema25.properties.permissions.propertyNames,parentSchema:schema25.properties.permissions,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
for(const key2 in data3){
let data4 = data3[key2];
if(typeof data4 !== "boolean"){
const err9 = {instancePath:instancePath+"/permissions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/permissions/additionalProperties/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema25.properties.permissions.additionalProperties.type,parentSchema:schema25.properties.permissions.additionalProperties,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/permissions",schemaPath:"#/properties/permissions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.permissions.type,parentSchema:schema25.properties.permissions,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.vendor !== undefined){
let data5 = data.vendor;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(((((key3 === "sandbox") || (key3 === "netsapiens")) || (key3 === "smartflo")) || (key3 === "myoperator")) || (key3 === "squaretalk"))){
const err11 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.sandbox !== undefined){
let data6 = data5.sandbox;
if(!(data6 && typeof data6 == "object" && !Array.isArray(data6))){
const err12 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.netsapiens !== undefined){
let data7 = data5.netsapiens;
if(!(data7 && typeof data7 == "object" && !Array.isArray(data7))){
const err13 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.smartflo !== undefined){
let data8 = data5.smartflo;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err14 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.myoperator !== undefined){
let data9 = data5.myoperator;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err15 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.squaretalk !== undefined){
let data10 = data5.squaretalk;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err16 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}

export const list_schedules = validate52;

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema28.required,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "timezone")) || (key0 === "weekly")) || (key0 === "holidays")) || (key0 === "overrides")) || (key0 === "vendor"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern8.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$",parentSchema:schema28.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.name.type,parentSchema:schema28.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timezone !== undefined){
let data1 = data.timezone;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema28.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.properties.timezone.type,parentSchema:schema28.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.weekly !== undefined){
if(!(validate20(data.weekly, {instancePath:instancePath+"/weekly",parentData:data,parentDataProperty:"weekly",rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
if(data.holidays !== undefined){
let data3 = data.holidays;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.date === undefined){
const err6 = {instancePath:instancePath+"/holidays/" + i0,schemaPath:"#/definitions/Holiday/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema32.required,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "date") || (key1 === "name"))){
const err7 = {instancePath:instancePath+"/holidays/" + i0,schemaPath:"#/definitions/Holiday/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.date !== undefined){
let data5 = data4.date;
if(typeof data5 === "string"){
if(!(formats2.validate(data5))){
const err8 = {instancePath:instancePath+"/holidays/" + i0+"/date",schemaPath:"#/definitions/Holiday/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema32.properties.date,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/holidays/" + i0+"/date",schemaPath:"#/definitions/Holiday/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.date.type,parentSchema:schema32.properties.date,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.name !== undefined){
let data6 = data4.name;
if(typeof data6 !== "string"){
const err10 = {instancePath:instancePath+"/holidays/" + i0+"/name",schemaPath:"#/definitions/Holiday/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.properties.name.type,parentSchema:schema32.properties.name,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/holidays/" + i0,schemaPath:"#/definitions/Holiday/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.holidays.type,parentSchema:schema28.properties.holidays,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.overrides !== undefined){
let data7 = data.overrides;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate30(data7[i1], {instancePath:instancePath+"/overrides/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema28.properties.overrides.type,parentSchema:schema28.properties.overrides,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.vendor !== undefined){
let data9 = data.vendor;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(((((key2 === "sandbox") || (key2 === "netsapiens")) || (key2 === "smartflo")) || (key2 === "myoperator")) || (key2 === "squaretalk"))){
const err14 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data9.sandbox !== undefined){
let data10 = data9.sandbox;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err15 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.netsapiens !== undefined){
let data11 = data9.netsapiens;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err16 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data9.smartflo !== undefined){
let data12 = data9.smartflo;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err17 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data9.myoperator !== undefined){
let data13 = data9.myoperator;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err18 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data9.squaretalk !== undefined){
let data14 = data9.squaretalk;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err19 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}

export const list_extensions = validate55;

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.number === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "number") || (key0 === "type")) || (key0 === "forceLogin")) || (key0 === "callerId")) || (key0 === "device")) || (key0 === "vendor"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err2 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/ExtensionNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}$"+"\"",schema:"^[0-9]{2,8}$",parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/number",schemaPath:"#/definitions/ExtensionNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!(((data1 === "web") || (data1 === "sip")) || (data1 === "sip-tls"))){
const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.type.enum,parentSchema:schema35.properties.type,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.forceLogin !== undefined){
let data2 = data.forceLogin;
if(typeof data2 !== "boolean"){
const err5 = {instancePath:instancePath+"/forceLogin",schemaPath:"#/properties/forceLogin/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema35.properties.forceLogin.type,parentSchema:schema35.properties.forceLogin,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.callerId !== undefined){
let data3 = data.callerId;
if(typeof data3 === "string"){
if(!pattern11.test(data3)){
const err6 = {instancePath:instancePath+"/callerId",schemaPath:"#/properties/callerId/pattern",keyword:"pattern",params:{pattern: "^\\+[1-9][0-9]{6,14}$"},message:"must match pattern \""+"^\\+[1-9][0-9]{6,14}$"+"\"",schema:"^\\+[1-9][0-9]{6,14}$",parentSchema:schema35.properties.callerId,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/callerId",schemaPath:"#/properties/callerId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.callerId.type,parentSchema:schema35.properties.callerId,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.device !== undefined){
let data4 = data.device;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.mac === undefined){
const err8 = {instancePath:instancePath+"/device",schemaPath:"#/definitions/Device/required",keyword:"required",params:{missingProperty: "mac"},message:"must have required property '"+"mac"+"'",schema:schema37.required,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data4){
if(!((key1 === "mac") || (key1 === "model"))){
const err9 = {instancePath:instancePath+"/device",schemaPath:"#/definitions/Device/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.mac !== undefined){
let data5 = data4.mac;
if(typeof data5 === "string"){
if(!pattern12.test(data5)){
const err10 = {instancePath:instancePath+"/device/mac",schemaPath:"#/definitions/Device/properties/mac/pattern",keyword:"pattern",params:{pattern: "^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"},message:"must match pattern \""+"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$"+"\"",schema:"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$",parentSchema:schema37.properties.mac,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/device/mac",schemaPath:"#/definitions/Device/properties/mac/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.mac.type,parentSchema:schema37.properties.mac,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.model !== undefined){
let data6 = data4.model;
if(typeof data6 !== "string"){
const err12 = {instancePath:instancePath+"/device/model",schemaPath:"#/definitions/Device/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.properties.model.type,parentSchema:schema37.properties.model,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/device",schemaPath:"#/definitions/Device/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.vendor !== undefined){
let data7 = data.vendor;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!(((((key2 === "sandbox") || (key2 === "netsapiens")) || (key2 === "smartflo")) || (key2 === "myoperator")) || (key2 === "squaretalk"))){
const err14 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data7.sandbox !== undefined){
let data8 = data7.sandbox;
if(!(data8 && typeof data8 == "object" && !Array.isArray(data8))){
const err15 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data7.netsapiens !== undefined){
let data9 = data7.netsapiens;
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err16 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.smartflo !== undefined){
let data10 = data7.smartflo;
if(!(data10 && typeof data10 == "object" && !Array.isArray(data10))){
const err17 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.myoperator !== undefined){
let data11 = data7.myoperator;
if(!(data11 && typeof data11 == "object" && !Array.isArray(data11))){
const err18 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.squaretalk !== undefined){
let data12 = data7.squaretalk;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err19 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}

export const list_users = validate56;

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.email === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema39.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.email !== undefined){
let data0 = data.email;
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
const err3 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema39.properties.email,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.email.type,parentSchema:schema39.properties.email,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema39.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.name.type,parentSchema:schema39.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phone !== undefined){
let data2 = data.phone;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/phone",schemaPath:"#/properties/phone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.phone.type,parentSchema:schema39.properties.phone,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.extension !== undefined){
let data3 = data.extension;
if(typeof data3 === "string"){
if(!pattern10.test(data3)){
const err9 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}$"+"\"",schema:"^[0-9]{2,8}$",parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.role !== undefined){
let data4 = data.role;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.role,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.role.type,parentSchema:schema39.properties.role,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.panelAccess !== undefined){
let data5 = data.panelAccess;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/panelAccess",schemaPath:"#/properties/panelAccess/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.panelAccess.type,parentSchema:schema39.properties.panelAccess,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.status !== undefined){
let data6 = data.status;
if(!((data6 === "active") || (data6 === "disabled"))){
const err14 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema39.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.status.enum,parentSchema:schema39.properties.status,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.receiveCalls !== undefined){
let data7 = data.receiveCalls;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err15 = {instancePath:instancePath+"/receiveCalls",schemaPath:"#/properties/receiveCalls/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.receiveCalls,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/receiveCalls",schemaPath:"#/properties/receiveCalls/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.receiveCalls.type,parentSchema:schema39.properties.receiveCalls,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.forwarding !== undefined){
if(!(validate37(data.forwarding, {instancePath:instancePath+"/forwarding",parentData:data,parentDataProperty:"forwarding",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data.voicemail !== undefined){
if(!(validate44(data.voicemail, {instancePath:instancePath+"/voicemail",parentData:data,parentDataProperty:"voicemail",rootData}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.departments !== undefined){
let data10 = data.departments;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err17 = {instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.departments.items,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/departments/" + i0,schemaPath:"#/properties/departments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.departments.items.type,parentSchema:schema39.properties.departments.items,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/departments",schemaPath:"#/properties/departments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.departments.type,parentSchema:schema39.properties.departments,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.invite !== undefined){
let data12 = data.invite;
if(!((data12 === "auto") || (data12 === "never"))){
const err20 = {instancePath:instancePath+"/invite",schemaPath:"#/properties/invite/enum",keyword:"enum",params:{allowedValues: schema39.properties.invite.enum},message:"must be equal to one of the allowed values",schema:schema39.properties.invite.enum,parentSchema:schema39.properties.invite,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.previously !== undefined){
let data13 = data.previously;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(!(formats0.test(data14))){
const err21 = {instancePath:instancePath+"/previously/" + i1,schemaPath:"#/properties/previously/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema39.properties.previously.items,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/previously/" + i1,schemaPath:"#/properties/previously/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.previously.items.type,parentSchema:schema39.properties.previously.items,data:data14};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/previously",schemaPath:"#/properties/previously/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.previously.type,parentSchema:schema39.properties.previously,data:data13};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.loginId !== undefined){
let data15 = data.loginId;
if(typeof data15 === "string"){
if(func2(data15) > 100){
const err24 = {instancePath:instancePath+"/loginId",schemaPath:"#/properties/loginId/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema39.properties.loginId,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data15) < 1){
const err25 = {instancePath:instancePath+"/loginId",schemaPath:"#/properties/loginId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.loginId,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/loginId",schemaPath:"#/properties/loginId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.loginId.type,parentSchema:schema39.properties.loginId,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.loginBasedCalling !== undefined){
let data16 = data.loginBasedCalling;
if(typeof data16 !== "boolean"){
const err27 = {instancePath:instancePath+"/loginBasedCalling",schemaPath:"#/properties/loginBasedCalling/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.loginBasedCalling.type,parentSchema:schema39.properties.loginBasedCalling,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.callerIds !== undefined){
let data17 = data.callerIds;
if(Array.isArray(data17)){
if(data17.length < 1){
const err28 = {instancePath:instancePath+"/callerIds",schemaPath:"#/properties/callerIds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39.properties.callerIds,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
let data18 = data17[i2];
if(typeof data18 === "string"){
if(!pattern23.test(data18)){
const err29 = {instancePath:instancePath+"/callerIds/" + i2,schemaPath:"#/properties/callerIds/items/pattern",keyword:"pattern",params:{pattern: "^\\+[1-9]\\d{6,14}$"},message:"must match pattern \""+"^\\+[1-9]\\d{6,14}$"+"\"",schema:"^\\+[1-9]\\d{6,14}$",parentSchema:schema39.properties.callerIds.items,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/callerIds/" + i2,schemaPath:"#/properties/callerIds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.callerIds.items.type,parentSchema:schema39.properties.callerIds.items,data:data18};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
let i3 = data17.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data17[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err31 = {instancePath:instancePath+"/callerIds",schemaPath:"#/properties/callerIds/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema39.properties.callerIds,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err32 = {instancePath:instancePath+"/callerIds",schemaPath:"#/properties/callerIds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.callerIds.type,parentSchema:schema39.properties.callerIds,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.agentGroups !== undefined){
let data19 = data.agentGroups;
if(Array.isArray(data19)){
const len3 = data19.length;
for(let i4=0; i4<len3; i4++){
let data20 = data19[i4];
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err33 = {instancePath:instancePath+"/agentGroups/" + i4,schemaPath:"#/properties/agentGroups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.agentGroups.items,data:data20};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/agentGroups/" + i4,schemaPath:"#/properties/agentGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.agentGroups.items.type,parentSchema:schema39.properties.agentGroups.items,data:data20};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i5 = data19.length;
let j1;
if(i5 > 1){
const indices1 = {};
for(;i5--;){
let item1 = data19[i5];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err35 = {instancePath:instancePath+"/agentGroups",schemaPath:"#/properties/agentGroups/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i5+" are identical)",schema:true,parentSchema:schema39.properties.agentGroups,data:data19};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
indices1[item1] = i5;
}
}
}
else {
const err36 = {instancePath:instancePath+"/agentGroups",schemaPath:"#/properties/agentGroups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.agentGroups.type,parentSchema:schema39.properties.agentGroups,data:data19};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.reportsOf !== undefined){
let data21 = data.reportsOf;
const _errs42 = errors;
let valid12 = false;
let passing0 = null;
const _errs43 = errors;
if("all" !== data21){
const err37 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf/0/const",keyword:"const",params:{allowedValue: "all"},message:"must be equal to constant",schema:"all",parentSchema:schema39.properties.reportsOf.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid0 = _errs43 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs44 = errors;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i6=0; i6<len4; i6++){
let data22 = data21[i6];
if(typeof data22 === "string"){
if(!(formats0.test(data22))){
const err38 = {instancePath:instancePath+"/reportsOf/" + i6,schemaPath:"#/properties/reportsOf/oneOf/1/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema39.properties.reportsOf.oneOf[1].items,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/reportsOf/" + i6,schemaPath:"#/properties/reportsOf/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.reportsOf.oneOf[1].items.type,parentSchema:schema39.properties.reportsOf.oneOf[1].items,data:data22};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i7 = data21.length;
let j2;
if(i7 > 1){
const indices2 = {};
for(;i7--;){
let item2 = data21[i7];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err40 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf/1/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i7+" are identical)",schema:true,parentSchema:schema39.properties.reportsOf.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break;
}
indices2[item2] = i7;
}
}
}
else {
const err41 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.reportsOf.oneOf[1].type,parentSchema:schema39.properties.reportsOf.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid12){
valid12 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid12 = true;
passing0 = 1;
}
}
if(!valid12){
const err42 = {instancePath:instancePath+"/reportsOf",schemaPath:"#/properties/reportsOf/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema39.properties.reportsOf.oneOf,parentSchema:schema39.properties.reportsOf,data:data21};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
}
if(data.allowedIps !== undefined){
let data23 = data.allowedIps;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i8=0; i8<len5; i8++){
let data24 = data23[i8];
if(typeof data24 !== "string"){
const err43 = {instancePath:instancePath+"/allowedIps/" + i8,schemaPath:"#/properties/allowedIps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.allowedIps.items.type,parentSchema:schema39.properties.allowedIps.items,data:data24};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i9 = data23.length;
let j3;
if(i9 > 1){
const indices3 = {};
for(;i9--;){
let item3 = data23[i9];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err44 = {instancePath:instancePath+"/allowedIps",schemaPath:"#/properties/allowedIps/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i9+" are identical)",schema:true,parentSchema:schema39.properties.allowedIps,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices3[item3] = i9;
}
}
}
else {
const err45 = {instancePath:instancePath+"/allowedIps",schemaPath:"#/properties/allowedIps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.allowedIps.type,parentSchema:schema39.properties.allowedIps,data:data23};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.vendor !== undefined){
let data25 = data.vendor;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key1 in data25){
if(!(((((key1 === "sandbox") || (key1 === "netsapiens")) || (key1 === "smartflo")) || (key1 === "myoperator")) || (key1 === "squaretalk"))){
const err46 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data25};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data25.sandbox !== undefined){
let data26 = data25.sandbox;
if(!(data26 && typeof data26 == "object" && !Array.isArray(data26))){
const err47 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data26};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data25.netsapiens !== undefined){
let data27 = data25.netsapiens;
if(!(data27 && typeof data27 == "object" && !Array.isArray(data27))){
const err48 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data27};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data25.smartflo !== undefined){
let data28 = data25.smartflo;
if(!(data28 && typeof data28 == "object" && !Array.isArray(data28))){
const err49 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data28};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.myoperator !== undefined){
let data29 = data25.myoperator;
if(!(data29 && typeof data29 == "object" && !Array.isArray(data29))){
const err50 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data29};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data25.squaretalk !== undefined){
let data30 = data25.squaretalk;
if(!(data30 && typeof data30 == "object" && !Array.isArray(data30))){
const err51 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data30};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}

export const list_departments = validate59;

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func10.call(schema54.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 30){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters",schema:30,parentSchema:schema54.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.name.type,parentSchema:schema54.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.extension !== undefined){
let data1 = data.extension;
if(typeof data1 === "string"){
if(!pattern10.test(data1)){
const err5 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/pattern",keyword:"pattern",params:{pattern: "^[0-9]{2,8}$"},message:"must match pattern \""+"^[0-9]{2,8}$"+"\"",schema:"^[0-9]{2,8}$",parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/extension",schemaPath:"#/definitions/ExtensionNumber/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.manager !== undefined){
let data2 = data.manager;
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
const err7 = {instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema54.properties.manager,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/manager",schemaPath:"#/properties/manager/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.manager.type,parentSchema:schema54.properties.manager,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.routing !== undefined){
let data3 = data.routing;
if(!(((((data3 === "simultaneous") || (data3 === "round-robin")) || (data3 === "serial")) || (data3 === "longest-idle")) || (data3 === "balanced"))){
const err9 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/enum",keyword:"enum",params:{allowedValues: schema54.properties.routing.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.routing.enum,parentSchema:schema54.properties.routing,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ringTimeout !== undefined){
let data4 = data.ringTimeout;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/ringTimeout",schemaPath:"#/properties/ringTimeout/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.ringTimeout.type,parentSchema:schema54.properties.ringTimeout,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 600 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/ringTimeout",schemaPath:"#/properties/ringTimeout/maximum",keyword:"maximum",params:{comparison: "<=", limit: 600},message:"must be <= 600",schema:600,parentSchema:schema54.properties.ringTimeout,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < 5 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/ringTimeout",schemaPath:"#/properties/ringTimeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema54.properties.ringTimeout,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.stickyAgent !== undefined){
let data5 = data.stickyAgent;
if(typeof data5 !== "boolean"){
const err13 = {instancePath:instancePath+"/stickyAgent",schemaPath:"#/properties/stickyAgent/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.stickyAgent.type,parentSchema:schema54.properties.stickyAgent,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.hours !== undefined){
let data6 = data.hours;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err14 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.hours,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.hours.type,parentSchema:schema54.properties.hours,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.failover !== undefined){
let data7 = data.failover;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.type === undefined){
const err16 = {instancePath:instancePath+"/failover",schemaPath:"#/definitions/Failover/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema56.required,parentSchema:schema56,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "type") || (key1 === "target"))){
const err17 = {instancePath:instancePath+"/failover",schemaPath:"#/definitions/Failover/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.type !== undefined){
let data8 = data7.type;
if(!(((((data8 === "voicemail") || (data8 === "user")) || (data8 === "department")) || (data8 === "external")) || (data8 === "hangup"))){
const err18 = {instancePath:instancePath+"/failover/type",schemaPath:"#/definitions/Failover/properties/type/enum",keyword:"enum",params:{allowedValues: schema56.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema56.properties.type.enum,parentSchema:schema56.properties.type,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.target !== undefined){
let data9 = data7.target;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err19 = {instancePath:instancePath+"/failover/target",schemaPath:"#/definitions/Failover/properties/target/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.target,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/failover/target",schemaPath:"#/definitions/Failover/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.target.type,parentSchema:schema56.properties.target,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/failover",schemaPath:"#/definitions/Failover/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.members !== undefined){
let data10 = data.members;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
if(!(validate48(data10[i0], {instancePath:instancePath+"/members/" + i0,parentData:data10,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.properties.members.type,parentSchema:schema54.properties.members,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.vendor !== undefined){
let data12 = data.vendor;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(!(((((key2 === "sandbox") || (key2 === "netsapiens")) || (key2 === "smartflo")) || (key2 === "myoperator")) || (key2 === "squaretalk"))){
const err23 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.sandbox !== undefined){
let data13 = data12.sandbox;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err24 = {instancePath:instancePath+"/vendor/sandbox",schemaPath:"#/definitions/VendorFields/properties/sandbox/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.sandbox.type,parentSchema:schema15.properties.sandbox,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.netsapiens !== undefined){
let data14 = data12.netsapiens;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err25 = {instancePath:instancePath+"/vendor/netsapiens",schemaPath:"#/definitions/VendorFields/properties/netsapiens/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.netsapiens.type,parentSchema:schema15.properties.netsapiens,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.smartflo !== undefined){
let data15 = data12.smartflo;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err26 = {instancePath:instancePath+"/vendor/smartflo",schemaPath:"#/definitions/VendorFields/properties/smartflo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.smartflo.type,parentSchema:schema15.properties.smartflo,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data12.myoperator !== undefined){
let data16 = data12.myoperator;
if(!(data16 && typeof data16 == "object" && !Array.isArray(data16))){
const err27 = {instancePath:instancePath+"/vendor/myoperator",schemaPath:"#/definitions/VendorFields/properties/myoperator/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.myoperator.type,parentSchema:schema15.properties.myoperator,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.squaretalk !== undefined){
let data17 = data12.squaretalk;
if(!(data17 && typeof data17 == "object" && !Array.isArray(data17))){
const err28 = {instancePath:instancePath+"/vendor/squaretalk",schemaPath:"#/definitions/VendorFields/properties/squaretalk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.properties.squaretalk.type,parentSchema:schema15.properties.squaretalk,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/vendor",schemaPath:"#/definitions/VendorFields/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema15.type,parentSchema:schema15,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate59.errors = vErrors;
return errors === 0;
}

export const lists = { "roles": list_roles, "schedules": list_schedules, "extensions": list_extensions, "users": list_users, "departments": list_departments };
