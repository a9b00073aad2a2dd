# Renders Markdown as Jekyll 4 does (its own kramdown converter with its
# default options: GFM input, rouge), or, with `smartify`, as Jekyll's
# smartify filter does. Reads a JSON array of strings on stdin, writes the
# JSON array of results.
require "json"
require "tmpdir"
require "jekyll"

# A second argument, a JSON object, is the site's `kramdown:` options.
mode = ARGV[0] || "markdown"
kramdown = ARGV[1] ? JSON.parse(ARGV[1]) : {}
inputs = JSON.parse($stdin.read)
Dir.mktmpdir do |folder|
  site = Jekyll::Site.new(Jekyll.configuration("quiet" => true, "source" => folder, "destination" => File.join(folder, "_site"), "kramdown" => kramdown))
  converter = if mode == "smartify"
                site.find_converter_instance(Jekyll::Converters::SmartyPants)
              else
                site.find_converter_instance(Jekyll::Converters::Markdown)
              end
  print JSON.generate(inputs.map { |input| converter.convert(input) })
end
