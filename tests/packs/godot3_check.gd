# Run by tests/packs/test_godot3_import.py inside Godot 3 (`godot3 --path P --script this -- OUT
# FILE...`), after the editor has imported the project: loads each GLB as the scene Godot made of
# it and writes what a developer would look at (meshes, surfaces, materials, their textures' files,
# vertex counts) as JSON to OUT; and whether a Godot 4 `.tres` of the pack loads here at all.
extends SceneTree

func texture_path(tex):
	return tex.resource_path if tex != null else ""

func walk(n, out):
	if n is MeshInstance and n.mesh != null:
		var mesh = n.mesh
		for i in range(mesh.get_surface_count()):
			var m = mesh.surface_get_material(i)
			var row = {"node": n.name, "surface": i, "vertices": mesh.surface_get_array_len(i), "material": ""}
			if m is SpatialMaterial:
				row["material"] = m.resource_name
				row["albedo"] = texture_path(m.albedo_texture)
				row["albedo_size"] = m.albedo_texture.get_width() if m.albedo_texture != null else 0
				row["normal_enabled"] = m.normal_enabled
				row["normal"] = texture_path(m.normal_texture)
				row["roughness"] = texture_path(m.roughness_texture)
				row["metallic"] = texture_path(m.metallic_texture)
			out.append(row)
	for c in n.get_children():
		walk(c, out)

func _init():
	var args = Array(OS.get_cmdline_args())
	var at = args.find("--")
	var out_path = args[at + 1]
	var report = {"scenes": {}, "tres": {}}
	for i in range(at + 2, args.size()):
		var path = args[i]
		if path.ends_with(".tres"):
			report["tres"][path] = load(path) != null
			continue
		var scene = load(path)
		var rows = []
		if scene != null:
			walk(scene.instance(), rows)
		report["scenes"][path] = {"loaded": scene != null, "surfaces": rows}
	var f = File.new()
	f.open(out_path, File.WRITE)
	f.store_string(to_json(report))
	f.close()
	quit()
