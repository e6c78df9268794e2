// compendium:serve -Dcompendium.serveOnce: the preview was built and served, its home page fetched over HTTP.
def log = new File(basedir, 'build.log').getText('UTF-8')
def line = log.readLines().find { it.contains('compendium: GET http://127.0.0.1:') }
assert line != null : log
assert line =~ /GET http:\/\/127\.0\.0\.1:\d+\/ -> 200, \d+ bytes, title .*示例市.*; preview stopped \(compendium.serveOnce\)/ : line
assert log.contains('compendium: serving http://127.0.0.1:')
def index = new File(basedir, 'target/compendium-preview/index.html')
assert index.isFile()
assert index.getText('UTF-8').contains('示例市')
assert !new File(basedir, 'site-output').exists() : 'the preview leaves site-output alone'
return true
