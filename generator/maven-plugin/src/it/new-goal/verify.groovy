// compendium:new: the new policy is in content/policies/2024/, builds with no problem, and its id cannot be reused.
def log = new File(basedir, 'build.log').getText('UTF-8')
def policy = new File(basedir, 'content/policies/2024/sl-new-1.md')
assert policy.isFile()
assert policy.getText('UTF-8').startsWith('---\nid: sl-new-1\ntitle: 示例市新办法\n')
assert log.contains('compendium: wrote content/policies/2024/sl-new-1.md')
assert log.contains('compendium: no problems; wrote site-output')
assert new File(basedir, 'site-output/policies/sl-new-1/index.html').getText('UTF-8').contains('示例市新办法')
assert log.contains('content/policies/2024/sl-new-1.md:2:5: error: id [sl-new-1] is already used by this file; expected a new id for the new policy')
return true
