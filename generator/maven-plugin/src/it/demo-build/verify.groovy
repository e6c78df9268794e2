// A valid content folder builds the site with plain `mvn package`.
def page = new File(basedir, 'site-output/policies/sl-demo/index.html')
assert page.isFile()
assert page.getText('UTF-8').contains('id="art-1"')
assert new File(basedir, 'build.log').getText('UTF-8').contains('compendium: no problems; wrote')
return true
